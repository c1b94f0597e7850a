/**
 * A part of the search index built in batches of pages (src/lib/union-de-lotes.ts). Each batch's Pagefind index is
 * kept in a cache folder under a key of everything it came from (its pages' paths and bytes, this step's code,
 * Pagefind's version and options); after an edit only the batches whose pages changed are indexed again, and the
 * union, written from the batches alone and lightened for the first search, is the same byte for byte as from
 * scratch (issue 15: a rebuild after editing one convenio).
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip, gzipSync } from 'node:zlib';
import { huellaDelCodigo } from '../contenido/huella-del-codigo-fs.ts';
import type { PalabrasComunes } from '../lib/busqueda.ts';
import { costosDeRaices, esIndexable, sumarCostos, valorDeOrden } from '../lib/indice-busqueda.ts';
import { cortarEnLotes, PAGINAS_POR_LOTE, urlDePagefind } from '../lib/lotes-del-indice.ts';
import {
  conLargoUniforme,
  conNombresCortos,
  conTrozosRenombrados,
  LARGO_DEL_PREFIJO,
  nombresDePagina,
  sinOrdenes,
} from '../lib/metadatos-del-indice.ts';
import type { OrdenesDeParte } from '../lib/partes-del-indice.ts';
import { palabraSinPosiciones, trozoConPalabrasSinPosiciones } from '../lib/posiciones-del-indice.ts';
import {
  codificarFiltro,
  codificarMetadatos,
  codificarTrozo,
  leerFiltro,
  leerMetadatos,
  leerTrozo,
  limitesDeTrozos,
  trocear,
  unirLotes,
  type Lote,
  type RangoDelTrozo,
} from '../lib/union-de-lotes.ts';
import { SIN_GUARDAR, type ComprimidosGuardados } from './comprimidos-guardados-fs.ts';
import { LOTE, prepararEnHilos, recorrerEnLotes } from './paginas-para-el-indice-fs.ts';
import { archivoPreparado, carpetaDePreparadas, huellaDePagina, huellasPreparadas } from './paginas-preparadas-fs.ts';
import {
  correrPagefind,
  deArchivo,
  fallar,
  FIRMA,
  FIRMA_DE_PAGEFIND,
  IDIOMA_DEL_INDICE,
  nombrePorContenido,
  unidadesPorTrozo,
} from './pagefind-cli-fs.ts';

const comprimir = promisify(gzip);
const descomprimir = promisify(gunzip);

/** An HTML file of the built site as the index step first reads it. */
export interface PaginaLeida {
  archivo: string;
  indexable: boolean;
  /** Its sort value (data-pagefind-sort), if it has one. */
  orden?: string;
  /** SHA-1 of its text. */
  huella: string;
}

/** What leerPaginas learned of each file, by path, with the file's size and modification time when it read it. */
interface Vistas {
  version: string;
  paginas: Record<string, { bytes: number; modificada: number; leida: PaginaLeida }>;
}

async function leerVistas(registro: string, version: string): Promise<Vistas['paginas']> {
  try {
    const vistas = JSON.parse(await readFile(registro, 'utf8')) as Vistas;
    return vistas.version === version ? vistas.paginas : {};
  } catch {
    return {};
  }
}

/**
 * Reads what the index needs to know of each page. With `registro` (a file in the index's cache), a page whose size
 * and modification time are those of the last build is not read again: after a partial rebuild, only the pages
 * Astro wrote (docs/escala.md, point 13).
 */
