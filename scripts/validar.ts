// npm run validate: the build's checks plus data-quality warnings, in Spanish (see CONTRIBUTING.md).
import { validar } from '../src/cli/orden-validar.ts';

try {
  const { codigo, lineas } = validar(process.argv.slice(2));
  console.log(lineas.join('\n'));
  process.exitCode = codigo;
} catch (e) {
  console.error(`Error inesperado del validador: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
