/**
 * Pages prepared for the search index while `astro build` renders them (src/integraciones/preparacion-del-indice-fs.ts):
 * each indexed page as paraElIndice makes it, named by the SHA-1 of the page as rendered, in a folder of the index's
 * cache named by the code that prepared it. The index step takes from there every page whose SHA-1 it finds instead
 * of preparing it again (docs/escala.md, point 16): Astro renders on one core, and this work goes to the other.
 * They stay for the next build while their page is in the site: a rebuild renders only the pages that changed, and
 * its index finds the others of their batches prepared too (point 18).
 */
import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { huellaDelCodigo } from '../contenido/huella-del-codigo-fs.ts';
import { esIndexable, paraElIndice } from '../lib/indice-busqueda.ts';

/** The index cache's folder of prepared pages, whatever the code: the index step prunes it itself (podarPreparadas). */
export const raizDePreparadas = (cacheDelIndice: string): string => join(cacheDelIndice, 'preparadas');

/** The index cache's folder of pages prepared by this version of the code. */
export const carpetaDePreparadas = (cacheDelIndice: string): string => join(raizDePreparadas(cacheDelIndice), huellaDelCodigo());

/** SHA-1 of a page's text, in hex: the index step's fingerprint of a page, and its prepared copy's name. */
export const huellaDePagina = (html: string): string => createHash('sha1').update(html).digest('hex');

export const archivoPreparado = (carpeta: string, huella: string): string => join(carpeta, `${huella}.html`);

/**
 * Writes a rendered page, prepared, into `carpeta` if the index takes it; says whether it did. Written whole or not
 * at all (a file under another name, renamed): later builds trust it by its name.
 */
export function guardarPreparada(carpeta: string, html: string): boolean {
  if (!esIndexable(html)) return false;
  const archivo = archivoPreparado(carpeta, huellaDePagina(html));
  writeFileSync(`${archivo}.tmp`, paraElIndice(html));
  renameSync(`${archivo}.tmp`, archivo);
  return true;
}

/**
 * Leaves in the index cache only the pages prepared by this code whose fingerprint is in `huellas` (the site's
 * pages now): those of pages edited or gone, of another version of the code, and any half-written, go.
 */
export async function podarPreparadas(cacheDelIndice: string, huellas: ReadonlySet<string>): Promise<void> {
  const [raiz, vigente] = [raizDePreparadas(cacheDelIndice), carpetaDePreparadas(cacheDelIndice)];
  for (const e of await readdir(raiz, { withFileTypes: true }).catch(() => [])) {
    if (join(raiz, e.name) !== vigente) await rm(join(raiz, e.name), { recursive: true, force: true });
  }
  for (const nombre of await readdir(vigente).catch(() => [])) {
    if (!huellas.has(nombre.replace(/\.html$/, ''))) await rm(join(vigente, nombre), { force: true });
  }
}

/** The fingerprints of the pages prepared in `carpeta`; none if it does not exist. */
export async function huellasPreparadas(carpeta: string): Promise<Set<string>> {
  const nombres = await readdir(carpeta).catch(() => []);
  return new Set(nombres.filter((n) => n.endsWith('.html')).map((n) => n.slice(0, -'.html'.length)));
}
