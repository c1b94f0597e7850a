/**
 * Pagefind's metadata file, lightened. Every search downloads it whole before anything else; at 10,000 convenios
 * (12,474 pages) it weighed 125 KB (gzip), and two things in it barely compress:
 * - the word count of each page (26 KB): numbers of every size. Pagefind only uses them to weigh a page by its length
 *   (BM25), and this site's RANKING turns that off (src/lib/busqueda.ts), so every page is given the mean count
 *   instead: the mean Pagefind derives from them stays what it was, and so does every score (conLargoUniforme);
 * - the name of each page (58 KB): a hash of its fragment, 7 random hex digits. Pagefind only uses it to name the
 *   fragment file and as the result's id, so pages are renamed by their number (conNombresCortos).
 */
import { decode, encode } from 'cborg';
import { nombreDePagina } from './partes-del-indice.ts';

/** Characters of the prefix every page name of a part starts with (conNombresCortos). */
export const LARGO_DEL_PREFIJO = 6;

type Pagina = [hash: string, palabras: number, ...resto: unknown[]];

function leer(cbor: Uint8Array): [unknown[], Pagina[]] {
  const meta = decode(cbor) as unknown;
  if (!Array.isArray(meta) || !Array.isArray(meta[1]) || !meta[1].every(esPagina)) {
    throw new Error('los metadatos de Pagefind no tienen la lista de páginas que se esperaba (¿cambió su formato?)');
  }
  return [meta, meta[1] as Pagina[]];
}

const esPagina = (p: unknown): p is Pagina =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'string' && Number.isInteger(p[1]) && (p[1] as number) >= 0;

/**
 * The metadata (CBOR, after Pagefind's signature: version, pages as [hash, word count, …], then chunks, filters and
 * sorts) with every page's word count set to their mean, rounded. Throws if the pages are not where Pagefind 1.6
 * puts them.
 */
export function conLargoUniforme(cbor: Uint8Array): Uint8Array {
  const [meta, paginas] = leer(cbor);
  if (paginas.length === 0) return cbor;
  const media = Math.round(paginas.reduce((s, p) => s + p[1], 0) / paginas.length);
  return encode([meta[0], paginas.map(([hash, , ...resto]) => [hash, media, ...resto]), ...meta.slice(2)]);
}

/** The name of each page, in page order. */
export const nombresDePagina = (cbor: Uint8Array): string[] => leer(cbor)[1].map(([nombre]) => nombre);

/**
 * The metadata with each page renamed `prefijo` followed by its number in base 36, and each renaming, old name to
 * new, in page order. Numbered names compress to less than half of Pagefind's hashes (at 12,474 pages, 95 KB of
 * metadata down to 68). The prefix must come from the part's content (the caller hashes the old names): a rebuild
 * that changes any page then changes every name, and no browser or cache can serve an old fragment under a name a
 * different page took. It is LARGO_DEL_PREFIJO letters and digits, so names stay unique and never take an old
 * name (Pagefind's have an underscore).
 */
export function conNombresCortos(cbor: Uint8Array, prefijo: string): { cbor: Uint8Array; nombres: [string, string][] } {
  if (!new RegExp(`^[a-z0-9]{${LARGO_DEL_PREFIJO}}$`).test(prefijo)) {
    throw new Error(`el prefijo de los nombres de página debe tener ${LARGO_DEL_PREFIJO} letras minúsculas o dígitos, no «${prefijo}»`);
  }
  const [meta, paginas] = leer(cbor);
  const nombres = paginas.map(([hash], i): [string, string] => [hash, nombreDePagina(prefijo, i)]);
  const anteriores = new Set(paginas.map(([hash]) => hash));
  if (anteriores.size !== paginas.length) throw new Error('los metadatos de Pagefind repiten el nombre de una página');
  if (nombres.some(([, nuevo]) => anteriores.has(nuevo))) throw new Error(`el prefijo «${prefijo}» daría a una página el nombre de otra`);
  const renombradas = paginas.map(([, ...resto], i) => [nombres[i]![1], ...resto]);
  return { cbor: encode([meta[0], renombradas, ...meta.slice(2)]), nombres };
}

/** An index chunk in the metadata: a prefix of its first word, of its last, and its file's name. */
export type TrozoDelIndice = [desde: string, hasta: string, archivo: string];

const esTrozo = (t: unknown): t is TrozoDelIndice => Array.isArray(t) && t.length === 3 && t.every((x) => typeof x === 'string');

function leerTrozos(cbor: Uint8Array): [unknown[], TrozoDelIndice[]] {
  const [meta] = leer(cbor);
  const trozos = meta[2];
  if (!Array.isArray(trozos) || !trozos.every(esTrozo)) {
    throw new Error('los metadatos de Pagefind no tienen la lista de trozos que se esperaba (¿cambió su formato?)');
  }
  return [meta, trozos];
}

/** The index chunks the metadata lists, in order. */
export const trozosDeMetadatos = (cbor: Uint8Array): TrozoDelIndice[] => leerTrozos(cbor)[1];

/** The metadata with the index chunks `nombres` names (old name to new) renamed: chunks the index step rewrote. */
export function conTrozosRenombrados(cbor: Uint8Array, nombres: ReadonlyMap<string, string>): Uint8Array {
  const [meta, trozos] = leerTrozos(cbor);
  if (nombres.size === 0) return cbor;
  return encode([
    ...meta.slice(0, 2),
    trozos.map(([desde, hasta, nombre]) => [desde, hasta, nombres.get(nombre) ?? nombre]),
    ...meta.slice(3),
  ]);
}

/** A sort Pagefind wrote: its key (data-pagefind-sort) and the numbers of the pages that have it, by its value. */
export type OrdenDelIndice = [clave: string, paginas: number[]];

const esOrden = (o: unknown): o is OrdenDelIndice =>
  Array.isArray(o) && o.length === 2 && typeof o[0] === 'string' && Array.isArray(o[1]) && o[1].every((p) => Number.isInteger(p));

/**
 * The metadata without its sorts, and the sorts. Pagefind puts in the metadata, which every search downloads, one
 * list of every sortable page per sort key (at 10,000 convenios 26 of its 68 KB), though only a sorted search reads
 * them: /buscar/ loads each apart when it sorts by it (src/cliente/pagefind-partes.ts).
 */
export function sinOrdenes(cbor: Uint8Array): { cbor: Uint8Array; ordenes: OrdenDelIndice[] } {
  const [meta] = leer(cbor);
  const ordenes = meta[4];
  if (!Array.isArray(ordenes) || !ordenes.every(esOrden)) {
    throw new Error('los metadatos de Pagefind no tienen la lista de órdenes que se esperaba (¿cambió su formato?)');
  }
  return { cbor: encode([...meta.slice(0, 4), [], ...meta.slice(5)]), ordenes };
}
