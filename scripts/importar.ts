// npm run importar -- <archivo>: drafts a content file from a signed convenio (see CONTRIBUTING.md).
import { ejecutarOrden } from '../src/cli/ejecutar-orden.ts';
import { importar } from '../src/cli/orden-importar.ts';

await ejecutarOrden('el importador', (argv) => importar(argv));
