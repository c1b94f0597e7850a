/**
 * The search index in parts. Pagefind holds a whole index in memory while it builds it, ≈ 0.33 GB per 1,000 pages:
 * 30,000 convenios took 8.5 GB and 100,000 would not fit in 24 GB (issue 15). Past PAGINAS_POR_PARTE pages the index
 * is built in parts, one after another, each by a Pagefind of its own, and /buscar/ searches them all and joins the
 * answers here.
 *
 * The parts hold consecutive ranges of the pages' sort value (a convenio's signing date, an evaluation's PAE
 * cycle), so the newest or oldest results of the whole site are those of the parts in order: Pagefind sorts inside
 * one index only, and its mergeIndex orders every merged result by score, which for a sorted search is a position
 * inside its own part (src/cliente/pagefind-partes.ts).
 */

/**
 * At most this many pages in one part: 10,000 convenios with the real content beside them (12,474 pages with the
 * federal follow-ups and evaluations) stay one index. Two parts there cost every first search a second metadata file
 * and a second chunk per word (4 to 94 KB more, past 300 KB), and took longer to build (60.4 s against 53.3 s, 3.1 GB).
 */
export const PAGINAS_POR_PARTE = 15_000;

/** Where part k (from 0) is written and read, inside the index folder: the first is the folder itself. */
export const carpetaDeParte = (k: number): string => (k === 0 ? '' : `parte-${k + 1}/`);

export interface PaginaPorIndexar {
  archivo: string;
  /** Its sort value (data-pagefind-sort), if it has one. */
  orden?: string;
}

const SIN_ORDEN = '\uffff';
const porRuta = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The files of each part, each part in path order (Pagefind numbers pages as they come, and those numbers are
 * written to the index, so a fixed order keeps rebuilds byte-identical). Up to `maximo` pages make one part, in the
 * order given; more are sorted by sort value (pages without one last) and cut into as few parts of equal size as fit.
 */
export function repartirEnPartes(paginas: readonly PaginaPorIndexar[], maximo = PAGINAS_POR_PARTE): string[][] {
  if (!(maximo >= 1)) throw new Error(`repartirEnPartes: se esperaba un máximo de páginas por parte de 1 o más, no ${maximo}`);
  if (paginas.length <= maximo) return paginas.length === 0 ? [] : [paginas.map((p) => p.archivo)];
  const ordenadas = [...paginas].sort((a, b) => porRuta(a.orden ?? SIN_ORDEN, b.orden ?? SIN_ORDEN) || porRuta(a.archivo, b.archivo));
  const partes = Math.ceil(paginas.length / maximo);
  const tamano = Math.ceil(paginas.length / partes);
  return Array.from({ length: partes }, (_, k) =>
    ordenadas
      .slice(k * tamano, (k + 1) * tamano)
      .map((p) => p.archivo)
      .sort(porRuta),
  );
}

/**
 * One sorted list from each part's sorted list (in part order): the parts one after the other, newest first the
 * last part first. (By relevance Pagefind's own merge is right, by score.)
 */
export function unirResultados<R>(listas: readonly (readonly R[])[], direccion: 'asc' | 'desc'): R[] {
  return direccion === 'asc' ? listas.flat() : [...listas].reverse().flat();
}

type Conteos = Record<string, Record<string, number> | undefined>;

/** Facet counts of several parts added up, value by value. */
export function sumarConteos(conteos: readonly Conteos[]): Record<string, Record<string, number>> {
  const suma: Record<string, Record<string, number>> = {};
  for (const c of conteos) {
    for (const [faceta, valores] of Object.entries(c)) {
      const destino = (suma[faceta] ??= {});
      for (const [valor, n] of Object.entries(valores ?? {})) destino[valor] = (destino[valor] ?? 0) + n;
    }
  }
  return suma;
}

/** The synthetic filter /buscar/ gives each part's pages in the browser: the part's number, from 1. */
export const FILTRO_DE_PARTE = 'parte';

/** What /buscar/ reads before its first search (pagefind/indice.json): how many parts, and what costs most. */
export interface DescripcionDelIndice {
  partes: number;
  /** By raizDeCosto, the size of each word too common to narrow a search (src/lib/busqueda.ts). */
  comunes: Record<string, number>;
  /** The word ranges of the heaviest index chunks (trozosPesados). */
  pesados: RangoDeTrozo[];
  /** Each part's sort lists, in part order (OrdenesDeParte). */
  ordenes: OrdenesDeParte[];
}

/**
 * A part's sorts, which the index step takes out of Pagefind's metadata (sinOrdenes in
 * src/lib/metadatos-del-indice.ts): the prefix of its page names, and for each sort key the file, in the part's
 * folder, with the numbers of its pages that have the key, by the key's value.
 */
export interface OrdenesDeParte {
  prefijo: string;
  archivos: Record<string, string>;
}

/** The name the index step gives page `numero` of a part whose names start with `prefijo`. */
export const nombreDePagina = (prefijo: string, numero: number): string => `${prefijo}${numero.toString(36)}`;

/** Each page of a sort list, by name, and its place in the list. */
export const lugaresDeOrden = (prefijo: string, paginas: readonly number[]): Map<string, number> =>
  new Map(paginas.map((p, lugar) => [nombreDePagina(prefijo, p), lugar]));

/**
 * Results sorted as Pagefind 1.6 sorts them (pagefind_web's search): only the pages in the sort list, each scored by
 * its place in it (negated ascending), highest score first. Pagefind's facet counts are of every result, sortable or
 * not, so they are the unsorted search's.
 */
export function ordenarComoPagefind<R extends { id: string; score: number }>(
  resultados: readonly R[],
  lugares: ReadonlyMap<string, number>,
  direccion: 'asc' | 'desc',
): R[] {
  const ordenados: R[] = [];
  for (const r of resultados) {
    const lugar = lugares.get(r.id);
    if (lugar !== undefined) ordenados.push({ ...r, score: direccion === 'asc' ? -lugar : lugar });
  }
  return ordenados.sort((a, b) => b.score - a.score);
}

/**
 * The words an index chunk holds, as Pagefind's metadata bounds them: from the first (a prefix of it) to the
 * last (a prefix of it). Pagefind downloads a word's whole chunk, so a rare word alphabetically just before a very
 * common one (at 10,000 convenios «propaganda» before «prórroga», «potestativas» before «Pp») costs what the
 * common one does: 45–58 KB instead of 5–10 KB.
 */
export type RangoDeTrozo = readonly [desde: string, hasta: string];

/** A chunk at least this heavy (bytes as served, already gzip) makes its words costly to search. */
export const PESO_DE_TROZO_CARO = 30_000;

/** The ranges of the chunks of PESO_DE_TROZO_CARO bytes or more, of every part, sorted and without repeats. */
export function trozosPesados(trozos: Iterable<{ desde: string; hasta: string; bytes: number }>): RangoDeTrozo[] {
  const rangos = new Map<string, RangoDeTrozo>();
  for (const t of trozos) if (t.bytes >= PESO_DE_TROZO_CARO) rangos.set(`${t.desde}\u0000${t.hasta}`, [t.desde, t.hasta]);
  return [...rangos.values()].sort(([a, b], [c, d]) => porRuta(a, c) || porRuta(b, d));
}
export const ARCHIVO_DEL_INDICE = 'indice.json';
