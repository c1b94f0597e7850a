// npm run import -- <archivo>: drafts a content file from a signed convenio (see CONTRIBUTING.md).
import { importar } from '../src/cli/orden-importar.ts';

try {
  const { codigo, lineas } = await importar(process.argv.slice(2));
  console.log(lineas.join('\n'));
  process.exitCode = codigo;
} catch (e) {
  // A bug, not bad input: still no stack trace for the person at the keyboard.
  console.error(`Error inesperado del importador: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
