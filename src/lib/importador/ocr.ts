/**
 * From tesseract's word boxes to positioned pieces, and the second look at the words it was not
 * sure of. Pure: rendering pages and running tesseract is src/importador/ocr-fs.ts's job.
 */
import type { Pieza } from './posiciones.ts';
import {
  ampliar,
  blanquear,
  cajaDe,
  componentes,
  glifos,
  recortar,
  voladitaFinal,
  type Caja,
  type Componente,
  type IndiceDeComponentes,
  type Raster,
  type Renglon,
  renglonDe,
} from './raster.ts';

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
      // A line that is one unsure mark and nothing else (a speck read as «”»): nothing to read, and it would pass for a line.
      if (indices.length === 1 && l.duda !== 'no' && !/[\p{L}\p{N}]/u.test(l.texto)) continue;
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

/** The words of a page worth a second look: the unsure ones, and those whose ink does not bear the reading out. */
export function palabrasAReleer(palabras: PalabraTsv[], discrepancias: (Discrepancia | undefined)[] = []): number[] {
  const alrededor = vecinas(palabras);
  return palabras.flatMap((p, i) =>
    discrepancias[i] || duda(p.texto, p.conf, alrededor[i]!.previa, alrededor[i]!.siguiente) !== 'no' ? [i] : [],
  );
}

function mediana(xs: number[]): number {
  const o = [...xs].sort((a, b) => a - b);
  return o.length ? o[Math.floor(o.length / 2)]! : 0;
}

/** What the ink of a word shows, to check its reading against. */
export interface Forma {
  /** The line it sits on (from all the glyphs of its OCR line), in page pixels. */
  renglon?: Renglon;
  /** Its glyphs (components that overlap left to right joined), left to right, in page pixels. */
  glifos: Componente[];
  /** The word ends in a raised glyph (an ordinal's «a», a closing quote, a footnote's number). */
  volada: boolean;
  /** Marks above the capitals of a word read in capitals (accents, a tilde), or undefined. */
  acentos?: number;
}

/** The box of a word in page pixels. */
export function cajaDePalabra(p: PalabraTsv): Caja {
  return { x0: p.left, y0: p.top, x1: p.left + p.width, y1: p.top + p.height };
}

/** The page's components whose middle falls in a word's box (not a table rule running through it). */
function tintaDe(indice: IndiceDeComponentes, p: PalabraTsv): Componente[] {
  const caja = cajaDePalabra(p);
  return indice
    .en(caja)
    .filter(
      (c) =>
        (c.x0 + c.x1) / 2 >= caja.x0 &&
        (c.x0 + c.x1) / 2 < caja.x1 &&
        (c.y0 + c.y1) / 2 >= caja.y0 &&
        (c.y0 + c.y1) / 2 < caja.y1 &&
        c.x1 - c.x0 <= p.width + 4 &&
        c.y1 - c.y0 <= p.height * 1.5,
    );
}

/**
 * The accents (and tildes) over a word in capitals: small marks just above its capitals, nearer to
 * them than to the line above (a comma hanging from the line above is not an accent). Undefined
 * for a word not in capitals.
 */
function acentosSobre(
  indice: IndiceDeComponentes,
  p: PalabraTsv,
  propios: Componente[],
  arriba: (x0: number, x1: number, y: number) => number | undefined,
): number | undefined {
  const letras = p.texto.replace(/[^\p{L}]/gu, '');
  if (letras.length < 2 || letras !== letras.toUpperCase()) return undefined;
  const maximo = Math.max(0, ...propios.map((c) => c.y1 - c.y0));
  const grandes = propios.filter((c) => c.y1 - c.y0 >= 0.6 * maximo);
  const tope = mediana(grandes.map((c) => c.y0));
  const alto = mediana(grandes.map((c) => c.y1 - c.y0));
  if (grandes.length < 2 || alto < 8) return undefined;
  const zona = { x0: p.left, x1: p.left + p.width, y0: Math.round(tope - 0.8 * alto), y1: Math.round(tope + 0.05 * alto) };
  return indice.en(zona).filter((c) => {
    const centro = (c.x0 + c.x1) / 2;
    if (c.y0 < zona.y0 || c.y1 > zona.y1 || c.y1 - c.y0 > 0.45 * alto || c.x1 - c.x0 > 0.8 * alto || c.pixeles < 4) return false;
    if (centro < zona.x0 || centro >= zona.x1) return false;
    const base = arriba(c.x0, c.x1, tope);
    return base === undefined || tope - c.y1 < c.y0 - base;
  }).length;
}

