// npm run validar: the build's checks plus data-quality warnings, in Spanish (see CONTRIBUTING.md).
import { ejecutarOrden } from '../src/cli/ejecutar-orden.ts';
import { validar } from '../src/cli/orden-validar.ts';

await ejecutarOrden('el validador', (argv) => validar(argv));
