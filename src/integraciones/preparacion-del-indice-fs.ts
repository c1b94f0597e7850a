/**
 * Prepares the search index's pages while Astro renders them (docs/escala.md, point 16). Astro renders on one core;
 * each HTML page it renders goes, as rendered, to a worker thread that writes what the index step would make of it
 * (src/cli/paginas-preparadas-fs.ts), on the other core. The index step, in a process of its own after `astro
 * build`, then takes those pages instead of preparing them.
 */
import { mkdir } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { cacheDelIndice, configuracion } from '../configuracion.ts';
import { carpetaDePreparadas } from '../cli/paginas-preparadas-fs.ts';

/** Astro's prerenderer, with every HTML page it renders also sent to be prepared into `carpeta`. */
export function preparandoLoGenerado(astro: AstroPrerenderer, carpeta: string): AstroPrerenderer {
  let hilo: Worker | undefined;
  let fallo: NodeJS.ErrnoException | undefined;
  let salida: Promise<unknown> = Promise.resolve();
  /** Waits for the worker to prepare everything sent, and fails the build if it could not. */
  const terminar = async () => {
    hilo?.postMessage('fin');
    hilo = undefined;
    await salida;
    // The system's code (ENOSPC, EACCES…), as the index step reports a file it cannot write, not its English message.
    if (fallo)
      throw new Error(`no se pudieron preparar las páginas para el índice de búsqueda en ${carpeta}: ${fallo.code ?? fallo.message}`);
  };
  return {
    ...astro,
    name: 'convenios-abiertos:preparacion-del-indice',
    async setup() {
      // Astro's own first: if it fails, no worker is left running.
      await astro.setup?.();
      // Earlier builds' pages stay (named by content; the index step prunes those no longer in the site): after an
      // edit, a partial rebuild renders a few pages and the index finds the rest of their batches prepared.
      await mkdir(carpeta, { recursive: true });
      hilo = new Worker(new URL('./preparacion-del-indice-hilo.ts', import.meta.url), { workerData: carpeta });
      hilo.on('error', (e) => (fallo ??= e));
      salida = new Promise((listo) => hilo!.once('exit', listo));
    },
    async render(request, opciones) {
      const hecho = await astro.render(request, opciones);
      const { response, metadata } = hecho instanceof Response ? { response: hecho } : hecho;
      const html = response.headers.get('content-type')?.startsWith('text/html');
      if (!hilo || fallo || !html || !response.body) return hecho;
      const bytes = new Uint8Array(await response.arrayBuffer());
      const copia = bytes.slice();
      hilo.postMessage(copia, [copia.buffer]);
      const leida = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      return metadata ? { response: leida, metadata } : leida;
    },
    async teardown() {
      try {
        await astro.teardown?.();
      } finally {
        await terminar();
      }
    },
  };
}

export default function preparacionDelIndice(): AstroIntegration {
  return {
    name: 'convenios-abiertos:preparacion-del-indice',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => preparandoLoGenerado(astro, carpetaDePreparadas(cacheDelIndice(configuracion))));
      },
    },
  };
}
