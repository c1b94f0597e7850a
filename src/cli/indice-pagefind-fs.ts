/**
 * Builds the Pagefind full-text index of a finished site, into <salida>/pagefind/ (in parts past PAGINAS_POR_PARTE
 * pages). `npm run build` runs it in a
 * process of its own after `astro build` exits, so Astro's memory and Pagefind's never add up (issue 15).
 * A failed or empty index fails the build: a site whose search finds nothing must not ship.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { esIndexable, palabrasComunes, paraElIndice, valorDeOrden } from '../lib/indice-busqueda.ts';
import {
  ARCHIVO_DEL_INDICE,
  carpetaDeParte,
  PAGINAS_POR_PARTE,
  repartirEnPartes,
  type DescripcionDelIndice,
  type PaginaPorIndexar,
} from '../lib/partes-del-indice.ts';

/** The pages are Spanish (lang="es-MX"); one "es" index gets Spanish stemming and serves es-MX pages. */
export const IDIOMA_DEL_INDICE = 'es';
/**
 * How much of the index goes in each chunk, in Pagefind's unit (a page or a word position), against its default
 * 20,000: a search loads whole chunks, one or two per word, so at 10,000 convenios a rare word cost 20–40 KB and now
 * 5–10 KB, for 4 KB more of metadata (docs/rendimiento.md). Pagefind reads it from the environment of its service,
 * which each createIndex starts; a value already in the environment wins. Pagefind calls the variable
 * unstable: if a release drops it, chunks go back to their default size (heavier searches, nothing broken).
 */
const UNIDADES_POR_TROZO = '5000';
const LOTE = 64;

export interface ResultadoIndice {
  paginas: number;
  archivos: number;
  bytes: number;
  milisegundos: number;
  carpeta: string;
  partes: number;
}

