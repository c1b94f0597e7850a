/**
 * From tesseract's word boxes to positioned pieces, and the second look at the words it was not
 * sure of. Pure: rendering pages and running tesseract is src/importador/ocr-fs.ts's job.
 */
import type { Pieza } from './posiciones.ts';
import { ampliar, blanquear, cajaDe, componentes, glifos, recortar, voladitaFinal, type Caja, type Raster } from './raster.ts';

/** A word the OCR read with less confidence than this is marked as unsure («⟦…⟧») and never used as a value. */
export const CONFIANZA_MINIMA = 65;

/**
 * A second reading of a word alone vouches for the first when it reads the same with at least the
 * confidence one reading needs on its own: two readings that agree are no weaker than one.
 */
export const CONFIANZA_RELECTURA = CONFIANZA_MINIMA;

/** A raised glyph read alone, out of any word, must be read with this confidence to count. */
const CONFIANZA_GLIFO = 80;

/** Straight and curly quotes look alike to the OCR: a quoted word needs this much confidence. */
const CONFIANZA_COMILLAS = 85;

const COMILLAS = /["“”'‘’«»]/g;

/** How sure a word is: sure, unsure only of its quotes (straight or curly), or unsure. */
export type Duda = 'no' | 'comillas' | 'si';

/**
 * Readings that are usually OCR slips even with good confidence: an asterisk or a stray symbol
 * inside a word («02*» for «02ª»), a letter O, l or I against a digit («PbRMO8b»), a Roman numeral
 * with a lowercase l or a one in it («XXIIl»), or a capital «O»/«Y» alone next to lowercase words
 * (the conjunction «o», «y»). They are marked unsure too, so the value is listed instead of guessed.
 */
export function duda(texto: string, conf: number, previa?: string, siguiente?: string): Duda {
  if (conf < CONFIANZA_MINIMA) return 'si';
  if (/[*¢©€%§¶~^]/.test(texto)) return 'si';
  if (/[OlI]\d|\d[OlI]/.test(texto)) return 'si';
  const romano = texto.replace(/[,.;:]+$/, '');
  if (/^[IVXl1!]+$/.test(romano) && /[IVX]/.test(romano) && /[l1!]/.test(romano)) return 'si';
  if (
    /^[OY]$/.test(texto) &&
    ((previa !== undefined && /\p{Ll}[,;]?$/u.test(previa)) || (siguiente !== undefined && /^\p{Ll}/u.test(siguiente)))
  )
    return 'si';
  if (new RegExp(COMILLAS.source).test(texto) && conf < CONFIANZA_COMILLAS) return 'comillas';
  return 'no';
}

/** The word as it goes into the text: «⟦…⟧» around it when unsure, around its quotes alone when only they are. */
export function marcar(texto: string, d: Duda): string {
  if (d === 'si') return `⟦${texto}⟧`;
  if (d === 'comillas') return texto.replace(COMILLAS, '⟦$&⟧');
  return texto;
}

/** One word of tesseract's TSV: its box in pixels of the page image. */
export interface PalabraTsv {
  /** Block, paragraph and line: words of one OCR line share it. */
  linea: string;
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
  /** As read, without the table rules («|») stuck to its ends. */
  texto: string;
  /** As read. */
  crudo: string;
}

/** The words of one TSV page and the page's height in pixels. Table rules read alone («|», «[», «_») are left out. */
export function leerTsv(tsv: string): { alto: number; palabras: PalabraTsv[] } {
  let alto = 0;
  const palabras: PalabraTsv[] = [];
  for (const f of tsv
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))) {
    if (f.length < 12) continue;
    const [nivel, , bloque, parrafo, linea, , left, top, width, height, conf, ...resto] = f;
    const crudo = resto.join('\t').trim();
    if (nivel === '1') alto = Number(top) + Number(height);
    if (nivel !== '5' || crudo === '' || /^[|¦![\]_—–=-]+$/.test(crudo)) continue;
    const texto = crudo.replace(/^[|¦]+|[|¦]+$/g, '');
    if (!texto) continue;
    palabras.push({
      linea: `${bloque}.${parrafo}.${linea}`,
      left: Number(left),
      top: Number(top),
      width: Number(width),
      height: Number(height),
      conf: Number(conf),
      texto,
      crudo,
    });
  }
  return { alto, palabras };
}

/** Each word with the words before and after it on its OCR line. */
export function vecinas(palabras: PalabraTsv[]): { previa?: string; siguiente?: string }[] {
  return palabras.map((p, i) => ({
    previa: palabras[i - 1]?.linea === p.linea ? palabras[i - 1]!.texto : undefined,
    siguiente: palabras[i + 1]?.linea === p.linea ? palabras[i + 1]!.texto : undefined,
  }));
}

/** How a word was finally read: its text and how sure. */
export interface Lectura {
  texto: string;
  duda: Duda;
}

export interface PaginaOcr {
  pagina: number;
  dpi: number;
  /** Page height in points. */
  altoPagina: number;
  piezas: Pieza[];
  palabras: number;
  dudosas: number;
  confianzaMedia: number;
}

