/**
 * Builds the Pagefind full-text index of a finished site, into <salida>/pagefind/ (in parts past PAGINAS_POR_PARTE
 * pages). `npm run build` runs it in a process of its own after `astro build` exits, so Astro's memory and Pagefind's never add up (issue 15).
 * A failed or empty index fails the build: a site whose search finds nothing must not ship.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip, gzipSync } from 'node:zlib';
import { esIndexable, palabrasComunes, valorDeOrden } from '../lib/indice-busqueda.ts';
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
  type PaginaPorIndexar,
} from '../lib/partes-del-indice.ts';
import { LOTE, prepararEnHilos, recorrerEnLotes } from './paginas-para-el-indice-fs.ts';

/** The pages are Spanish (lang="es-MX"); one "es" index gets Spanish stemming and serves es-MX pages. */
export const IDIOMA_DEL_INDICE = 'es';
/**
 * How much of the index goes in each chunk, in Pagefind's unit (a page or a word position), against its default
 * 20,000: a search loads whole chunks, one or two per word, so at 10,000 convenios a rare word cost 20–40 KB and now
 * 5–10 KB, for 4 KB more of metadata (docs/rendimiento.md). Pagefind reads it from its environment; a value already
 * there wins. Pagefind calls the variable unstable: if a release drops it, chunks go back to their default size (heavier searches, nothing broken).
 */
const UNIDADES_POR_TROZO = '5000';

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