async function archivosHtml(carpeta: string): Promise<string[]> {
  const entradas = await readdir(carpeta, { recursive: true, withFileTypes: true });
  return entradas
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Site URL of a built file: convenios/x/index.html → /convenios/x/ (Pagefind adds the base path in the browser). */
function urlDe(carpeta: string, archivo: string): string {
  const ruta = relative(carpeta, archivo).split(sep).join('/');
  return `/${ruta.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function tamanoDe(carpeta: string): Promise<{ archivos: number; bytes: number }> {
  const entradas = await readdir(carpeta, { recursive: true, withFileTypes: true });
  let archivos = 0;
  let bytes = 0;
  for (const e of entradas) {
    if (!e.isFile()) continue;
    archivos++;
    bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { archivos, bytes };
}

function fallar(mensaje: string): never {
  throw new Error(`Índice de búsqueda: ${mensaje}`);
}

/** Counts the words of every page as Pagefind kept it (its fragments: the text and the metadata it indexes). */
async function contarPalabrasComunes(carpetas: readonly string[]): Promise<Record<string, number>> {
  const archivos = (
    await Promise.all(
      carpetas.map(async (c) =>
        (await readdir(join(c, 'fragment')))
          .filter((f) => f.endsWith('.pf_fragment'))
          .sort()
          .map((f) => join(c, 'fragment', f)),
      ),
    )
  ).flat();
  const textos: string[] = [];
  for (let i = 0; i < archivos.length; i += LOTE) {
    const lote = await Promise.all(archivos.slice(i, i + LOTE).map((f) => readFile(f)));
    for (const comprimido of lote) {
      // Pagefind's files are gzip with a 12-byte signature («pagefind_dcd») before the JSON.
      const f = JSON.parse(gunzipSync(comprimido).subarray(12).toString('utf8')) as { content: string; meta?: Record<string, string> };
      textos.push([f.content, ...Object.values(f.meta ?? {})].join(' '));
    }
  }
  return palabrasComunes(textos);
}

/** Reads files LOTE at a time, in parallel, and hands each to `cada` in the order given. */
async function recorrerEnLotes(archivos: readonly string[], cada: (archivo: string, html: string) => Promise<void> | void): Promise<void> {
  for (let i = 0; i < archivos.length; i += LOTE) {
    const lote = archivos.slice(i, i + LOTE);
    const textos = await Promise.all(lote.map((a) => readFile(a, 'utf8')));
    await Promise.all(lote.map((a, j) => cada(a, textos[j]!)));
  }
}

/**
 * The indexed pages of each part. Up to `maximo` HTML files are one part without reading them first (pages without
 * data-pagefind-body are skipped as they are sent); more are read once for whether they are indexed and their sort
 * value (src/lib/partes-del-indice.ts).
 */
async function partesDelSitio(archivos: string[], maximo: number): Promise<string[][]> {
  if (archivos.length <= maximo) return [archivos];
  const paginas: PaginaPorIndexar[] = [];
  await recorrerEnLotes(archivos, (archivo, html) => {
    if (esIndexable(html)) paginas.push({ archivo, orden: valorDeOrden(html) });
  });
  return repartirEnPartes(paginas, maximo);
}

/** Indexes some of a site's pages, in the order given, into `salida` with a Pagefind of its own; says how many. */
async function indexarParte(carpeta: string, archivos: readonly string[], salida: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: IDIOMA_DEL_INDICE });
    if (errors.length > 0 || !index) fallar(`Pagefind no pudo crear el índice: ${errors.join('; ') || 'sin detalle'}`);
    // Files are read in parallel but handed to Pagefind in the order given: it numbers pages in the order they
    // arrive, and those numbers end up in the filter files, so a fixed order keeps two builds byte-identical.
    let paginas = 0;
    await recorrerEnLotes(archivos, async (archivo, html) => {
      if (!esIndexable(html)) return;
      paginas++;
      const r = await index.addHTMLFile({
        url: urlDe(carpeta, archivo),
        content: paraElIndice(html),
      });
      if (r.errors.length > 0) fallar(`Pagefind no pudo leer ${relative(carpeta, archivo)}: ${r.errors.join('; ')}`);
    });
    if (paginas === 0) return 0;

    const escritura = await index.writeFiles({ outputPath: salida });
    if (escritura.errors.length > 0) fallar(`Pagefind no pudo escribir ${salida}: ${escritura.errors.join('; ')}`);

    // Trust what was written, not what was sent: the entry file says how many pages each language holds.
    const entrada = JSON.parse(await readFile(join(salida, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexadas = Object.values(entrada.languages).reduce((s, l) => s + l.page_count, 0);
    if (indexadas !== paginas) fallar(`se enviaron ${paginas} páginas a Pagefind pero el índice escrito tiene ${indexadas}`);
    if (!entrada.languages[IDIOMA_DEL_INDICE]) fallar(`el índice no está en español («${Object.keys(entrada.languages).join(', ')}»)`);
    return paginas;
  } finally {
    // Ends Pagefind's process, and with it the memory this part took, before the next part starts its own.
    await pagefind.close();
  }
}

/**
 * Indexes every page of a built site that marks its main content with data-pagefind-body, into <carpeta>/pagefind/
 * unless told, in parts of at most `maximo` pages (src/lib/partes-del-indice.ts).
 */
export async function indexarSitio(
  carpeta: string,
  salida = join(carpeta, 'pagefind'),
  maximo = PAGINAS_POR_PARTE,
): Promise<ResultadoIndice> {
  const inicio = performance.now();
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= UNIDADES_POR_TROZO;
  const archivos = await archivosHtml(carpeta);
  const partes = await partesDelSitio(archivos, maximo);
  const carpetas = partes.map((_, k) => join(salida, carpetaDeParte(k)));
  let paginas = 0;
  for (const [k, parte] of partes.entries()) paginas += await indexarParte(carpeta, parte, carpetas[k]!);
  if (paginas === 0) {
    fallar(
      `ninguna de las ${archivos.length} páginas HTML de ${carpeta} marca su contenido con data-pagefind-body; la búsqueda quedaría vacía`,
    );
  }
  const descripcion: DescripcionDelIndice = { partes: partes.length, comunes: await contarPalabrasComunes(carpetas) };
  await writeFile(join(salida, ARCHIVO_DEL_INDICE), `${JSON.stringify(descripcion)}\n`);
  return {
    paginas,
    partes: partes.length,
    ...(await tamanoDe(salida)),
    milisegundos: Math.round(performance.now() - inicio),
    carpeta: salida,
  };
}
