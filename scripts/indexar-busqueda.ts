// The last step of npm run build: the Pagefind index of the finished site, in a process of its own.
import { ejecutarOrden } from '../src/cli/ejecutar-orden.ts';
import { indexar } from '../src/cli/orden-indexar.ts';

await ejecutarOrden('el índice de búsqueda', () => indexar());
