/**
 * The pages Pagefind's CLI indexes: each indexed page of a built site, as the index needs it (paraElIndice), written
 * at the same path in another folder. Preparing them is most of the indexing step's JavaScript, so it runs on
 * every core, in worker threads (paginas-para-el-indice-hilo.ts).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { esIndexable, paraElIndice } from '../lib/indice-busqueda.ts';

/** Files read at once: enough to keep the disk busy, few enough to hold in memory. */
export const LOTE = 64;

/** What a worker thread is given: files of `carpeta`, each to be written at its path under its destination folder. */
export interface Encargo {
  carpeta: string;
  archivos: readonly string[];
  destinos: readonly string[];
}

/** Reads files LOTE at a time, in parallel, and hands each to `cada` in the order given. */
export async function recorrerEnLotes(
  archivos: readonly string[],
  cada: (archivo: string, html: string) => Promise<void> | void,
): Promise<void> {
  for (let i = 0; i < archivos.length; i += LOTE) {
    const lote = archivos.slice(i, i + LOTE);
    const textos = await Promise.all(lote.map((a) => readFile(a, 'utf8')));
    await Promise.all(lote.map((a, j) => cada(a, textos[j]!)));
  }
}

/** Writes the indexed ones among `archivos` (files of `carpeta`) into their destinations; says how many. */
export async function prepararPaginas({ carpeta, archivos, destinos }: Encargo): Promise<number> {
  const destinoDe = new Map(archivos.map((a, i) => [a, destinos[i]!]));
  let paginas = 0;
  await recorrerEnLotes(archivos, async (archivo, html) => {
    if (!esIndexable(html)) return;
    paginas++;
    const ruta = join(destinoDe.get(archivo)!, relative(carpeta, archivo));
    await mkdir(dirname(ruta), { recursive: true });
    await writeFile(ruta, paraElIndice(html));
  });
  return paginas;
}

function enUnHilo(encargo: Encargo): Promise<number> {
  return new Promise((listo, falla) => {
    const hilo = new Worker(new URL('./paginas-para-el-indice-hilo.ts', import.meta.url), { workerData: encargo });
    hilo.once('message', listo);
    hilo.once('error', falla);
    hilo.once('exit', (codigo) => falla(new Error(`la preparación de las páginas terminó sin responder (código ${codigo})`)));
  });
}

/**
 * Below this many pages, starting the threads takes longer than preparing them all here (at 10,000 convenios, 340
 * pages: 0.66–0.85 s against 0.31–0.42 s; 1,000: 1.24–1.46 s against 0.87–1.01 s). A rebuild's batches have at
 * most 2 × PAGINAS_POR_LOTE pages each.
 */
const PAGINAS_PARA_HILOS = 2_000;

/** prepararPaginas split among one worker thread per core (every n-th file each, so their loads match). */
export async function prepararEnHilos(encargo: Encargo): Promise<number> {
  if (encargo.archivos.length < PAGINAS_PARA_HILOS) return prepararPaginas(encargo);
  const n = Math.max(1, Math.min(availableParallelism(), encargo.archivos.length));
  const cuentas = await Promise.all(
    Array.from({ length: n }, (_, k) => {
      const suyo = (_: unknown, i: number) => i % n === k;
      return enUnHilo({ carpeta: encargo.carpeta, archivos: encargo.archivos.filter(suyo), destinos: encargo.destinos.filter(suyo) });
    }),
  );
  return cuentas.reduce((s, c) => s + c, 0);
}