export async function leerPaginas(archivos: readonly string[], registro?: string): Promise<PaginaLeida[]> {
  const version = versionDelPaso();
  const antes = registro ? await leerVistas(registro, version) : {};
  const estados = await enLotes(archivos, (a) => stat(a));
  const vistas: Vistas['paginas'] = {};
  const porLeer: string[] = [];
  archivos.forEach((archivo, i) => {
    const { size: bytes, mtimeMs: modificada } = estados[i]!;
    const previa = antes[archivo];
    if (previa && previa.bytes === bytes && previa.modificada === modificada) vistas[archivo] = previa;
    else {
      vistas[archivo] = { bytes, modificada, leida: { archivo, indexable: false, huella: '' } };
      porLeer.push(archivo);
    }
  });
  await recorrerEnLotes(porLeer, (archivo, html) => {
    const orden = valorDeOrden(html);
    vistas[archivo]!.leida = {
      archivo,
      indexable: esIndexable(html),
      ...(orden === undefined ? {} : { orden }),
      huella: huellaDePagina(html),
    };
  });
  if (registro) await writeFile(registro, JSON.stringify({ version, paginas: vistas } satisfies Vistas));
  return archivos.map((a) => vistas[a]!.leida);
}

/**
 * What a batch's index depends on besides its pages: the project's code and dependencies (Pagefind's version among
 * them), the language, the chunk size, and every PAGEFIND_ variable, which Pagefind reads as options.
 */
function versionDelPaso(): string {
  const opciones = Object.entries(process.env)
    .filter(([clave]) => clave.startsWith('PAGEFIND_'))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256')
    .update(huellaDelCodigo())
    .update(JSON.stringify([IDIOMA_DEL_INDICE, unidadesPorTrozo(), opciones]))
    .digest('hex');
}

/** A Pagefind file's content: after gzip, its 12-byte signature, then its CBOR or JSON. */
async function leerPf(ruta: string): Promise<Buffer> {
  return (await descomprimir(await readFile(ruta))).subarray(FIRMA_DE_PAGEFIND);
}

const existe = (ruta: string) =>
  stat(ruta).then(
    () => true,
    () => false,
  );

/**
 * What a batch's folder holds besides Pagefind's index: each page's sort value by page number, and what its words
 * cost (costosDeRaices), which add up to the site's common words.
 */
const ARCHIVO_DEL_LOTE = 'lote.json';

interface Anotado {
  valores: (string | null)[];
  costos: Record<string, number>;
}

