// npm run importar:shcp -- <archivo.csv>: imports the SHCP's federal ASM open data (see CONTRIBUTING.md).
import { ejecutarOrden } from '../src/cli/ejecutar-orden.ts';
import { importarShcpCli } from '../src/cli/orden-importar-shcp.ts';

await ejecutarOrden('el importador de la SHCP', (argv) => importarShcpCli(argv));
