/**
 * Builds the Pagefind full-text index of a finished site, into <salida>/pagefind/. `npm run build` runs it in a
 * process of its own after `astro build` exits, so Astro's memory and Pagefind's never add up (issue 15).
 * A failed or empty index fails the build: a site whose search finds nothing must not ship.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { esIndexable, espaciarBloques, ocultarVaciasEnHtml, palabrasComunes, soloLoIndexado } from '../lib/indice-busqueda.ts';

/** The pages are Spanish (lang="es-MX"); one "es" index gets Spanish stemming and serves es-MX pages. */
export const IDIOMA_DEL_INDICE = 'es';
/**
 * How much of the index goes in each chunk, in Pagefind's unit (a page or a word position), against its default
 * 20,000: a search loads whole chunks, one or two per word, so at 10,000 convenios a rare word cost 20–40 KB and now
 * 5–10 KB, for 4 KB more of metadata (docs/rendimiento.md). Pagefind reads it from the environment of its service,
 * which the first createIndex starts; a value already in the environment wins. Pagefind calls the variable
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

/** The file /buscar/ reads to leave the commonest words out of a search (UMBRAL_PALABRA_COMUN in src/lib/busqueda.ts). */
export const ARCHIVO_PALABRAS_COMUNES = 'palabras-comunes.json';

/** Counts the words of every page as Pagefind kept it (its fragments: the text and the metadata it indexes). */
async function escribirPalabrasComunes(salida: string): Promise<void> {
  const carpeta = join(salida, 'fragment');
  const archivos = (await readdir(carpeta)).filter((f) => f.endsWith('.pf_fragment')).sort();
  const textos: string[] = [];
  for (let i = 0; i < archivos.length; i += LOTE) {
    const lote = await Promise.all(archivos.slice(i, i + LOTE).map((f) => readFile(join(carpeta, f))));
    for (const comprimido of lote) {
      // Pagefind's files are gzip with a 12-byte signature («pagefind_dcd») before the JSON.
      const f = JSON.parse(gunzipSync(comprimido).subarray(12).toString('utf8')) as { content: string; meta?: Record<string, string> };
      textos.push([f.content, ...Object.values(f.meta ?? {})].join(' '));
    }
  }
  await writeFile(join(salida, ARCHIVO_PALABRAS_COMUNES), `${JSON.stringify(palabrasComunes(textos))}\n`);
}

/** Indexes every page of a built site that marks its main content with data-pagefind-body, into <carpeta>/pagefind/ unless told. */
export async function indexarSitio(carpeta: string, salida = join(carpeta, 'pagefind')): Promise<ResultadoIndice> {
  const inicio = performance.now();
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= UNIDADES_POR_TROZO;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: IDIOMA_DEL_INDICE });
    if (errors.length > 0 || !index) fallar(`Pagefind no pudo crear el índice: ${errors.join('; ') || 'sin detalle'}`);

    const archivos = await archivosHtml(carpeta);
    let paginas = 0;
    // Files are read in parallel but handed to Pagefind in path order: it numbers pages in the order they arrive,
    // and those numbers end up in the filter files, so a fixed order keeps two builds byte-identical.
    for (let i = 0; i < archivos.length; i += LOTE) {
      const lote = archivos.slice(i, i + LOTE);
      const textos = await Promise.all(lote.map((a) => readFile(a, 'utf8')));
      const envios = lote.flatMap((archivo, j) =>
        esIndexable(textos[j]!)
          ? [
              index
                .addHTMLFile({ url: urlDe(carpeta, archivo), content: ocultarVaciasEnHtml(espaciarBloques(soloLoIndexado(textos[j]!))) })
                .then((r) => ({ archivo, r })),
            ]
          : [],
      );
      for (const { archivo, r } of await Promise.all(envios)) {
        if (r.errors.length > 0) fallar(`Pagefind no pudo leer ${relative(carpeta, archivo)}: ${r.errors.join('; ')}`);
        paginas++;
      }
    }
    if (paginas === 0) {
      fallar(
        `ninguna de las ${archivos.length} páginas HTML de ${carpeta} marca su contenido con data-pagefind-body; la búsqueda quedaría vacía`,
      );
    }

    const escritura = await index.writeFiles({ outputPath: salida });
    if (escritura.errors.length > 0) fallar(`Pagefind no pudo escribir ${salida}: ${escritura.errors.join('; ')}`);

    await escribirPalabrasComunes(salida);

    // Trust what was written, not what was sent: the entry file says how many pages each language holds.
    const entrada = JSON.parse(await readFile(join(salida, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexadas = Object.values(entrada.languages).reduce((s, l) => s + l.page_count, 0);
    if (indexadas !== paginas) fallar(`se enviaron ${paginas} páginas a Pagefind pero el índice escrito tiene ${indexadas}`);
    if (!entrada.languages[IDIOMA_DEL_INDICE]) fallar(`el índice no está en español («${Object.keys(entrada.languages).join(', ')}»)`);

    return { paginas, ...(await tamanoDe(salida)), milisegundos: Math.round(performance.now() - inicio), carpeta: salida };
  } finally {
    await pagefind.close();
  }
}
