// npm run seguimiento -- <convenio> <compromiso> --estado … --fecha …: appends a follow-up report (see CONTRIBUTING.md).
import { seguimiento } from '../src/cli/orden-seguimiento.ts';

try {
  const { codigo, lineas } = seguimiento(process.argv.slice(2));
  console.log(lineas.join('\n'));
  process.exitCode = codigo;
} catch (e) {
  console.error(`Error inesperado al registrar el seguimiento: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