/** What `leer` gives from a file of the index; if it throws, the build stops naming the file. */
function deArchivo<T>(ruta: string, leer: () => T): T {
  try {
    return leer();
  } catch (e) {
    fallar(`${ruta}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

// Pagefind's files are gzip with a 12-byte signature before their JSON or CBOR.
const FIRMA_DE_PAGEFIND = 'pagefind_dcd'.length;

/** A name for a file of the index from its content, as Pagefind names them («es_» and the start of its SHA-256). */
const nombrePorContenido = (datos: Uint8Array, cifras: number) =>
  `${IDIOMA_DEL_INDICE}_${createHash('sha256').update(datos).digest('hex').slice(0, cifras)}`;

// Off the main thread, so the chunks of a batch are compressed while the next is read and rewritten.
const comprimir = promisify(gzip);
const descomprimir = promisify(gunzip);

/**
 * Rewrites, with one place per page for the commonest words and for function words (src/lib/posiciones-del-indice.ts), each of a part's
 * index chunks that holds any, under a name from its new content as Pagefind names them. Gives the renamings.
 */
async function unLugarPorPagina(carpeta: string, trozos: readonly string[], comunes: PalabrasComunes): Promise<Map<string, string>> {
  const sinPosiciones = (palabra: string) => palabraSinPosiciones(palabra, comunes);
  const nombres = new Map<string, string>();
  for (let i = 0; i < trozos.length; i += LOTE) {
    await Promise.all(
      trozos.slice(i, i + LOTE).map(async (trozo) => {
        const ruta = join(carpeta, 'index', `${trozo}.pf_index`);
        const datos = await descomprimir(await readFile(ruta));
        const cbor = deArchivo(ruta, () => conUnLugarPorPagina(datos.subarray(FIRMA_DE_PAGEFIND), sinPosiciones));
        if (!cbor) return;
        const nuevo = await comprimir(Buffer.concat([datos.subarray(0, FIRMA_DE_PAGEFIND), cbor]), { level: 9 });
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
async function aligerarParte(carpeta: string, comunes: PalabrasComunes): Promise<OrdenesDeParte> {
  const rutaDeEntrada = join(carpeta, 'pagefind-entry.json');
  const entrada = JSON.parse(await readFile(rutaDeEntrada, 'utf8')) as { languages: Record<string, { hash: string }> };
  const idioma = entrada.languages[IDIOMA_DEL_INDICE]!;
  const anterior = join(carpeta, `pagefind.${idioma.hash}.pf_meta`);
  const datos = gunzipSync(await readFile(anterior));
  const trozos = deArchivo(anterior, () => trozosDeMetadatos(datos.subarray(FIRMA_DE_PAGEFIND)))
    .filter(([desde, hasta]) => trozoConPalabrasSinPosiciones(desde, hasta, comunes))
    .map(([, , archivo]) => archivo);
  const trozosNuevos = await unLugarPorPagina(carpeta, trozos, comunes);
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
      const f = JSON.parse(gunzipSync(comprimido).subarray(FIRMA_DE_PAGEFIND).toString('utf8')) as {
        content: string;
        meta?: Record<string, string>;
      };
      textos.push([f.content, ...Object.values(f.meta ?? {})].join(' '));
    }
  }
  return palabrasComunes(textos);
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

/** Pagefind's command-line runner, beside the module the package exports (it finds the platform's binary). */
const EJECUTABLE_DE_PAGEFIND = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));

/** Runs Pagefind's CLI on a folder of pages; on failure, throws with the end of what it said. */
async function correrPagefind(sitio: string, salida: string): Promise<void> {
  const args = ['--site', sitio, '--output-path', resolve(salida), '--force-language', IDIOMA_DEL_INDICE];
  const salidas: Buffer[] = [];
  const hijo = spawn(process.execPath, [EJECUTABLE_DE_PAGEFIND, ...args], {
    // A folder holding only the pages: Pagefind would also read a pagefind.yml/.toml/.json from the one it starts in.
    cwd: sitio,
    env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? UNIDADES_POR_TROZO },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  hijo.stdout.on('data', (b: Buffer) => salidas.push(b));
  hijo.stderr.on('data', (b: Buffer) => salidas.push(b));
  const codigo = await new Promise<number | null>((listo, falla) => {
    hijo.on('error', falla);
    hijo.on('close', listo);
  });
  if (codigo !== 0) {
    // Its last words name the cause; Rust's pointers to a backtrace do not.
    const dijo = Buffer.concat(salidas)
      .toString('utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^(stack backtrace:|note: )/.test(l))
      .slice(-2)
      .join(' ');
    fallar(`Pagefind no pudo construir el índice en ${salida} (código ${codigo}): ${dijo || 'sin detalle'}`);
  }
}

/**
 * Indexes some of a site's pages into `salida`. Each indexed page goes, as the index needs it (paraElIndice), to a
 * temporary folder at the same path, and Pagefind's CLI indexes that folder: it reads pages on every core, where
 * its Node API reads them one at a time on one (issue 15). Says how many pages it indexed.
 */
async function indexarParte(carpeta: string, archivos: readonly string[], salida: string): Promise<number> {
  const preparadas = await mkdtemp(join(tmpdir(), 'convenios-indice-'));
  try {
    const paginas = await prepararEnHilos({ carpeta, archivos, destino: preparadas });
    if (paginas === 0) return 0;
    await correrPagefind(preparadas, salida);

    // Trust what was written, not what was sent: the entry file says how many pages each language holds.
    const entrada = JSON.parse(await readFile(join(salida, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexadas = Object.values(entrada.languages).reduce((s, l) => s + l.page_count, 0);
    if (indexadas !== paginas) fallar(`se enviaron ${paginas} páginas a Pagefind pero el índice escrito tiene ${indexadas}`);
    if (!entrada.languages[IDIOMA_DEL_INDICE]) fallar(`el índice no está en español («${Object.keys(entrada.languages).join(', ')}»)`);
    return paginas;
  } finally {
    await rm(preparadas, { recursive: true, force: true });
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
  if (resolve(carpeta).startsWith(resolve(salida))) fallar(`la carpeta del índice (${salida}) no puede contener el sitio`);
  // Pagefind only adds files: an earlier index would keep its parts and chunks beside the new ones.
  await rm(salida, { recursive: true, force: true }).catch((e: NodeJS.ErrnoException) =>
    fallar(`no se pudo vaciar ${salida} para el índice nuevo (${e.code ?? e.message})`),
  );
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
  // Which words are common is known once every part is written: it is counted over the whole site.
  const comunes = await contarPalabrasComunes(carpetas);
  const ordenes: OrdenesDeParte[] = [];
  for (const c of carpetas) ordenes.push(await aligerarParte(c, comunes));
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
    ...(await tamanoDe(salida)),
    milisegundos: Math.round(performance.now() - inicio),
    carpeta: salida,
  };
}
