/** A run of text on a PDF page, as pdf.js reports it (unpdf's extractTextItems). */
export interface ElementoPdf {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
  /** Where the run is, for the review list («página 2, línea 7»). */
  donde?: string;
}

interface Renglon {
  texto: string;
  x0: number;
  x1: number;
  y: number;
  pagina: number;
  /** Width of the first word, to tell a wrapped line from a hard break. */
  primeraPalabra: number;
  donde?: string;
}

function mediana(xs: number[]): number {
  if (xs.length === 0) return 0;
  const o = [...xs].sort((a, b) => a - b);
  return o[Math.floor(o.length / 2)]!;
}

/**
 * Rebuilds the text's lines from a PDF's positioned runs. A PDF only knows where glyphs sit:
 * a paragraph is wrapped into several visual lines, and a tab is just a wider gap. This joins
 * a visual line with the next when the next line's first word would not have fitted at the end
 * (the line was wrapped), keeps a hard break otherwise, turns wide gaps into tabs, and keeps blank
 * lines where the vertical gap is larger than one line.
 */
export function textoDePdf(paginas: ElementoPdf[][]): string {
  const { lineas } = lineasDePdf(paginas);
  return lineas.length === 0 ? '' : `${lineas.join('\n')}\n`;
}

/** The same lines, each with where its paragraph starts (the `donde` of its first run). */
export function lineasDePdf(paginas: ElementoPdf[][]): { lineas: string[]; donde: (string | undefined)[] } {
  const anchos = paginas
    .flat()
    .filter((e) => e.str.trim().length >= 4)
    .map((e) => e.width / e.str.length);
  const letra = mediana(anchos) || 5;
  const renglones: Renglon[] = [];
  paginas.forEach((elementos, pagina) => {
    let actual: (Renglon & { fin: number }) | undefined;
    for (const e of elementos) {
      if (actual && Math.abs(e.y - actual.y) > Math.max(1, e.fontSize * 0.3)) {
        renglones.push(actual);
        actual = undefined;
      }
      if (e.str === '' && !actual) continue;
      if (!actual) {
        if (e.str.trim() === '') continue;
        const lider = e.str.length - e.str.trimStart().length;
        actual = {
          texto: e.str.trimStart(),
          x0: e.x + lider * letra,
          x1: e.x + e.width,
          y: e.y,
          pagina,
          primeraPalabra: 0,
          fin: e.x + e.width,
          donde: e.donde,
        };
      } else {
        const hueco = e.x - actual.fin;
        if (e.str.trim() === '') {
          // pdf.js gives a tab as a blank run wider than a space.
          actual.texto += e.width > letra * 1.8 ? '\t' : ' ';
        } else {
          if (hueco > letra * 1.8 && !/[\t ]$/.test(actual.texto)) actual.texto += '\t';
          else if (hueco > letra * 0.25 && !/[\t ]$/.test(actual.texto) && !e.str.startsWith(' ')) actual.texto += ' ';
          actual.texto += e.str;
        }
        actual.x1 = Math.max(actual.x1, e.x + e.width);
      }
      actual.fin = e.x + e.width;
      if (e.hasEOL) {
        renglones.push(actual);
        actual = undefined;
      }
    }
    if (actual) renglones.push(actual);
  });
  for (const r of renglones) {
    const palabra = /^\S+/.exec(r.texto)?.[0] ?? '';
    r.primeraPalabra = palabra.length * letra;
    r.texto = r.texto.replace(/[ ]+$/, '');
  }
  if (renglones.length === 0) return { lineas: [], donde: [] };

  const izquierda = mediana(renglones.map((r) => r.x0));
  const margenIzq = Math.min(...renglones.filter((r) => r.x0 <= izquierda + letra).map((r) => r.x0));
  const derecha = Math.max(...renglones.map((r) => r.x1));
  const pasos = renglones
    .slice(1)
    .map((r, i) => (r.pagina === renglones[i]!.pagina ? renglones[i]!.y - r.y : 0))
    .filter((d) => d > 0);
  // The usual step between lines: the lower quartile, since blank lines only make steps larger.
  const interlinea = [...pasos].sort((a, b) => a - b)[Math.floor(pasos.length / 4)] || 12;

  const salida: string[] = [];
  const donde: (string | undefined)[] = [];
  let parrafo = '';
  let dondeParrafo: string | undefined;
  renglones.forEach((r, i) => {
    const sangria = r.x0 - margenIzq > letra * 1.5 ? '\t' : '';
    if (i === 0) {
      parrafo = sangria + r.texto;
      dondeParrafo = r.donde;
      return;
    }
    const previo = renglones[i - 1]!;
    const misma = previo.pagina === r.pagina;
    const salto = misma ? previo.y - r.y : interlinea;
    const cabia = previo.x1 + letra + r.primeraPalabra <= derecha + letra * 0.5;
    // A line that ends exactly at the margin is ambiguous; a list marker, or a sentence's end followed
    // by a capital, is taken as a new paragraph: splitting a paragraph harms less than merging two.
    // In a paragraph set in capitals every line starts with a capital: there only a full stop ends it.
    const mayusculas = !/\p{Ll}/u.test(previo.texto) && !/\p{Ll}/u.test(r.texto);
    // A title before a name («DR.», «LIC.», «C.P.», «MTRO.») ends no sentence.
    const abreviatura =
      /(?:^|\s)(?:\p{L}{1,2}\.){2,}$|(?:^|\s)(?:dr|dra|lic|ing|mtro|mtra|c|arq|prof|profa|sr|sra|no|núm|art|fracc)\.$/iu.test(previo.texto);
    const nuevo =
      /^(?:[a-zñ]{1,2}\)\s|\d{1,3}(?:\.\d{1,2})*\.?\t|\d{1,2}(?:\.\d{1,2})*\.\s|[-•]\s|#)/.test(r.texto) ||
      (!abreviatura && (mayusculas ? /[.:]\**$/ : /[.;:]\**$/).test(previo.texto) && /^[^\p{Ll}]/u.test(r.texto));
    const continua = !sangria && !cabia && !nuevo && salto < interlinea * 1.5;
    if (continua) {
      parrafo += `${/-$/.test(parrafo) ? '' : ' '}${r.texto}`;
      return;
    }
    salida.push(parrafo);
    donde.push(dondeParrafo);
    for (let k = 1; k < Math.round(salto / interlinea); k++) {
      salida.push('');
      donde.push(undefined);
    }
    parrafo = sangria + r.texto;
    dondeParrafo = r.donde;
  });
  salida.push(parrafo);
  donde.push(dondeParrafo);
  return { lineas: salida, donde };
}
