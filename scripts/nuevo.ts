// npm run nuevo: writes a valid skeleton convenio with Spanish comments, asking only what it needs (see CONTRIBUTING.md).
import { input } from '@inquirer/prompts';
import { nuevo, type Preguntar } from '../src/cli/orden-nuevo.ts';

// Questions only when a person is at the keyboard; in scripts and CI every answer comes from flags.
const preguntar: Preguntar | undefined = process.stdin.isTTY ? ({ pregunta, validar }) => input({ message: pregunta, validate: validar }) : undefined;

try {
  const { codigo, lineas } = await nuevo(process.argv.slice(2), process.env, preguntar);
  console.log(lineas.join('\n'));
  process.exitCode = codigo;
} catch (e) {
  // Ctrl+C while answering ends the prompt with an error: say so plainly.
  const cancelado = e instanceof Error && e.name === 'ExitPromptError';
  console.error(cancelado ? 'Cancelado: no se escribió nada.' : `Error inesperado: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