/**
 * Word boxes of one TSV page, as pieces in PDF points (origin bottom left). Each word takes its OCR
 * line's box as height and baseline, so words of one printed line align. `lecturas` (by word
 * index) are what the second look made of the words it looked at again.
 */
export function piezasDeTsv(tsv: string, dpi: number, pagina: number, lecturas: Map<number, Lectura> = new Map()): PaginaOcr {
  const { alto, palabras } = leerTsv(tsv);
  return piezasDePalabras(palabras, alto, dpi, pagina, lecturas);
}

export function piezasDePalabras(
  palabras: PalabraTsv[],
  altoPx: number,
  dpi: number,
  pagina: number,
  lecturas: Map<number, Lectura> = new Map(),
): PaginaOcr {
  const escala = 72 / dpi;
  const lineas = new Map<string, number[]>();
  palabras.forEach((p, i) => lineas.set(p.linea, [...(lineas.get(p.linea) ?? []), i]));
  const alrededor = vecinas(palabras);
  const piezas: Pieza[] = [];
  let suma = 0;
  let dudosas = 0;
  for (const indices of lineas.values()) {
    const ws = indices.map((i) => palabras[i]!);
    // The line's baseline: the usual bottom of its words (descenders go lower); its size: the tallest word.
    const fondos = ws.map((w) => w.top + w.height).sort((a, b) => a - b);
    const base = fondos[Math.floor((fondos.length - 1) / 2)]!;
    const altoLinea = Math.max(...ws.map((w) => w.height)) * escala;
    for (const i of indices) {
      const w = palabras[i]!;
      const l = lecturas.get(i) ?? { texto: w.texto, duda: duda(w.texto, w.conf, alrededor[i]!.previa, alrededor[i]!.siguiente) };
      suma += w.conf;
      if (l.duda !== 'no') dudosas++;
      piezas.push({
        texto: marcar(l.texto, l.duda),
        x0: w.left * escala,
        x1: (w.left + w.width) * escala,
        y: (altoPx - base) * escala,
        alto: altoLinea,
        pagina,
        confianza: w.conf,
      });
    }
  }
  return {
    pagina,
    dpi,
    altoPagina: altoPx * escala,
    piezas,
    palabras: piezas.length,
    dudosas,
    confianzaMedia: piezas.length ? suma / piezas.length : 0,
  };
}

/** The words of a page worth a second look: the unsure ones (an illegible page is not worth it). */
export function palabrasAReleer(palabras: PalabraTsv[], maximo = 150): number[] {
  const alrededor = vecinas(palabras);
  const indices = palabras.flatMap((p, i) => (duda(p.texto, p.conf, alrededor[i]!.previa, alrededor[i]!.siguiente) === 'no' ? [] : [i]));
  return indices.length > maximo ? [] : indices;
}

/** What the second look reads for one word: images to read again with tesseract and the shapes of its glyphs. */
export interface Recortes {
  /** The word alone on white, to read as one line. */
  palabra: Raster;
  /** The same without a raised glyph at its end («02ª» → «02»), when it has one. */
  sinVolada?: Raster;
  /** That raised glyph alone and enlarged, to read as one character. */
  volada?: Raster;
  /** Whether the raised glyph has a bar under it (the ordinal «º» has one, the degree sign «°» not). */
  conBarra: boolean;
  /** Width over height of each glyph, left to right. */
  proporciones: number[];
}

/** Cuts a word out of its page image (and its raised final glyph, if any) for the second look. */
export function recortarPalabra(pagina: Raster, p: PalabraTsv): Recortes {
  const caja: Caja = { x0: p.left - 2, y0: p.top - 2, x1: p.left + p.width + 2, y1: p.top + p.height + 2 };
  const margen = Math.max(8, Math.round(p.height * 0.5));
  const sola = recortar(pagina, caja, 0);
  const piezas = componentes(sola);
  const gs = glifos(piezas);
  const proporciones = gs.map((g) => (g.x1 - g.x0) / Math.max(1, g.y1 - g.y0));
  const enMargen = (r: Raster) => recortar(r, { x0: 0, y0: 0, x1: r.ancho, y1: r.alto }, margen);
  const v = voladitaFinal(gs);
  if (!v) return { palabra: enMargen(sola), conBarra: false, proporciones };
  const zona = cajaDe(v.glifos);
  const dentro = piezas.filter((c) => c.x0 >= zona.x0 && c.x1 <= zona.x1 && c.y0 >= zona.y0 && c.y1 <= zona.y1);
  const medio = (zona.y0 + zona.y1) / 2;
  const barras = dentro.filter((c) => c.y1 - c.y0 <= 0.3 * (c.x1 - c.x0) && c.y0 >= medio);
  const letra = dentro.filter((c) => !barras.includes(c));
  if (letra.length === 0) return { palabra: enMargen(sola), conBarra: false, proporciones };
  const cajaLetra = cajaDe(letra);
  const glifo = blanquear(
    recortar(sola, cajaLetra, 0),
    barras.map((b) => ({ x0: b.x0 - cajaLetra.x0, y0: b.y0 - cajaLetra.y0, x1: b.x1 - cajaLetra.x0, y1: b.y1 - cajaLetra.y0 })),
  );
  // Enlarged to some 40 pixels, a size tesseract reads well, with room around it.
  const veces = Math.max(2, Math.round(40 / Math.max(1, glifo.alto)));
  const grande = ampliar(glifo, veces);
  return {
    palabra: enMargen(sola),
    sinVolada: enMargen(blanquear(sola, [zona])),
    volada: recortar(grande, { x0: 0, y0: 0, x1: grande.ancho, y1: grande.alto }, margen),
    conBarra: barras.length > 0,
    proporciones,
  };
}

