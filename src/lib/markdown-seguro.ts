import { defineHastPlugin, defineMdastPlugin, markdownToMdast, type MdastNode } from 'satteri';

// Convenio bodies are typed by public offices: whatever they write is shown, nothing they write runs.

/** Schemes a link in published text may use; anything else (javascript:, data:, vbscript:, file:…) never reaches a page. */
export const ESQUEMAS_PERMITIDOS = ['http', 'https', 'mailto'] as const;

/**
 * The scheme a browser would see in a URL, lowercased, or undefined for a relative URL.
 * Browsers drop control characters and spaces around a URL and tabs and newlines inside it,
 * so "java\tscript:" is javascript: to them: the same cleaning happens here first.
 */
export function esquemaDe(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const limpia = url.replace(/[\u0000-\u0020\u007F]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(limpia)?.[1]?.toLowerCase();
}

/** Whether a link target is a public web address, an e-mail address or a path within the site. */
export function enlacePermitido(url: string): boolean {
  const esquema = esquemaDe(url);
  return esquema === undefined || (ESQUEMAS_PERMITIDOS as readonly string[]).includes(esquema);
}

/** Whether a URL leaves the site (another host, or protocol-relative //host). */
export function esExterno(url: string): boolean {
  const esquema = esquemaDe(url);
  return esquema === 'http' || esquema === 'https' || /^\s*\/\//.test(url);
}

export interface EnlaceProhibido {
  /** Line within the body (1 = its first line). */
  linea: number;
  url: string;
  /** What it is, as a message names it: "enlace no permitido", "imagen no permitida"… */
  tipo: 'enlace no permitido' | 'imagen no permitida' | 'definición de enlace no permitida';
}

// Only these can carry a scheme in Markdown: inline links and images "](", reference definitions "]:",
// autolinks "<scheme:". GFM's bare autolinks are always http(s) or www.
const PUEDE_ENLAZAR = /\]\(|\]:|<[a-z][a-z0-9+.-]*:/i;

/** Links, images and link definitions of a Markdown body whose target uses a forbidden scheme. */
export function enlacesProhibidos(cuerpo: string): EnlaceProhibido[] {
  if (!PUEDE_ENLAZAR.test(cuerpo)) return [];
  const hallados: EnlaceProhibido[] = [];
  const TIPOS = { link: 'enlace no permitido', image: 'imagen no permitida', definition: 'definición de enlace no permitida' } as const;
  const recorrer = (nodo: MdastNode) => {
    const tipo = TIPOS[nodo.type as keyof typeof TIPOS];
    if (tipo && 'url' in nodo && typeof nodo.url === 'string' && !enlacePermitido(nodo.url)) {
      hallados.push({ linea: nodo.position?.start.line ?? 1, url: nodo.url, tipo });
    }
    if ('children' in nodo && Array.isArray(nodo.children)) for (const hijo of nodo.children as MdastNode[]) recorrer(hijo);
  };
  recorrer(markdownToMdast(cuerpo, { features: { gfm: true } }));
  return hallados;
}

/** Raw HTML in a body becomes visible text: <script> reads as "<script>" and does nothing. */
export const htmlComoTexto = defineMdastPlugin({
  name: 'convenios-abiertos:html-como-texto',
  html(nodo, ctx) {
    const texto = { type: 'text', value: nodo.value } as const;
    // An HTML block stands where a paragraph would: it becomes one, so the text keeps its place.
    const enLinea =
      ctx.parent(nodo)?.type === 'paragraph' || ctx.parent(nodo)?.type === 'heading' || ctx.parent(nodo)?.type === 'tableCell';
    ctx.replaceNode(nodo, enLinea ? texto : { type: 'paragraph', children: [texto] });
  },
});

const REL_EXTERNO = ['noopener', 'noreferrer'];

/**
 * Ids the convenio page gives its own parts (src/pages/convenios/[id].astro, src/layouts/Base.astro).
 * A body heading whose id would repeat one ("## Compromisos") gets "texto-" in front instead, so the
 * page keeps unique ids and its own anchors. tests/build/hostil.test.ts checks the list is complete.
 */
export const IDS_DE_PAGINA = [
  'buscar-cabecera',
  'contenido',
  'estados-tabla',
  'calidad',
  'compromisos',
  'hallazgos',
  'partes',
  'reglas',
  'fuente',
  'texto',
];
// «asm-»: the anchor of a federal ASM, its ID_ASM as the SHCP publishes it (TarjetaCompromiso).
export const PREFIJOS_DE_PAGINA = ['compromiso-', 'asm-'];

/** Close enough to github-slugger (what Astro uses) for the ASCII ids above. */
function slug(texto: string): string {
  return texto
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * Last line of defence after validation: a link with a forbidden scheme loses its href (its text stays),
 * an image with one becomes its alt text, an image from another site becomes a link to it (no request to
 * another origin when the page loads), and every external link gets rel="noopener noreferrer".
 */
export const enlacesSeguros = defineHastPlugin({
  name: 'convenios-abiertos:enlaces-seguros',
  element: {
    filter: ['a', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    visit(nodo, ctx) {
      const p = nodo.properties ?? {};
      if (nodo.tagName.startsWith('h')) {
        // Only convenio bodies (Markdown), not the site's own MDX pages.
        if (ctx.sourceFormat !== 'markdown') return;
        const id = slug(ctx.textContent(nodo));
        const choca = typeof p.id !== 'string' && (IDS_DE_PAGINA.includes(id) || PREFIJOS_DE_PAGINA.some((x) => id.startsWith(x)));
        const propiedades = choca ? { ...p, id: `texto-${id}` } : p;
        // The page has its one h1: a "# " in a body becomes a section heading.
        if (nodo.tagName === 'h1') ctx.replaceNode(nodo, { ...nodo, tagName: 'h2', properties: propiedades });
        else if (choca) ctx.setProperty(nodo, 'id', propiedades.id);
        return;
      }
      if (nodo.tagName === 'a') {
        const href = typeof p.href === 'string' ? p.href : undefined;
        if (href === undefined) return;
        if (!enlacePermitido(href)) ctx.setProperty(nodo, 'href', undefined);
        else if (esExterno(href)) ctx.setProperty(nodo, 'rel', REL_EXTERNO);
        return;
      }
      const src = typeof p.src === 'string' ? p.src : '';
      const alt = typeof p.alt === 'string' && p.alt.trim() ? p.alt : 'imagen';
      if (!enlacePermitido(src)) {
        ctx.replaceNode(nodo, { type: 'text', value: alt });
      } else if (esExterno(src)) {
        ctx.replaceNode(nodo, {
          type: 'element',
          tagName: 'a',
          properties: { href: src, rel: REL_EXTERNO },
          children: [{ type: 'text', value: `${alt} (imagen en otro sitio)` }],
        });
      }
    },
  },
  // Raw nodes only appear if HTML slipped past htmlComoTexto: show it, never emit it.
  raw(nodo, ctx) {
    ctx.replaceNode(nodo, { type: 'text', value: nodo.value });
  },
});
