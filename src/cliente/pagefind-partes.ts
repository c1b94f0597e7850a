/**
 * The part of the Pagefind 1.6 browser API (pagefind.js) /buscar/ uses, and searches over an index built in parts
 * (src/lib/partes-del-indice.ts). Pagefind 1.6's createInstance cannot hold several indexes in one page (each
 * instance loads the WebAssembly again into the one module they share, and the first one's searches then fail), so
 * the parts are merged with mergeIndex.
 */
import { FILTRO_DE_PARTE, ordenarComoPagefind, sumarConteos, unirResultados } from '../lib/partes-del-indice.ts';
import type { Subresultado } from '../lib/busqueda.ts';
import type { Ancla } from '../lib/busqueda-en-el-texto.ts';

export interface DatosDeResultado {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: Subresultado[];
  anchors?: Ancla[];
  /** The positions of the words Pagefind matched in `content`. */
  locations?: number[];
}
export interface Resultado {
  id: string;
  score: number;
  data: () => Promise<DatosDeResultado>;
}

export interface Respuesta {
  results: Resultado[];
  /** For each filter value, how many of these results have it. */
  filters: Record<string, Record<string, number> | undefined>;
}
export type Filtros = Record<string, string | { any: string[] } | { none: string[] }>;
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (termino: string, o?: { filters?: Filtros }) => Promise<void>;
  search: (termino: string | null, o?: { filters?: Filtros; sort?: Record<string, 'asc' | 'desc'> }) => Promise<Respuesta | null>;
}

export interface ModuloPagefind extends Pagefind {
  /** Adds another index to the searches; it shares the first one's WebAssembly. */
  mergeIndex: (basePath: string, o: Record<string, unknown>) => Promise<void>;
}

/**
 * Loads the index's parts into one Pagefind. Each part marks its pages with the synthetic filter FILTRO_DE_PARTE
 * (its number), so a sorted search can ask each part alone.
 */
export async function cargarPartes(modulo: ModuloPagefind, partes: number, base: (k: number) => string, opciones: Record<string, unknown>) {
  const filtro = (k: number) => (partes > 1 ? { mergeFilter: { [FILTRO_DE_PARTE]: String(k + 1) } } : {});
  // On the page's own thread: Pagefind's web worker is one more script (12.6 KB gzip) on every first search, and a
  // search takes milliseconds. /buscar/ lets the page compile WebAssembly for it (src/pages/buscar.astro).
  await modulo.options({ ...opciones, ...filtro(0), noWorker: true });
  await modulo.init();
  // Pagefind's own options() reach only the first index: the others get theirs as they are merged.
  for (let k = 1; k < partes; k++) await modulo.mergeIndex(base(k), { ...opciones, ...filtro(k) });
}

/**
 * Searches over every part. By relevance Pagefind's merged search is right (by score); sorted, it is not, since a
 * result's score is then its position inside its own part. A sorted search asks each part alone and joins their
 * lists (unirResultados); its result ids get the part's number, as each part numbers its own pages.
 */
export function enPartes(pf: Pagefind, partes: number): Pagefind {
  if (partes === 1) return pf;
  return {
    ...pf,
    search: async (termino, o) => {
      const direccion = o?.sort ? Object.values(o.sort)[0] : undefined;
      if (!direccion) return pf.search(termino, o);
      const respuestas = await Promise.all(
        Array.from({ length: partes }, (_, k) =>
          pf.search(termino, { ...o, filters: { ...o?.filters, [FILTRO_DE_PARTE]: String(k + 1) } }),
        ),
      );
      if (respuestas.some((r) => r === null)) return null;
      return {
        results: unirResultados(
          respuestas.map((r, k) => r!.results.map((x) => ({ ...x, id: `${k + 1}/${x.id}` }))),
          direccion,
        ),
        filters: sumarConteos(respuestas.map((r) => r!.filters)),
      };
    },
  };
}

/**
 * Sorted searches with the sort lists the index step moved out of Pagefind's metadata (src/lib/metadatos-del-indice.ts):
 * Pagefind searches unsorted and the results are sorted here as Pagefind would. `lugares` gives a sort key's list,
 * every part's pages by name; a key no part has leaves the results unsorted, as in Pagefind.
 */
export function conOrdenes(pf: Pagefind, lugares: (clave: string) => Promise<ReadonlyMap<string, number> | undefined>): Pagefind {
  return {
    ...pf,
    search: async (termino, o) => {
      const [orden] = Object.entries(o?.sort ?? {});
      if (!orden) return pf.search(termino, o);
      const [respuesta, lista] = await Promise.all([pf.search(termino, { ...o, sort: undefined }), lugares(orden[0])]);
      return respuesta && lista ? { ...respuesta, results: ordenarComoPagefind(respuesta.results, lista, orden[1]) } : respuesta;
    },
  };
}
