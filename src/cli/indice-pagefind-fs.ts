/**
 * Builds the Pagefind full-text index of a finished site, into <salida>/pagefind/ (in parts past PAGINAS_POR_PARTE
 * pages, each the union of batches of pages kept between builds: lotes-del-indice-fs.ts). `npm run build` runs it in a process of its own after `astro build` exits, so Astro's memory and Pagefind's never add up (issue 15).
 * A failed or empty index fails the build: a site whose search finds nothing must not ship.
 */
import { readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { palabrasComunes, sumarCostos } from '../lib/indice-busqueda.ts';
import type { PalabrasComunes } from '../lib/busqueda.ts';
import { trozosDeMetadatos } from '../lib/metadatos-del-indice.ts';
import {
  ARCHIVO_DEL_INDICE,
  carpetaDeParte,
  PAGINAS_POR_PARTE,
  repartirEnPartes,
  trozosPesados,
  type DescripcionDelIndice,
  type OrdenesDeParte,
} from '../lib/partes-del-indice.ts';
import { archivosDeTextosGuardados } from '../contenido/textos-guardados-fs.ts';
import { abrirComprimidosGuardados, SIN_GUARDAR } from './comprimidos-guardados-fs.ts';
import { escribirParte, indexarLotesDeParte, leerPaginas, type LotesDeParte, type PaginaLeida } from './lotes-del-indice-fs.ts';
import { deArchivo, fallar, FIRMA_DE_PAGEFIND, IDIOMA_DEL_INDICE } from './pagefind-cli-fs.ts';
import { podarPreparadas, raizDePreparadas } from './paginas-preparadas-fs.ts';

export { IDIOMA_DEL_INDICE };

export interface ResultadoIndice {
  paginas: number;
  archivos: number;
  bytes: number;
  milisegundos: number;
  carpeta: string;
  partes: number;
  /** Batches of pages, and how many of them Pagefind indexed (the rest came from the cache). */
  lotes: number;
  indexados: number;
  /** Pages of those batches that `astro build` had prepared for Pagefind (src/cli/paginas-preparadas-fs.ts). */
  preparadas: number;
}

// Listing and sizes read synchronously: nothing else runs then, and at 10,000 convenios the 43,000 entries of the
// site took 0.55 s listed with promises and 0.38 s without, and the 10,900 sizes of the index 0.45 s and 0.13 s.
function archivosHtml(carpeta: string): string[] {
  return readdirSync(carpeta, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function tamanoDe(carpeta: string): { archivos: number; bytes: number } {
  let archivos = 0;
  let bytes = 0;
  for (const e of readdirSync(carpeta, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    archivos++;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { archivos, bytes };
}

/**
 * The index chunks of a part and what each weighs, from Pagefind's metadata (CBOR: version, pages, then each
 * chunk's first word, last word and file) and its files.
 */
export async function trozosDeLaParte(carpeta: string): Promise<{ desde: string; hasta: string; archivo: string; bytes: number }[]> {
  const entrada = JSON.parse(await readFile(join(carpeta, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const meta = join(carpeta, `pagefind.${entrada.languages[IDIOMA_DEL_INDICE]!.hash}.pf_meta`);
  const datos = gunzipSync(await readFile(meta)).subarray(FIRMA_DE_PAGEFIND);
  const trozos = deArchivo(meta, () => trozosDeMetadatos(datos));
  return Promise.all(
    trozos.map(async ([desde, hasta, archivo]) => ({
      desde,
      hasta,
      archivo,
      bytes: (await stat(join(carpeta, 'index', `${archivo}.pf_index`))).size,
    })),
  );
}

/**
 * The indexed pages of each part: up to `maximo` one part, more cut by sort value (src/lib/partes-del-indice.ts).
 */
function partesDelSitio(leidas: readonly PaginaLeida[], maximo: number): PaginaLeida[][] {
  const indexables = leidas.filter((p) => p.indexable);
  if (indexables.length <= maximo) return indexables.length === 0 ? [] : [indexables];
  const porArchivo = new Map(indexables.map((p) => [p.archivo, p]));
  return repartirEnPartes(indexables, maximo).map((parte) => parte.map((a) => porArchivo.get(a)!));
}

/** Where the index step keeps its batches between builds, and how big they are (tests make them small). */
export interface OpcionesDelIndice {
  /** The cache folder: absent, a temporary one, removed at the end (nothing is reused). */
  cache?: string;
  porLote?: number;
}

/** Removes from the cache every batch this build did not use: it holds one site's batches, not every past one. */
async function podarCache(cache: string, usados: readonly string[]): Promise<void> {
  const vigentes = new Set(usados.map((u) => resolve(u)));
  for (const e of await readdir(cache, { withFileTypes: true }).catch(() => [])) {
    if (!vigentes.has(resolve(cache, e.name))) await rm(join(cache, e.name), { recursive: true, force: true });
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
  opciones: OpcionesDelIndice = {},
): Promise<ResultadoIndice> {
  const inicio = performance.now();
  if (resolve(carpeta).startsWith(resolve(salida))) fallar(`la carpeta del índice (${salida}) no puede contener el sitio`);
  // Pagefind only adds files: an earlier index would keep its parts and chunks beside the new ones.
  await rm(salida, { recursive: true, force: true }).catch((e: NodeJS.ErrnoException) =>
    fallar(`no se pudo vaciar ${salida} para el índice nuevo (${e.code ?? e.message})`),
  );
  const archivos = archivosHtml(carpeta);
  const cache = opciones.cache ?? (await mkdtemp(join(tmpdir(), 'convenios-indice-')));
  await mkdir(cache, { recursive: true });
  // What the last build learned of each page, so that an unchanged page is not read again.
  const registro = join(cache, 'paginas.json');
  const leidas = await leerPaginas(archivos, registro);
  const partes = partesDelSitio(leidas, maximo);
  const carpetas = partes.map((_, k) => join(salida, carpetaDeParte(k)));
  let paginas = 0;
  let lotes = 0;
  let indexados = 0;
  let preparadas = 0;
  const ordenes: OrdenesDeParte[] = [];
  let comunes: PalabrasComunes;
  // What gzip made last time, by what went in: only with a cache that outlives this run.
  const comprimidos = join(cache, 'comprimidos');
  const guardados = opciones.cache ? abrirComprimidosGuardados(comprimidos) : SIN_GUARDAR;
  try {
    const usados: string[] = [registro, ...archivosDeTextosGuardados(comprimidos), raizDePreparadas(cache)];
    // Every part's batches first: which words are common is counted over the whole site, and each union needs it.
    // One part's batches stay read for its union; more parts', read again each in turn, so memory holds one.
    const indexadas: LotesDeParte[] = [];
    for (const parte of partes) indexadas.push(await indexarLotesDeParte(carpeta, parte, cache, opciones.porLote, partes.length === 1));
    comunes = palabrasComunes(sumarCostos(indexadas.map((p) => p.costos)));
    for (const [k, parte] of indexadas.entries()) {
      ordenes.push((await escribirParte(parte, carpetas[k]!, guardados, comunes))!);
      paginas += parte.paginas;
      lotes += parte.destinos.length;
      indexados += parte.indexados;
      preparadas += parte.preparadas;
      usados.push(...parte.destinos);
    }
    guardados.cerrar();
    if (opciones.cache) {
      await podarCache(cache, usados);
      await podarPreparadas(cache, new Set(leidas.map((p) => p.huella)));
    }
  } finally {
    if (!opciones.cache) await rm(cache, { recursive: true, force: true });
  }
  if (paginas === 0) {
    fallar(
      `ninguna de las ${archivos.length} páginas HTML de ${carpeta} marca su contenido con data-pagefind-body; la búsqueda quedaría vacía`,
    );
  }
  // /buscar/ tells every part's pages apart by name (one sort list over all parts): prefixes may not repeat.
  const repetido = ordenes.find((o, k) => ordenes.findIndex((p) => p.prefijo === o.prefijo) !== k);
  if (repetido) fallar(`dos partes de ${salida} nombran sus páginas con el mismo prefijo («${repetido.prefijo}»)`);
  const descripcion: DescripcionDelIndice = {
    partes: partes.length,
    comunes,
    pesados: trozosPesados((await Promise.all(carpetas.map(trozosDeLaParte))).flat()),
    ordenes,
  };
  await writeFile(join(salida, ARCHIVO_DEL_INDICE), `${JSON.stringify(descripcion)}\n`);
  return {
    paginas,
    partes: partes.length,
    lotes,
    indexados,
    preparadas,
    ...tamanoDe(salida),
    milisegundos: Math.round(performance.now() - inicio),
    carpeta: salida,
  };
}
