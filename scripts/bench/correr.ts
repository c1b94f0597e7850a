import { spawn } from 'node:child_process';
import { memoriaDelArbol } from './arbol.ts';

export interface Corrida {
  estado: number;
  ms: number;
  /** Peak resident memory of the whole process tree, sampled every 100 ms. */
  picoBytes: number;
  /** Time per phase, when `marcas` tells them apart by the lines the command prints. */
  fases: Record<string, number>;
}

/**
 * Runs one command and measures it: wall time, the process tree's peak memory, and optionally phases. Each
 * regexp of `marcas` starts its phase the first time a line matches; time before the first is «arranque».
 */
export async function correr(
  orden: string,
  args: string[],
  opciones: { cwd?: string; env: NodeJS.ProcessEnv; marcas?: [RegExp, string][] },
): Promise<Corrida> {
  const fases: Record<string, number> = {};
  let faseActual = 'arranque';
  let inicioFase = performance.now();
  const inicio = inicioFase;
  let picoBytes = 0;
  const hijo = spawn(orden, args, { cwd: opciones.cwd, env: opciones.env, stdio: ['ignore', 'pipe', 'inherit'] });
  const muestreo = setInterval(() => {
    picoBytes = Math.max(picoBytes, memoriaDelArbol(hijo.pid!));
  }, 100);
  let resto = '';
  hijo.stdout.on('data', (trozo: Buffer) => {
    const lineas = (resto + trozo.toString('utf8')).split('\n');
    resto = lineas.pop() ?? '';
    for (const linea of lineas) {
      for (const [marca, fase] of opciones.marcas ?? []) {
        if (marca.test(linea) && fase !== faseActual && !(fase in fases)) {
          fases[faseActual] = (fases[faseActual] ?? 0) + performance.now() - inicioFase;
          faseActual = fase;
          inicioFase = performance.now();
        }
      }
    }
  });
  const estado: number = await new Promise((listo) => hijo.on('close', (c) => listo(c ?? 1)));
  clearInterval(muestreo);
  fases[faseActual] = (fases[faseActual] ?? 0) + performance.now() - inicioFase;
  return { estado, ms: performance.now() - inicio, picoBytes, fases };
}
