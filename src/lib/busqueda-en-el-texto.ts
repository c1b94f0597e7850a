/**
 * Where, in a result's text, the phrases checked there (frasesCaras) or quoted are. Pagefind builds a result's
 * sub-results (one per commitment) and its excerpt from the places of the words it was asked for: a word checked in
 * the text was never asked, and of a quoted phrase it gives the first place only, none when it matched in the
 * title. Without this such a result linked to the top of a page with dozens of commitments and showed an excerpt
 * without the words.
 */
import { ANCLA_DE_COMPROMISO, palabrasSinVacias, raicesDeLaFrase, type Subresultado } from './busqueda.ts';

/** An element with an id in a result's text, as Pagefind gives it: `location` is the word it starts at. */
export interface Ancla {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

/** A result as Pagefind keeps it: its text with function words still coded (src/lib/palabras-vacias.ts). */
export interface TextoDelResultado {
  url: string;
  contenido: string;
  anclas: readonly Ancla[];
  /** The words Pagefind matched, by position. */
  ubicaciones: readonly number[];
}

export interface FrasesEnElTexto {
  /** The commitment that holds every phrase, linked and with its excerpt, as compromisoCoincidente claims one. */
  compromiso?: Subresultado;
  /** Around the first place with every phrase's first word, when no commitment holds them all. */
  extracto?: string;
}

// Pagefind's own word separator (pagefind.js), so that positions count as its do.
const SEPARADOR = /[^\S\uFEFF]+/;

const escapar = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A searchable word of the text and the position of the text's word that holds it. */
interface Pieza {
  w: string;
  i: number;
}

/** A phrase's places in the text: the positions of its words, in order. */
function lugaresDe(piezas: readonly Pieza[], frase: string): number[][] {
  const raices = raicesDeLaFrase(frase);
  if (raices.length === 0) return [];
  const lugares: number[][] = [];
  for (let k = 0; k + raices.length <= piezas.length; k++) {
    if (raices.every((r, j) => piezas[k + j]!.w.startsWith(r))) lugares.push(raices.map((_, j) => piezas[k + j]!.i));
  }
  return lugares;
}

/** The words [inicio, fin) of the text around `centro`, escaped, with Pagefind's matches marked. */
function extractoEn(palabras: readonly string[], ubicaciones: ReadonlySet<number>, centro: number, tramo: [number, number], largo: number) {
  const [desde, hasta] = tramo;
  const inicio = Math.max(desde, Math.min(centro - Math.floor(largo / 3), hasta - largo));
  return palabras
    .slice(inicio, Math.min(hasta, inicio + largo))
    .map((p, j) => (ubicaciones.has(inicio + j) ? `<mark>${escapar(p)}</mark>` : escapar(p)))
    .join(' ')
    .trim();
}

/**
 * Where the checked phrases are in a result. A commitment is claimed when every phrase is inside it and, with
 * Pagefind's matches there, it has at least as many matched words as the search (`palabras`), as
 * compromisoCoincidente claims one; the most matched words wins, ties keep page order. Texts come back with
 * function words still coded, as Pagefind's do. `largo`: the excerpt's words, as Pagefind's excerptLength.
 */
export function frasesEnElTexto(r: TextoDelResultado, frases: readonly string[], palabras: number, largo: number): FrasesEnElTexto {
  const texto = r.contenido.split(SEPARADOR);
  // One word of the text may hold several searchable ones («PbRM-08b»): each keeps its word's position.
  const piezas = texto.flatMap((p, i) => palabrasSinVacias(p).map((w) => ({ w, i })));
  const lugares = frases.map((f) => lugaresDe(piezas, f));
  if (lugares.length === 0 || lugares.some((l) => l.length === 0)) return {};
  const ubicaciones = new Set(r.ubicaciones);
  // The sections Pagefind cuts a result into: from each titled anchor to the next (pagefind.js, calculate_sub_results).
  const anclas = r.anclas
    .filter((a) => /\S/.test(a.title ?? '') || (/^h\d$/i.test(a.element) && /\S/.test(a.text ?? '')))
    .sort((a, b) => a.location - b.location);
  let mejor: { ancla: Ancla; tramo: [number, number]; centro: number; puntos: number } | undefined;
  anclas.forEach((ancla, k) => {
    if (!ANCLA_DE_COMPROMISO.test(ancla.id)) return;
    const tramo: [number, number] = [ancla.location, anclas[k + 1]?.location ?? texto.length];
    const dentro = (i: number) => i >= tramo[0] && i < tramo[1];
    const suyos = lugares.map((ls) => ls.filter((l) => l.every(dentro)));
    if (suyos.some((ls) => ls.length === 0)) return;
    const puntos = suyos.flat(2).length + [...ubicaciones].filter(dentro).length;
    if (puntos >= palabras && puntos > (mejor?.puntos ?? 0)) mejor = { ancla, tramo, centro: suyos[0]![0]![0]!, puntos };
  });
  if (mejor) {
    const url = new URL(r.url, 'https://x.invalid');
    url.hash = mejor.ancla.id;
    return {
      compromiso: {
        title: mejor.ancla.title || mejor.ancla.text || '',
        url: `${url.pathname}${url.search}${url.hash}`,
        excerpt: extractoEn(texto, ubicaciones, mejor.centro, mejor.tramo, largo),
        anchor: { id: mejor.ancla.id },
      },
    };
  }
  return { extracto: extractoEn(texto, ubicaciones, lugares[0]![0]![0]!, [0, texto.length], largo) };
}
