/**
 * Pages prepared for the search index while `astro build` renders them (src/integraciones/preparacion-del-indice-fs.ts):
 * each indexed page as paraElIndice makes it, named by the SHA-1 of the page as rendered, in a folder of the index's
 * cache named by the code that prepared it. The index step takes from there every page whose SHA-1 it finds instead
 * of preparing it again (docs/escala.md, point 16): Astro renders on one core, and this work goes to the other.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { huellaDelCodigo } from '../contenido/huella-del-codigo-fs.ts';
import { esIndexable, paraElIndice } from '../lib/indice-busqueda.ts';

/** The index cache's folder of prepared pages; the index step prunes it with everything else it did not keep. */
export const carpetaDePreparadas = (cacheDelIndice: string): string => join(cacheDelIndice, 'preparadas', huellaDelCodigo());

/** SHA-1 of a page's text, in hex: the index step's fingerprint of a page, and its prepared copy's name. */
export const huellaDePagina = (html: string): string => createHash('sha1').update(html).digest('hex');

export const archivoPreparado = (carpeta: string, huella: string): string => join(carpeta, `${huella}.html`);

/** Writes a rendered page, prepared, into `carpeta` if the index takes it; says whether it did. */
export function guardarPreparada(carpeta: string, html: string): boolean {
  if (!esIndexable(html)) return false;
  writeFileSync(archivoPreparado(carpeta, huellaDePagina(html)), paraElIndice(html));
  return true;
}

/** The fingerprints of the pages prepared in `carpeta`; none if it does not exist. */
export async function huellasPreparadas(carpeta: string): Promise<Set<string>> {
  const nombres = await readdir(carpeta).catch(() => []);
  return new Set(nombres.filter((n) => n.endsWith('.html')).map((n) => n.slice(0, -'.html'.length)));
}
