// npm run import:shcp -- <archivo.csv>: imports the SHCP's federal ASM open data (see CONTRIBUTING.md).
import { importarShcpCli } from '../src/cli/orden-importar-shcp.ts';

try {
  const { codigo, lineas } = importarShcpCli(process.argv.slice(2));
  console.log(lineas.join('\n'));
  process.exitCode = codigo;
} catch (e) {
  // A bug, not bad input: still no stack trace for the person at the keyboard.
  console.error(`Error inesperado del importador de la SHCP: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
