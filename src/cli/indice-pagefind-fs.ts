/**
 * Builds the Pagefind full-text index of a finished site, into <salida>/pagefind/ (in parts past PAGINAS_POR_PARTE
 * pages, each the union of batches of pages kept between builds: lotes-del-indice-fs.ts). `npm run build` runs it in a process of its own after `astro build` exits, so Astro's memory and Pagefind's never add up (issue 15).
 * A failed or empty index fails the build: a site whose search finds nothing must not ship.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip, gzipSync } from 'node:zlib';
import { palabrasComunes, sumarCostos } from '../lib/indice-busqueda.ts';
import type { PalabrasComunes } from '../lib/busqueda.ts';
import {
  conLargoUniforme,
  conNombresCortos,
  conTrozosRenombrados,
  LARGO_DEL_PREFIJO,
  nombresDePagina,
  sinOrdenes,
  trozosDeMetadatos,
} from '../lib/metadatos-del-indice.ts';
import { conUnLugarPorPagina, palabraSinPosiciones, trozoConPalabrasSinPosiciones } from '../lib/posiciones-del-indice.ts';
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
import { abrirComprimidosGuardados, SIN_GUARDAR, type ComprimidosGuardados } from './comprimidos-guardados-fs.ts';
import { indexarEnLotes, leerPaginas, type PaginaLeida } from './lotes-del-indice-fs.ts';
import { LOTE } from './paginas-para-el-indice-fs.ts';
import { deArchivo, fallar, FIRMA_DE_PAGEFIND, IDIOMA_DEL_INDICE, nombrePorContenido } from './pagefind-cli-fs.ts';

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
}

async function archivosHtml(carpeta: string): Promise<string[]> {
  const entradas = await readdir(carpeta, { recursive: true, withFileTypes: true });
  return entradas
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
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

// Off the main thread, so the chunks of a batch are compressed while the next is read and rewritten.
const comprimir = promisify(gzip);
const descomprimir = promisify(gunzip);

/**
 * Rewrites, with one place per page for the commonest words and for function words (src/lib/posiciones-del-indice.ts), each of a part's
 * index chunks that holds any, under a name from its new content as Pagefind names them. Gives the renamings.
 */
async function unLugarPorPagina(
  carpeta: string,
  trozos: readonly string[],
  comunes: PalabrasComunes,
  guardados: ComprimidosGuardados,
): Promise<Map<string, string>> {
  const sinPosiciones = (palabra: string) => palabraSinPosiciones(palabra, comunes);
  const cuales = `lugar-${createHash('sha1').update(JSON.stringify(comunes)).digest('base64url')}`;
  const nombres = new Map<string, string>();
  for (let i = 0; i < trozos.length; i += LOTE) {
    await Promise.all(
      trozos.slice(i, i + LOTE).map(async (trozo) => {
        const ruta = join(carpeta, 'index', `${trozo}.pf_index`);
        const comprimido = await readFile(ruta);
        // Empty when the chunk needs no change.
        const nuevo = await guardados.segun(comprimido, cuales, async () => {
          const datos = await descomprimir(comprimido);
          const cbor = deArchivo(ruta, () => conUnLugarPorPagina(datos.subarray(FIRMA_DE_PAGEFIND), sinPosiciones));
          return cbor ? comprimir(Buffer.concat([datos.subarray(0, FIRMA_DE_PAGEFIND), cbor]), { level: 9 }) : Buffer.alloc(0);
        });
        if (nuevo.length === 0) return;
        const nombre = nombrePorContenido(nuevo, 7);
        await rm(ruta);
        await writeFile(join(carpeta, 'index', `${nombre}.pf_index`), nuevo);
        nombres.set(trozo, nombre);
      }),
    );
  }
  return nombres;
}

/**
 * Rewrites a part's index lighter: its chunks with one place per page for the commonest words (unLugarPorPagina),
 * and its metadata (src/lib/metadatos-del-indice.ts) with every page of the same length, pages named by their
 * number after a prefix from the old names, each fragment file renamed to match, and its sorts in files of their
 * own, which it gives. The metadata file is named from its content as Pagefind names it, and the part's entry file
 * points at it.
 */
