// npm run seguimiento -- <convenio> <compromiso> --estado … --fecha …: appends a follow-up report (see CONTRIBUTING.md).
import { ejecutarOrden } from '../src/cli/ejecutar-orden.ts';
import { seguimiento } from '../src/cli/orden-seguimiento.ts';

await ejecutarOrden('el registro de seguimiento', (argv) => seguimiento(argv));
