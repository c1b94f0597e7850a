// npm run import:evaluaciones -- <archivo.csv>: imports the SHCP's evaluations open data (see CONTRIBUTING.md).
import { importarEvaluacionesCli } from '../src/importador/evaluaciones.ts';

try {
  const { codigo, lineas } = importarEvaluacionesCli(process.argv.slice(2));
  console.log(lineas.join('\n'));
  process.exitCode = codigo;
} catch (e) {
  // A bug, not bad input: still no stack trace for the person at the keyboard.
  console.error(`Error inesperado del importador de evaluaciones: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
