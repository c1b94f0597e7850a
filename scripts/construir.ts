/**
 * `astro build` as npm run build runs it: when a partial rebuild finds that the edit adds or removes pages
 * (src/integraciones/reconstruccion-fs.ts), it stops before writing anything and this builds again, full.
 *
 *   node scripts/construir.ts
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { conPaginasGrandes } from '../src/cli/paginas-grandes.ts';
import { REHACER_COMPLETA } from '../src/integraciones/reconstruccion-fs.ts';

const astro = resolve('node_modules/astro/bin/astro.mjs');
const construir = (env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit', env: conPaginasGrandes(env) }).status ?? 1;

let estado = construir(process.env);
if (estado === REHACER_COMPLETA) estado = construir({ ...process.env, CONSTRUCCION_COMPLETA: '1' });
process.exit(estado);
