/**
 * How the index step cuts a part's pages into batches, each indexed by Pagefind on its own and kept for the next
 * build (src/cli/lotes-del-indice-fs.ts), and how Pagefind names a page by its path.
 */

/**
 * Pages per batch, on average (at most twice as many). A rebuild indexes again every page of the batch an edit
 * touched. At 10,000 convenios, 250 instead of 500 took the full index step the same (61.5 s with 52 batches, 61 s
 * with 30: Pagefind starts in ≈ 0.2 s) and a rebuild's index 7.8 s instead of 9.3 s when the edited page's batch was
 * of 1,000 pages.
 */
export const PAGINAS_POR_LOTE = 250;

/** FNV-1a of a string's UTF-16 units: a fixed, fast hash, so batch bounds do not depend on anything but the path. */
function fnv1a(texto: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < texto.length; i++) h = Math.imul(h ^ texto.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Sorted paths cut into batches of consecutive paths: a batch ends before a path whose hash is a multiple of
 * `porLote`, or at twice `porLote` pages. Bounds come from the paths, not from how many came before, so adding or
 * removing a page changes its own batch (and a batch cut at its size, the ones after it up to the next bound).
 */
export function cortarEnLotes(rutas: readonly string[], porLote = PAGINAS_POR_LOTE): string[][] {
  if (!(porLote >= 1)) throw new Error(`cortarEnLotes: se esperaba un tamaño de lote de 1 o más, no ${porLote}`);
  const lotes: string[][] = [];
  let lote: string[] = [];
  for (const ruta of rutas) {
    if (lote.length > 0 && (fnv1a(ruta) % porLote === 0 || lote.length >= 2 * porLote)) {
      lotes.push(lote);
      lote = [];
    }
    lote.push(ruta);
  }
  if (lote.length > 0) lotes.push(lote);
  return lotes;
}

/** The URL Pagefind 1.6 gives a page from its path in the site, with / between folders (its build_url). */
export function urlDePagefind(ruta: string): string {
  const url = ruta.endsWith('/index.html') ? ruta.slice(0, -'index.html'.length) : ruta === 'index.html' ? '' : ruta;
  return `/${url}`;
}
