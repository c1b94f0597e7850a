// The last step of npm run build: the Pagefind index of the finished site, in a process of its own.
import { enProcesoConPaginasGrandes } from '../src/cli/paginas-grandes.ts';

enProcesoConPaginasGrandes(import.meta.filename);
// Loaded only in the process that indexes.
const { ejecutarOrden } = await import('../src/cli/ejecutar-orden.ts');
const { indexar } = await import('../src/cli/orden-indexar.ts');
await ejecutarOrden('el índice de búsqueda', () => indexar());
