/**
 * A page's indexed article without what Pagefind skips anyway. Pagefind's time grows with the bytes it parses, and so
 * does the clean-up before it: at 10,000 convenios half of an article's bytes were elements marked
 * data-pagefind-ignore (labels, the status table, explanations) and attributes it never reads (class, href,
 * aria-*). Without them it writes the same index, byte for byte (tests/build/indice-busqueda).
 */

/** Attributes Pagefind reads: anchors (id), language, image text (alt), its own marks and the values they point to. */
const ATRIBUTO_LEIDO = /^(?:id|lang|alt|data-pagefind-[\w-]+|data-valor)$/;
/** One start tag whose attribute values are all double-quoted, as Astro writes them. */
const ETIQUETA = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'<>/=]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const ATRIBUTO = /\s+([^\s"'<>/=]+)(?:="([^"]*)")?/g;
const VACIOS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Markup whose content is not plain elements and text: a page with any of it goes as it is. */
const NO_SIMPLE = /<(?:script|style|template|svg|math|textarea)\b|<!--|<!\[CDATA\[/i;
const MARCA = /\bdata-pagefind-(?:filter|meta|sort)\b/;

/** Where the element opened at `desde` (after its start tag) closes, counting same-named elements inside it; -1 if it does not. */
function finDelElemento(html: string, nombre: string, desde: number): number {
  const etiqueta = new RegExp(`<(/?)${nombre}(?=[\\s>/])(?:"[^"]*"|[^"<>])*>`, 'gi');
  etiqueta.lastIndex = desde;
  let abiertos = 1;
  for (let m = etiqueta.exec(html); m; m = etiqueta.exec(html)) {
    if (m[1]) {
      if (--abiertos === 0) return m.index + m[0].length;
    } else if (!m[0].endsWith('/>')) abiertos++;
  }
  return -1;
}

/** The attributes Pagefind reads, and whether the element is ignored (data-pagefind-ignore, empty, «index» or «all»). */
function leerAtributos(atributos: string): { leidos: string; ignorado: boolean } {
  let leidos = '';
  let ignorado = false;
  for (const [, nombre, valor] of atributos.matchAll(ATRIBUTO)) {
    if (nombre === 'data-pagefind-ignore') ignorado = valor === undefined || ['', 'index', 'all'].includes(valor);
    if (ATRIBUTO_LEIDO.test(nombre!)) leidos += valor === undefined ? ` ${nombre}` : ` ${nombre}="${valor}"`;
  }
  return { leidos, ignorado };
}

/**
 * The article without ignored elements that hold no filter, metadata or sort mark (Pagefind reads those even in an
 * ignored element) and without the attributes Pagefind does not read. Anything it cannot be sure of (a comment, a
 * script, an element that does not close) is left as it is.
 */
export function sinLoQueNoSeIndexa(html: string): string {
  if (NO_SIMPLE.test(html)) return html;
  let salida = '';
  let desde = 0;
  ETIQUETA.lastIndex = 0;
  for (let m = ETIQUETA.exec(html); m; m = ETIQUETA.exec(html)) {
    const [etiqueta, nombre, atributos, cierre] = m;
    const finDeEtiqueta = m.index + etiqueta.length;
    const { leidos, ignorado } = leerAtributos(atributos!);
    if (ignorado && !cierre && !VACIOS.has(nombre!.toLowerCase())) {
      const fin = finDelElemento(html, nombre!, finDeEtiqueta);
      if (fin !== -1 && !MARCA.test(html.slice(m.index, fin))) {
        salida += html.slice(desde, m.index);
        desde = ETIQUETA.lastIndex = fin;
        continue;
      }
    }
    salida += `${html.slice(desde, m.index)}<${nombre}${leidos}${cierre}>`;
    desde = finDeEtiqueta;
  }
  return salida + html.slice(desde);
}
