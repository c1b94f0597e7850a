/**
 * Pagefind's metadata file, lightened. Every search downloads it whole before anything else, and at 10,000
 * convenios (12,474 pages) 26 KB of its 125 KB (gzip) were the word count of each page: numbers of every size, which
 * barely compress. Pagefind only uses them to weigh a page by its length (BM25), and this site's RANKING turns that
 * off (src/lib/busqueda.ts), so every page is given the mean count instead: the mean Pagefind derives from them stays
 * what it was, and so does every score.
 */
import { decode, encode } from 'cborg';

type Pagina = [hash: string, palabras: number, ...resto: unknown[]];

const esPagina = (p: unknown): p is Pagina =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'string' && Number.isInteger(p[1]) && (p[1] as number) >= 0;

/**
 * The metadata (CBOR, after Pagefind's signature: version, pages as [hash, word count, …], then chunks, filters and
 * sorts) with every page's word count set to their mean, rounded. Throws if the pages are not where Pagefind 1.6
 * puts them.
 */
export function conLargoUniforme(cbor: Uint8Array): Uint8Array {
  const meta = decode(cbor) as unknown;
  if (!Array.isArray(meta) || !Array.isArray(meta[1]) || !meta[1].every(esPagina)) {
    throw new Error('los metadatos de Pagefind no tienen la lista de páginas que se esperaba (¿cambió su formato?)');
  }
  const paginas = meta[1] as Pagina[];
  if (paginas.length === 0) return cbor;
  const media = Math.round(paginas.reduce((s, p) => s + p[1], 0) / paginas.length);
  return encode([meta[0], paginas.map(([hash, , ...resto]) => [hash, media, ...resto]), ...meta.slice(2)]);
}
