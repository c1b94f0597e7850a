import { resolve } from 'node:path';
import type { Contenido } from './cargar-fs.ts';

// astro.config.mjs and src/content.config.ts are loaded by different module graphs of the same
// process, so the content the integration already read and checked is handed over through a global
// instead of being read a second time (a large content folder takes seconds to read).
const CLAVE = Symbol.for('convenios-abiertos:contenido-revisado');
type Global = { [CLAVE]?: { carpeta: string; contenido: Contenido } };

/** Leaves the content of `carpeta`, already checked, for the content loader to take once. */
export function entregarContenido(carpeta: string, contenido: Contenido): void {
  (globalThis as Global)[CLAVE] = { carpeta: resolve(carpeta), contenido };
}

/** The checked content of `carpeta` if the integration left it; only once, so a later read sees later edits. */
export function tomarContenido(carpeta: string): Contenido | undefined {
  const g = globalThis as Global;
  const entregado = g[CLAVE];
  if (!entregado || entregado.carpeta !== resolve(carpeta)) return undefined;
  delete g[CLAVE];
  return entregado.contenido;
}

// The pages of a production build read the same checked content from here rather than from Astro's data store:
// held in the store, 10,000 convenios make a ~110 MB module that V8 takes ~45 s to compile (docs/escala.md).
const PARA_PAGINAS = Symbol.for('convenios-abiertos:contenido-de-la-construccion');
type GlobalPaginas = { [PARA_PAGINAS]?: Contenido };

/** Leaves the build's content for its pages (src/sitio/indice-astro.ts). */
export function compartirConPaginas(contenido: Contenido): void {
  (globalThis as GlobalPaginas)[PARA_PAGINAS] = contenido;
}

/** The content the loader shared in this build; undefined in `astro dev`, where pages read the collections. */
export function contenidoDeLaConstruccion(): Contenido | undefined {
  return (globalThis as GlobalPaginas)[PARA_PAGINAS];
}

// A convenio's text, rendered by the loader, goes to its page the same way: in the store, 30,000 rendered texts made a
// module Vite took ~10 s to bundle, and astro build took 15 s longer and 355 MB more (docs/escala.md).
const TEXTOS = Symbol.for('convenios-abiertos:textos-de-la-construccion');
type GlobalTextos = { [TEXTOS]?: Map<string, string> };

/** Leaves a convenio's text, as HTML, for its page (src/sitio/texto-del-convenio-astro.ts). */
export function compartirTextoConPaginas(id: string, html: string): void {
  const g = globalThis as GlobalTextos;
  (g[TEXTOS] ??= new Map()).set(id, html);
}

/** The HTML the loader shared for convenio `id` in this build; undefined in `astro dev` and when it went to the store. */
export function textoDeLaConstruccion(id: string): string | undefined {
  return (globalThis as GlobalTextos)[TEXTOS]?.get(id);
}