interface Entrada {
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/** A Pagefind index's entry file, and the path of the metadata it names. */
async function leerEntrada(carpeta: string): Promise<{ entrada: Entrada; meta: string }> {
  const entrada = JSON.parse(await readFile(join(carpeta, 'pagefind-entry.json'), 'utf8')) as Entrada;
  const idioma = entrada.languages[IDIOMA_DEL_INDICE];
  if (!idioma || Object.keys(entrada.languages).length !== 1) {
    fallar(`el índice no está en español («${Object.keys(entrada.languages).join(', ')}»)`);
  }
  return { entrada, meta: join(carpeta, `pagefind.${idioma.hash}.pf_meta`) };
}

/** Runs `cada` on every item, LOTE at a time. */
async function enLotes<T, R>(cosas: readonly T[], cada: (cosa: T) => Promise<R>): Promise<R[]> {
  const resultados: R[] = [];
  for (let i = 0; i < cosas.length; i += LOTE) resultados.push(...(await Promise.all(cosas.slice(i, i + LOTE).map(cada))));
  return resultados;
}

/**
 * Checks what Pagefind just wrote for a batch, and writes beside it (Anotado) each page's sort value by page number,
 * matched by URL (Pagefind keeps only their order, and the union orders pages of different batches by them), and
 * the cost of its words, read from its fragments: the text and metadata Pagefind kept.
 */
async function anotar(carpeta: string, sitio: string, paginas: readonly PaginaLeida[]): Promise<void> {
  const { entrada, meta } = await leerEntrada(carpeta);
  const escritas = entrada.languages[IDIOMA_DEL_INDICE]!.page_count;
  if (escritas !== paginas.length) fallar(`se enviaron ${paginas.length} páginas a Pagefind pero el índice escrito tiene ${escritas}`);
  const datos = await leerPf(meta);
  const nombres = deArchivo(meta, () => leerMetadatos(datos)).paginas.map(([nombre]) => nombre);
  const porUrl = new Map(paginas.map((p) => [urlDePagefind(relative(sitio, p.archivo).split(sep).join('/')), p.orden ?? null]));
  const textos: string[] = [];
  const valores = await enLotes(nombres, async (nombre) => {
    const ruta = join(carpeta, 'fragment', `${nombre}.pf_fragment`);
    const texto = (await leerPf(ruta)).toString('utf8');
    const f = deArchivo(ruta, () => JSON.parse(texto) as { url: string; content: string; meta?: Record<string, string> });
    textos.push([f.content, ...Object.values(f.meta ?? {})].join(' '));
    const valor = porUrl.get(f.url);
    if (valor === undefined) fallar(`${ruta}: Pagefind indexó ${f.url}, que no es una de las páginas enviadas`);
    return valor;
  });
  const anotado: Anotado = { valores, costos: costosDeRaices(textos) };
  await writeFile(join(carpeta, ARCHIVO_DEL_LOTE), JSON.stringify(anotado));
}

/** A batch's pages in a folder of their own, at their paths in the site: what Pagefind indexes. */
interface LotePorIndexar {
  paginas: PaginaLeida[];
  destino: string;
}

/** Pagefind runs at once: each reads pages on every core, then builds its index mostly on one. */
const PAGEFIND_A_LA_VEZ = 2;

/**
 * Indexes the batches not in the cache: each batch's pages go into a folder of their own, prepared for Pagefind
 * (paraElIndice) by `astro build` (src/cli/paginas-preparadas-fs.ts) or else here, together on every core; each
 * folder is indexed by Pagefind into a temporary folder that becomes its cache entry when complete, so an
 * interrupted build never leaves half a batch to reuse. `hecho` is told of each batch once in its cache folder. Says
 * how many pages came prepared.
 */
async function indexarLotes(
  sitio: string,
  lotes: readonly LotePorIndexar[],
  cache: string,
  hecho: (lote: LotePorIndexar) => void = () => {},
): Promise<number> {
  if (lotes.length === 0) return 0;
  const preparadas = await mkdtemp(join(tmpdir(), 'convenios-indice-'));
  try {
    const carpetas = lotes.map((_, k) => join(preparadas, `lote-${k}`));
    const hechas = carpetaDePreparadas(cache);
    const huellas = await huellasPreparadas(hechas);
    const conLote = lotes.flatMap((l, k) => l.paginas.map((pagina) => ({ pagina, carpeta: carpetas[k]! })));
    const [listas, porPreparar] = [
      conLote.filter((p) => huellas.has(p.pagina.huella)),
      conLote.filter((p) => !huellas.has(p.pagina.huella)),
    ];
    await enLotes(listas, async ({ pagina, carpeta }) => {
      const ruta = join(carpeta, relative(sitio, pagina.archivo));
      await mkdir(dirname(ruta), { recursive: true });
      await traer(archivoPreparado(hechas, pagina.huella), ruta);
    });
    const archivos = porPreparar.map((p) => p.pagina.archivo);
    const enviadas = await prepararEnHilos({ carpeta: sitio, archivos, destinos: porPreparar.map((p) => p.carpeta) });
    if (enviadas !== archivos.length) fallar(`de ${archivos.length} páginas por indexar se prepararon ${enviadas}`);
    let siguiente = 0;
    const indexarSiguientes = async () => {
      for (let k = siguiente++; k < lotes.length; k = siguiente++) {
        const { destino, paginas } = lotes[k]!;
        const provisional = `${destino}.${process.pid}.tmp`;
        await rm(provisional, { recursive: true, force: true });
        const [primera, ultima] = [paginas[0]!, paginas.at(-1)!].map((p) => relative(sitio, p.archivo));
        const cuales = paginas.length === 1 ? `la página ${primera}` : `las ${paginas.length} páginas de ${primera} a ${ultima}`;
        await correrPagefind(carpetas[k]!, provisional, `${cuales} de ${sitio}`);
        await anotar(provisional, sitio, paginas);
        await rename(provisional, destino);
        hecho(lotes[k]!);
        // Removed now, while the other Pagefind runs: all at the end took 1.8 s with nothing else to do (10,000 convenios).
        await rm(carpetas[k]!, { recursive: true, force: true });
      }
    };
    // Both finish before the temporary folder goes: a failure in one does not cut the other's files from under it.
    const corridas = await Promise.allSettled(Array.from({ length: Math.min(PAGEFIND_A_LA_VEZ, lotes.length) }, indexarSiguientes));
    for (const c of corridas) if (c.status === 'rejected') throw c.reason;
    return listas.length;
  } finally {
    await rm(preparadas, { recursive: true, force: true });
  }
}

/** A batch's index as the union needs it, with the folder it came from. */
interface LoteLeido {
  carpeta: string;
  lote: Lote;
  entrada: Entrada;
  costos: Anotado['costos'];
}

/** What anotar wrote beside a batch's index. */
async function leerAnotado(carpeta: string): Promise<Anotado> {
  const ruta = join(carpeta, ARCHIVO_DEL_LOTE);
  const texto = await readFile(ruta, 'utf8');
  return deArchivo(ruta, () => JSON.parse(texto) as Anotado);
}

async function leerLote(carpeta: string): Promise<LoteLeido> {
  const { entrada, meta } = await leerEntrada(carpeta);
  const datos = await leerPf(meta);
  const m = deArchivo(meta, () => leerMetadatos(datos));
  const trozos = await enLotes(m.trozos, async ([, , archivo]) => {
    const ruta = join(carpeta, 'index', `${archivo}.pf_index`);
    const cbor = await leerPf(ruta);
    return deArchivo(ruta, () => leerTrozo(cbor));
  });
  const filtros = await enLotes(m.archivosDeFiltro, async ([, archivo]) => {
    const ruta = join(carpeta, 'filter', `${archivo}.pf_filter`);
    const cbor = await leerPf(ruta);
    return deArchivo(ruta, () => leerFiltro(cbor));
  });
  const { valores, costos } = await leerAnotado(carpeta);
  const { paginas, ordenes, campos, version } = m;
  return { carpeta, entrada, costos, lote: { version, paginas, palabras: trozos.flat(), filtros, ordenes, campos, valores } };
}

/** The SHA-1 of `datos` as Pagefind 1.6 writes it: each byte in hex without a leading zero (its full_hash). */
const hashDePagefind = (datos: Uint8Array): string => [...createHash('sha1').update(datos).digest()].map((b) => b.toString(16)).join('');

/** «es_» and the first `cifras` digits of hashDePagefind, more if that name is taken (as Pagefind names its files). */
function nombreLibre(datos: Uint8Array, usados: Set<string>, cifras: number): string {
  const hex = hashDePagefind(datos);
  let n = cifras;
  while (usados.has(`${IDIOMA_DEL_INDICE}_${hex.slice(0, n)}`) && n < hex.length) n++;
  const nombre = `${IDIOMA_DEL_INDICE}_${hex.slice(0, n)}`;
  if (usados.has(nombre)) fallar(`dos archivos del índice tienen el mismo contenido (${nombre})`);
  usados.add(nombre);
  return nombre;
}

/**
 * A Pagefind file: its signature and content, gzip. At level 6, not 9 as Pagefind: at 10,000 convenios the chunks
 * took 1.3 s instead of 4.3 s, for 2.3 % more bytes (the heaviest, of the commonest words, go at 9: escribirUnion).
 */
async function escribirPf(ruta: string, datos: Uint8Array, guardados: ComprimidosGuardados): Promise<void> {
  await writeFile(ruta, await guardados.segun(datos, 'gzip6', () => comprimir(Buffer.concat([FIRMA, datos]), { level: 6 })));
}

/** A file of a batch into the union: a hard link where the disk allows it (the cache and the site on one disk), else a copy. */
async function traer(origen: string, destino: string): Promise<void> {
  await link(origen, destino).catch(() => copyFile(origen, destino));
}

/**
 * The union's metadata lightened (src/lib/metadatos-del-indice.ts): chunks renamed as `trozos` says, every page of
 * the same length, pages named by their number after a prefix from the old names, and its sorts taken out. Gives
 * the new names of the pages, in page order.
 */
function aligerarMetadatos(ruta: string, meta: Uint8Array, trozos: ReadonlyMap<string, string>) {
  return deArchivo(ruta, () => {
    const uniforme = conTrozosRenombrados(conLargoUniforme(meta), trozos);
    const prefijo = createHash('sha256').update(nombresDePagina(uniforme).join('\n')).digest('hex').slice(0, LARGO_DEL_PREFIJO);
    const cortos = conNombresCortos(uniforme, prefijo);
    return { ...sinOrdenes(cortos.cbor), nombres: cortos.nombres.map(([, nuevo]) => nuevo), prefijo };
  });
}

/**
 * Writes into `salida` (empty or absent) the union of the batches `leidos`, in order, as Pagefind writes an
 * index: its files (pagefind.js, WebAssembly…) from the first batch, every page's fragment, and chunks, filters,
 * metadata and entry file of the union. A fragment whose name another batch already took is named from more of
 * its hash, as Pagefind does within one index. With `comunes`, the site's common words, the index is written
 * lighter than Pagefind writes it: chunks with one place per page for the commonest words and lighter metadata
 * (aligerarMetadatos), whose sorts go to files of their own, which it gives.
 */
async function escribirUnion(
  leidos: readonly LoteLeido[],
  salida: string,
  guardados: ComprimidosGuardados,
  comunes?: PalabrasComunes,
): Promise<{ paginas: number; ordenes?: OrdenesDeParte }> {
  const primera = leidos[0]!;
  const union = unirLotes(leidos.map((l) => l.lote));
  for (const sub of ['fragment', 'index', 'filter']) await mkdir(join(salida, sub), { recursive: true });

  const comunesDelLote = (await readdir(primera.carpeta, { withFileTypes: true })).filter(
    (e) => e.isFile() && e.name !== 'pagefind-entry.json' && e.name !== ARCHIVO_DEL_LOTE && !e.name.endsWith('.pf_meta'),
  );
  for (const e of comunesDelLote) await copyFile(join(primera.carpeta, e.name), join(salida, e.name));

  const usados = new Set<string>();
  const fragmentos: [origen: string, nombre: string][] = [];
  for (const { carpeta, lote } of leidos) {
    for (const [nombre] of lote.paginas) {
      const origen = join(carpeta, 'fragment', `${nombre}.pf_fragment`);
      if (!usados.has(nombre)) {
        usados.add(nombre);
        fragmentos.push([origen, nombre]);
      } else fragmentos.push([origen, nombreLibre(await leerPf(origen), usados, nombre.length - IDIOMA_DEL_INDICE.length)]);
    }
  }

  const trozos = trocear(union.palabras, Number(unidadesPorTrozo()));
  const limites = limitesDeTrozos(trozos.map((t) => t.map((p) => p.palabra)));
  const nombresDeTrozo = new Set<string>();
  const codificados = trozos.map((t) => codificarTrozo(t, union));
  const rangos = codificados.map((cbor, k): RangoDelTrozo => [...limites[k]!, nombreLibre(cbor, nombresDeTrozo, 7)]);
  // The chunks written lighter, renamed from their content: old name to new.
  const renombrados = new Map<string, string>();
  // With the common words: which words keep one place per page, and under what their chunks are kept (by the
  // chunk as Pagefind would write it and the common words: after an edit, most are the same).
  const ligereza = comunes && {
    comunes,
    unLugar: (palabra: string) => palabraSinPosiciones(palabra, comunes),
    cuales: `lugar-${createHash('sha1').update(JSON.stringify(comunes)).digest('base64url')}`,
  };
  await enLotes([...rangos.keys()], async (k) => {
    const [desde, hasta, nombre] = rangos[k]!;
    if (
      !ligereza ||
      !trozoConPalabrasSinPosiciones(desde, hasta, ligereza.comunes) ||
      !trozos[k]!.some((p) => ligereza.unLugar(p.palabra))
    ) {
      return escribirPf(join(salida, 'index', `${nombre}.pf_index`), codificados[k]!, guardados);
    }
    // One place per page for the commonest words and for function words (src/lib/posiciones-del-indice.ts): these
    // are the heaviest chunks, gzip at level 9 as Pagefind compresses.
    const comprimido = await guardados.segun(codificados[k]!, ligereza.cuales, () =>
      comprimir(Buffer.concat([FIRMA, codificarTrozo(trozos[k]!, union, ligereza.unLugar)]), { level: 9 }),
    );
    const nuevo = nombrePorContenido(comprimido, 7);
    renombrados.set(nombre, nuevo);
    await writeFile(join(salida, 'index', `${nuevo}.pf_index`), comprimido);
  });

  const nombresDeFiltro = new Set<string>();
  const filtros: [string, string][] = [];
  for (const f of union.filtros) {
    const cbor = codificarFiltro(f);
    const nombre = nombreLibre(cbor, nombresDeFiltro, 7);
    filtros.push([f[0], nombre]);
    await escribirPf(join(salida, 'filter', `${nombre}.pf_filter`), cbor, guardados);
  }

  const paginas = union.paginas.map(([, ...resto], k): Lote['paginas'][number] => [fragmentos[k]![1], ...resto]);
  const meta = codificarMetadatos({ ...union, paginas, trozos: rangos, filtros });
  let hash = `${IDIOMA_DEL_INDICE}_${hashDePagefind(meta).slice(0, 10)}`;
  let nombres = fragmentos.map(([, nombre]) => nombre);
  let ordenes: OrdenesDeParte | undefined;
  if (!comunes) await escribirPf(join(salida, `pagefind.${hash}.pf_meta`), meta, guardados);
  else {
    const ligera = aligerarMetadatos(join(salida, `pagefind.${hash}.pf_meta`), meta, renombrados);
    const comprimida = gzipSync(Buffer.concat([FIRMA, ligera.cbor]), { level: 9 });
    hash = nombrePorContenido(comprimida, 10);
    await writeFile(join(salida, `pagefind.${hash}.pf_meta`), comprimida);
    nombres = ligera.nombres;
    ordenes = { prefijo: ligera.prefijo, archivos: {} };
    for (const [clave, suyas] of ligera.ordenes) {
      const texto = JSON.stringify(suyas);
      ordenes.archivos[clave] = `orden.${nombrePorContenido(Buffer.from(texto), 10)}.json`;
      await writeFile(join(salida, ordenes.archivos[clave]), texto);
    }
  }
  // Each fragment under its page's final name.
  await enLotes([...fragmentos.keys()], (k) => traer(fragmentos[k]![0], join(salida, 'fragment', `${nombres[k]!}.pf_fragment`)));
  const idioma = { ...primera.entrada.languages[IDIOMA_DEL_INDICE]!, hash, page_count: paginas.length };
  await writeFile(join(salida, 'pagefind-entry.json'), JSON.stringify({ ...primera.entrada, languages: { [IDIOMA_DEL_INDICE]: idioma } }));
  return { paginas: paginas.length, ...(ordenes ? { ordenes } : {}) };
}

/** A part's batches, each indexed by Pagefind unless the cache had it. */
export interface LotesDeParte {
  /** The pages sent to the index. */
  paginas: number;
  /** Each batch's cache folder, in order. */
  destinos: string[];
  /** How many of the batches Pagefind indexed (the others came from the cache). */
  indexados: number;
  /** How many pages of those batches `astro build` had prepared. */
  preparadas: number;
  /** What the part's words cost (costosDeRaices). */
  costos: Anotado['costos'];
  /** The batches read, when kept for the union (escribirParte reads them otherwise). */
  leidos?: LoteLeido[];
}

/**
 * Indexes a part's pages (indexed ones, of the site in `sitio`) in batches (cortarEnLotes) kept in `cache`: each
 * batch not there is indexed by Pagefind. With `leer`, the batches are read too, the kept ones while Pagefind
 * indexes the others; without, only what their words cost.
 */
export async function indexarLotesDeParte(
  sitio: string,
  paginas: readonly PaginaLeida[],
  cache: string,
  porLote = PAGINAS_POR_LOTE,
  leer = true,
): Promise<LotesDeParte> {
  const version = versionDelPaso();
  // Cut by the path in the site, the same wherever the site is built.
  const porRuta = new Map(paginas.map((p) => [relative(sitio, p.archivo).split(sep).join('/'), p]));
  const lotes = cortarEnLotes([...porRuta.keys()].sort(), porLote).map((rutas) => {
    const suyas = rutas.map((r) => porRuta.get(r)!);
    const clave = createHash('sha256').update(version);
    for (const r of rutas) clave.update(`\n${r}\u0000${porRuta.get(r)!.huella}`);
    return { paginas: suyas, destino: join(cache, clave.digest('hex').slice(0, 32)) };
  });
  await mkdir(cache, { recursive: true });
  const faltan: LotePorIndexar[] = [];
  for (const l of lotes) if (!(await existe(join(l.destino, ARCHIVO_DEL_LOTE)))) faltan.push(l);
  const destinos = lotes.map((l) => l.destino);
  const base = { paginas: paginas.length, destinos, indexados: faltan.length };
  if (!leer) {
    const preparadas = await indexarLotes(sitio, faltan, cache);
    const costos: Anotado['costos'][] = [];
    for (const d of destinos) costos.push((await leerAnotado(d)).costos);
    return { ...base, preparadas, costos: sumarCostos(costos) };
  }
  // The kept batches are read while Pagefind indexes the others, and each new one as soon as Pagefind has written it.
  const guardadosLeidos = (async () => {
    const leidos = new Map<string, LoteLeido>();
    const nuevos = new Set(faltan);
    for (const l of lotes) if (!nuevos.has(l)) leidos.set(l.destino, await leerLote(l.destino));
    return leidos;
  })();
  const nuevosLeidos = new Map<string, Promise<LoteLeido>>();
  const leerNuevo = ({ destino }: LotePorIndexar) => {
    const leido = leerLote(destino);
    // Its failure is thrown where it is awaited, below, not as an unhandled rejection meanwhile.
    leido.catch(() => {});
    nuevosLeidos.set(destino, leido);
  };
  const [preparadas, yaLeidos] = await Promise.all([indexarLotes(sitio, faltan, cache, leerNuevo), guardadosLeidos]);
  const leidos: LoteLeido[] = [];
  for (const d of destinos) leidos.push(yaLeidos.get(d) ?? (await nuevosLeidos.get(d)!));
  return { ...base, preparadas, costos: sumarCostos(leidos.map((l) => l.costos)), leidos };
}

/**
 * Writes into `salida` the union of a part's batches (escribirUnion): lightened with the site's common words
 * `comunes`, as Pagefind writes one index without. Gives the part's sorts when lightened.
 */
export async function escribirParte(
  parte: LotesDeParte,
  salida: string,
  guardados: ComprimidosGuardados = SIN_GUARDAR,
  comunes?: PalabrasComunes,
): Promise<OrdenesDeParte | undefined> {
  const leidos = parte.leidos ?? [];
  if (!parte.leidos) for (const d of parte.destinos) leidos.push(await leerLote(d));
  const { paginas, ordenes } = await escribirUnion(leidos, salida, guardados, comunes);
  if (paginas !== parte.paginas) fallar(`se enviaron ${parte.paginas} páginas al índice pero tiene ${paginas}`);
  return ordenes;
}