async function aligerarParte(carpeta: string, comunes: PalabrasComunes, guardados: ComprimidosGuardados): Promise<OrdenesDeParte> {
  const rutaDeEntrada = join(carpeta, 'pagefind-entry.json');
  const entrada = JSON.parse(await readFile(rutaDeEntrada, 'utf8')) as { languages: Record<string, { hash: string }> };
  const idioma = entrada.languages[IDIOMA_DEL_INDICE]!;
  const anterior = join(carpeta, `pagefind.${idioma.hash}.pf_meta`);
  const datos = gunzipSync(await readFile(anterior));
  const trozos = deArchivo(anterior, () => trozosDeMetadatos(datos.subarray(FIRMA_DE_PAGEFIND)))
    .filter(([desde, hasta]) => trozoConPalabrasSinPosiciones(desde, hasta, comunes))
    .map(([, , archivo]) => archivo);
  const trozosNuevos = await unLugarPorPagina(carpeta, trozos, comunes, guardados);
  const { cbor, nombres, ordenes, prefijo } = deArchivo(anterior, () => {
    const uniforme = conTrozosRenombrados(conLargoUniforme(datos.subarray(FIRMA_DE_PAGEFIND)), trozosNuevos);
    const prefijo = createHash('sha256').update(nombresDePagina(uniforme).join('\n')).digest('hex').slice(0, LARGO_DEL_PREFIJO);
    const cortos = conNombresCortos(uniforme, prefijo);
    return { ...cortos, ...sinOrdenes(cortos.cbor), prefijo };
  });
  const fragmentos = join(carpeta, 'fragment');
  for (let i = 0; i < nombres.length; i += LOTE) {
    await Promise.all(
      nombres
        .slice(i, i + LOTE)
        .map(([viejo, nuevo]) => rename(join(fragmentos, `${viejo}.pf_fragment`), join(fragmentos, `${nuevo}.pf_fragment`))),
    );
  }
  const nuevo = gzipSync(Buffer.concat([datos.subarray(0, FIRMA_DE_PAGEFIND), cbor]), { level: 9 });
  idioma.hash = nombrePorContenido(nuevo, 10);
  await rm(anterior);
  await writeFile(join(carpeta, `pagefind.${idioma.hash}.pf_meta`), nuevo);
  await writeFile(rutaDeEntrada, JSON.stringify(entrada));
  const archivos: Record<string, string> = {};
  for (const [clave, paginas] of ordenes) {
    const texto = JSON.stringify(paginas);
    archivos[clave] = `orden.${nombrePorContenido(Buffer.from(texto), 10)}.json`;
    await writeFile(join(carpeta, archivos[clave]), texto);
  }
  return { prefijo, archivos };
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
  const archivos = await archivosHtml(carpeta);
  const cache = opciones.cache ?? (await mkdtemp(join(tmpdir(), 'convenios-indice-')));
  await mkdir(cache, { recursive: true });
  // What the last build learned of each page, so that an unchanged page is not read again.
  const registro = join(cache, 'paginas.json');
  const partes = partesDelSitio(await leerPaginas(archivos, registro), maximo);
  const carpetas = partes.map((_, k) => join(salida, carpetaDeParte(k)));
  let paginas = 0;
  let lotes = 0;
  let indexados = 0;
  const costos: Record<string, number>[] = [];
  // What gzip made last time, by what went in: only with a cache that outlives this run.
  const comprimidos = join(cache, 'comprimidos');
  const guardados = opciones.cache ? abrirComprimidosGuardados(comprimidos) : SIN_GUARDAR;
  try {
    const usados: string[] = [registro, ...archivosDeTextosGuardados(comprimidos)];
    for (const [k, parte] of partes.entries()) {
      const r = await indexarEnLotes(carpeta, parte, carpetas[k]!, cache, opciones.porLote, guardados);
      paginas += r.paginas;
      lotes += r.lotes;
      indexados += r.indexados;
      usados.push(...r.usados);
      costos.push(r.costos);
    }
    if (opciones.cache) await podarCache(cache, usados);
  } finally {
    if (!opciones.cache) await rm(cache, { recursive: true, force: true });
  }
  if (paginas === 0) {
    fallar(
      `ninguna de las ${archivos.length} páginas HTML de ${carpeta} marca su contenido con data-pagefind-body; la búsqueda quedaría vacía`,
    );
  }
  // Which words are common is known once every part is written: it is counted over the whole site.
  const comunes = palabrasComunes(sumarCostos(costos));
  const ordenes: OrdenesDeParte[] = [];
  for (const c of carpetas) ordenes.push(await aligerarParte(c, comunes, guardados));
  guardados.cerrar();
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
    ...(await tamanoDe(salida)),
    milisegundos: Math.round(performance.now() - inicio),
    carpeta: salida,
  };
}