/** A reading of the second look: its text (words joined by spaces) and its lowest word confidence. */
export interface Relectura {
  texto: string;
  conf: number;
}

/** What the second look read from a word's images. */
export interface Mirada {
  /** The word ends in a raised glyph (an ordinal's «a», a closing quote, a footnote's number). */
  conVolada: boolean;
  palabra?: Relectura;
  sinVolada?: Relectura;
  volada?: Relectura;
  conBarra: boolean;
  proporciones: number[];
}

/**
 * A letter O next to a digit whose glyph is as narrow as a digit is a zero: in common typefaces a
 * zero is about 0.6–0.75 as wide as tall and a capital O 0.85–1.05. Only when glyphs and
 * characters pair one to one; an O in between stays an O (and the word unsure).
 */
export function ceros(texto: string, proporciones: number[]): string {
  const letras = [...texto];
  if (letras.length !== proporciones.length) return texto;
  return letras
    .map((c, i) => (c === 'O' && (/\d/.test(letras[i - 1] ?? '') || /\d/.test(letras[i + 1] ?? '')) && proporciones[i]! <= 0.8 ? '0' : c))
    .join('');
}

/**
 * The first reading and a second one agree: the same text, or the same once table rules stuck to
 * the first reading's ends are left out («[características» read alone as «características»).
 */
function coinciden(crudo: string, texto: string, segunda: string): boolean {
  return segunda === texto || segunda === sinBordes(crudo);
}

/** A word without table rules at its ends: bars always, a bracket only when it has no partner. */
function sinBordes(crudo: string): string {
  let t = crudo.replace(/^[|¦]+|[|¦]+$/g, '');
  if (!t.includes(']')) t = t.replace(/^\[+/, '');
  if (!t.includes('[')) t = t.replace(/\]+$/, '');
  return t;
}

/**
 * What a word reads after the second look. Its own reading stands when it is sure once narrow
 * O's are read as zeros. Otherwise the word read again alone must give the same text with
 * confidence; an ordinal's raised «a» or «o» after digits («02ª», «1º»), which the OCR cannot
 * read, is read alone and written «ª»/«º» when the rest of the word reads the same both times.
 * Anything else stays as first read, and unsure.
 */
export function resolverPalabra(p: PalabraTsv, m: Mirada, previa?: string, siguiente?: string): Lectura {
  const primera = ceros(p.texto, m.proporciones);
  const d = duda(primera, p.conf, previa, siguiente);
  if (d === 'no') return { texto: primera, duda: 'no' };
  // An ordinal: the raised glyph read alone as «a» (or «o» with its bar), the rest read again without it.
  const ordinal =
    m.volada && m.volada.conf >= CONFIANZA_GLIFO && (m.volada.texto === 'a' || (m.volada.texto === 'o' && m.conBarra))
      ? m.volada.texto === 'a'
        ? 'ª'
        : 'º'
      : undefined;
  const resto = m.sinVolada && /^(.*\d)([.,;:]?)$/u.exec(m.sinVolada.texto);
  if (ordinal && resto && m.sinVolada!.conf >= CONFIANZA_RELECTURA) {
    const leida = p.texto.slice(resto[1]!.length);
    const texto = `${resto[1]}${ordinal}${resto[2]}`;
    if (
      p.texto.startsWith(resto[1]!) &&
      leida.length >= 1 &&
      leida.length <= 3 &&
      duda(texto, m.sinVolada!.conf, previa, siguiente) === 'no'
    )
      return { texto, duda: 'no' };
  }
  if (m.palabra && m.palabra.conf >= CONFIANZA_RELECTURA) {
    const segunda = ceros(m.palabra.texto, m.proporciones);
    const d2 = duda(segunda, m.palabra.conf, previa, siguiente);
    // A raised final glyph read as a letter or digit («0282» for «02ª», «México2» for «México²»): both readings may be wrong alike.
    const volada = m.conVolada && !/["“”'‘’][.,;:]?$/.test(segunda);
    // Both readings may take a straight quote for a curly one: agreeing on the letters says nothing of the quotes.
    if (coinciden(p.crudo, primera, segunda) && d2 !== 'si' && !volada)
      return { texto: segunda, duda: new RegExp(COMILLAS.source).test(segunda) && p.conf < CONFIANZA_COMILLAS ? 'comillas' : d2 };
  }
  return { texto: primera, duda: d };
}
