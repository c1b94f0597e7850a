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
