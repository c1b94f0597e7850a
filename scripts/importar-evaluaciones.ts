// npm run importar:evaluaciones -- <archivo.csv>: imports the SHCP's evaluations open data (see CONTRIBUTING.md).
import { ejecutarOrden } from '../src/cli/ejecutar-orden.ts';
import { importarEvaluacionesCli } from '../src/cli/orden-importar-evaluaciones.ts';

await ejecutarOrden('el importador de evaluaciones', (argv) => importarEvaluacionesCli(argv));