/** How many glyphs a reading makes: double quotes and guillemets are two. */
function glifosEsperados(texto: string): number {
  return [...texto].reduce((n, c) => n + (/["“”«»]/.test(c) ? 2 : 1), 0);
}

/** A line's lowercase height (of «a», «e», «n»…) and capital height, from the words whose glyphs pair with their letters. */
export interface Alturas {
  minuscula: number;
  mayuscula: number;
}

const MINUSCULAS_BAJAS = /[acemnorsuvwxz]/;
const ALTAS = /[ABDEFHIKLMNPRTbdfhklt]/;

export function alturasDeLinea(palabras: PalabraTsv[], formas: Forma[]): Alturas | undefined {
  const bajas: number[] = [];
  const altas: number[] = [];
  palabras.forEach((p, i) => {
    const gs = formas[i]!.glifos;
    const letras = [...p.texto];
    if (gs.length !== glifosEsperados(p.texto) || gs.length !== letras.length) return;
    letras.forEach((c, k) => {
      if (MINUSCULAS_BAJAS.test(c)) bajas.push(gs[k]!.y1 - gs[k]!.y0);
      else if (ALTAS.test(c)) altas.push(gs[k]!.y1 - gs[k]!.y0);
    });
  });
  if (bajas.length < 3 || altas.length < 3) return undefined;
  const a = { minuscula: mediana(bajas), mayuscula: mediana(altas) };
  return a.mayuscula - a.minuscula >= 3 ? a : undefined;
}

/**
 * The ink of each word of a page, and of each OCR line its baseline, capital height and letter
 * heights, for discrepancia().
 */
export function formasDePagina(
  indice: IndiceDeComponentes,
  palabras: PalabraTsv[],
): { formas: Forma[]; alturas: Map<string, Alturas | undefined> } {
  const tintas = palabras.map((p) => tintaDe(indice, p));
  const formas: Forma[] = tintas.map((t) => ({ glifos: glifos(t), volada: false }));
  const porLinea = new Map<string, number[]>();
  palabras.forEach((p, i) => porLinea.set(p.linea, [...(porLinea.get(p.linea) ?? []), i]));
  const alturas = new Map<string, Alturas | undefined>();
  for (const [linea, is] of porLinea) {
    const renglon = renglonDe(is.flatMap((i) => formas[i]!.glifos));
    for (const i of is) {
      formas[i]!.renglon = renglon;
      formas[i]!.volada = voladitaFinal(formas[i]!.glifos, renglon) !== undefined;
    }
    alturas.set(
      linea,
      alturasDeLinea(
        is.map((i) => palabras[i]!),
        is.map((i) => formas[i]!),
      ),
    );
  }
  // A line of running text with too few letters to measure takes the page's ratio of lowercase to
  // capital height (not a line in capitals: its accented capitals would pass for its capital height).
  const medidas = [...alturas.values()].filter((a): a is Alturas => a !== undefined);
  const razon = medidas.length ? mediana(medidas.map((a) => a.minuscula / a.mayuscula)) : undefined;
  for (const [linea, is] of porLinea) {
    const renglon = formas[is[0]!]!.renglon;
    const letras = is
      .map((i) => palabras[i]!.texto)
      .join('')
      .replace(/[^\p{L}]/gu, '');
    const minusculas = letras.replace(/[^\p{Ll}]/gu, '').length;
    if (alturas.get(linea) || !razon || !renglon?.altas || minusculas < 0.5 * letras.length) continue;
    const a = { minuscula: renglon.altura * razon, mayuscula: renglon.altura };
    if (a.mayuscula - a.minuscula >= 3) alturas.set(linea, a);
  }
  // The baseline of the nearest line above a mark, among the words over it.
  const arriba = (x0: number, x1: number, y: number) => {
    let base: number | undefined;
    palabras.forEach((q, j) => {
      const b = formas[j]!.renglon?.base;
      if (b === undefined || b > y || q.left >= x1 || q.left + q.width <= x0) return;
      if (base === undefined || b > base) base = b;
    });
    return base;
  };
  palabras.forEach((p, i) => {
    const acentos = acentosSobre(indice, p, tintas[i]!, arriba);
    if (acentos !== undefined) formas[i]!.acentos = acentos;
  });
  return { formas, alturas };
}

/** Why the ink does not bear a word's reading out, if it does not. */
export type Discrepancia = 'volada' | 'acentos' | 'mayuscula' | 'espacio';

/** Letters whose capital is the small letter drawn bigger: only their height tells them apart. */
const SOLO_POR_TAMANO = /[cosuvwxzCOSUVWXZ]/;

/**
 * Checks a reading against its ink; tesseract may be confident and still: read a raised glyph as a
 * letter or digit («PbRM-012», «02?» for «ª»), drop an accent from a capital («MENDEZ»), take a
 * small «c» for a capital («Caso») or miss a space («oen» for «o en»).
 */
export function discrepancia(p: PalabraTsv, f: Forma, alturas?: Alturas): Discrepancia | undefined {
  const final = p.texto.replace(/[.,;:]+$/, '');
  if (f.volada && !/["“”'‘’´`°ºª*^¹²³]$/.test(final)) return 'volada';
  if (f.acentos !== undefined) {
    const esperados = [...p.texto].reduce((n, c) => n + (/[ÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÑ]/.test(c) ? 1 : /[ÄËÏÖÜ]/.test(c) ? 2 : 0), 0);
    if (f.acentos !== esperados) return 'acentos';
  }
  if (!alturas) return undefined;
  const gs = f.glifos;
  const letras = [...p.texto];
  const medio = alturas.mayuscula - alturas.minuscula;
  for (let k = 1; k < gs.length; k++) if (gs[k]!.x0 - gs[k - 1]!.x1 > 0.5 * alturas.minuscula) return 'espacio';
  if (gs.length === letras.length && gs.length === glifosEsperados(p.texto) && f.renglon)
    for (const [k, c] of letras.entries()) {
      // Only a glyph standing on the line alone: one run into a rule or a letter below says nothing.
      if (!SOLO_POR_TAMANO.test(c) || Math.abs(gs[k]!.y1 - f.renglon.base) > 2) continue;
      const alto = gs[k]!.y1 - gs[k]!.y0;
      if (c === c.toLowerCase() ? alto > alturas.minuscula + 0.4 * medio : alto < alturas.minuscula + 0.6 * medio) return 'mayuscula';
    }
  return undefined;
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
}

/** Cuts a word out of its page image (and its raised final glyph, if any) for the second look. */
export function recortarPalabra(pagina: Raster, p: PalabraTsv, renglon?: Renglon): Recortes {
  const caja: Caja = { x0: p.left - 2, y0: p.top - 2, x1: p.left + p.width + 2, y1: p.top + p.height + 2 };
  const margen = Math.max(8, Math.round(p.height * 0.5));
  const sola = recortar(pagina, caja, 0);
  const piezas = componentes(sola);
  const gs = glifos(piezas);
  const enMargen = (r: Raster) => recortar(r, { x0: 0, y0: 0, x1: r.ancho, y1: r.alto }, margen);
  // The line's baseline and capital height, in the cut-out's pixels.
  const v = renglon && voladitaFinal(gs, { ...renglon, base: renglon.base - caja.y0 });
  if (!v) return { palabra: enMargen(sola), conBarra: false };
  const zona = cajaDe(v);
  const dentro = piezas.filter((c) => c.x0 >= zona.x0 && c.x1 <= zona.x1 && c.y0 >= zona.y0 && c.y1 <= zona.y1);
  const medio = (zona.y0 + zona.y1) / 2;
  const barras = dentro.filter((c) => c.y1 - c.y0 <= 0.3 * (c.x1 - c.x0) && c.y0 >= medio);
  const letra = dentro.filter((c) => !barras.includes(c));
  if (letra.length === 0) return { palabra: enMargen(sola), conBarra: false };
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
  };
}

/** A reading of the second look: its text (words joined by spaces) and its lowest word confidence. */
export interface Relectura {
  texto: string;
  conf: number;
}

/** What the second look read from a word's images. */
export interface Mirada {
  /** What its ink showed against its first reading. */
  discrepancia?: Discrepancia;
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
  // A dropped accent, a capital drawn small, a missed space: reading it again alone would read it alike.
  if (m.discrepancia && m.discrepancia !== 'volada') return { texto: primera, duda: 'si' };
  const d = duda(primera, p.conf, previa, siguiente);
  if (d === 'no' && !m.discrepancia) return { texto: primera, duda: 'no' };
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
  // A raised final glyph read as a letter or digit («0282» for «02ª»): a second reading may be wrong alike.
  if (m.palabra && m.palabra.conf >= CONFIANZA_RELECTURA && !m.discrepancia) {
    const segunda = ceros(m.palabra.texto, m.proporciones);
    const d2 = duda(segunda, m.palabra.conf, previa, siguiente);
    // Both readings may take a straight quote for a curly one: agreeing on the letters says nothing of the quotes.
    if (coinciden(p.crudo, primera, segunda) && d2 !== 'si')
      return { texto: segunda, duda: new RegExp(COMILLAS.source).test(segunda) && p.conf < CONFIANZA_COMILLAS ? 'comillas' : d2 };
  }
  return { texto: primera, duda: d === 'no' ? 'si' : d };
}
