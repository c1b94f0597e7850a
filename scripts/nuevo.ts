// npm run nuevo: writes a valid skeleton convenio with Spanish comments, asking only what it needs (see CONTRIBUTING.md).
import { input } from '@inquirer/prompts';
import { ejecutarOrden } from '../src/cli/ejecutar-orden.ts';
import { nuevo, type Preguntar } from '../src/cli/orden-nuevo.ts';

// Questions only when a person is at the keyboard; in scripts and CI every answer comes from flags.
const preguntar: Preguntar | undefined = process.stdin.isTTY
  ? ({ pregunta, validar }) => input({ message: pregunta, validate: validar })
  : undefined;

await ejecutarOrden('la orden nuevo', (argv) => nuevo(argv, process.env, preguntar));
