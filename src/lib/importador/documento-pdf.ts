import { lineasDePdf, type ElementoPdf } from './pdf.ts';
import {
  encabezadosVistos,
  leerTablaPosicional,
  lineasRepetidas,
  renglonesDePagina,
  unirPiezas,
  type Pieza,
  type Renglon,
  type TablaPosicional,
} from './posiciones.ts';
import type { TextoConOrigen } from './word.ts';

export interface DocumentoPdf extends TextoConOrigen {
  /** Running headers, footers and page numbers left out (one example of each text). */
  omitidas: string[];
  tabla?: TablaPosicional;
  /** Header rows of other tables seen, for the message when the commitments table is missing. */
  tablasVistas: string[];
}

const donde = (r: Renglon) => `página ${r.pagina + 1}, línea ${r.linea}`;

/** Lines back into runs for the paragraph reader (pdf.ts), which rebuilds wrapped paragraphs. */
function elementos(renglones: Renglon[]): ElementoPdf[][] {
  const paginas: ElementoPdf[][] = [];
  for (const r of renglones) {
    const pagina = (paginas[r.pagina] ??= []);
    // Pieces a word-gap apart are one run; a wider gap stays a gap. Justified text spreads every gap
    // of a line alike: a gap is wide only if it is also well over the line's usual gap.
    const huecos = r.piezas.slice(1).map((p, k) => p.x0 - r.piezas[k]!.x1);
    const usual = huecos.length >= 3 ? [...huecos].sort((a, b) => a - b)[Math.floor(huecos.length / 2)]! : 0;
    const runs: { str: string; x0: number; x1: number; alto: number }[] = [];
    for (const p of r.piezas) {
      const previo = runs.at(-1);
      if (previo && (p.x0 - previo.x1 < p.alto * 1.6 || p.x0 - previo.x1 < usual * 2)) {
        const cierra = /^[.,;:)\]]/.test(p.texto.replace(/^⟦/, ''));
        previo.str += (p.x0 - previo.x1 > p.alto * 0.12 || p.confianza !== undefined) && !cierra ? ` ${p.texto}` : p.texto;
        previo.x1 = p.x1;
      } else runs.push({ str: p.texto, x0: p.x0, x1: p.x1, alto: p.alto });
    }
    runs.forEach((p, k) =>
      pagina.push({ str: p.str, x: p.x0, y: r.y, width: p.x1 - p.x0, fontSize: p.alto, hasEOL: k === runs.length - 1, donde: donde(r) }),
    );
  }
  return paginas.map((p) => p ?? []);
}

/** The widest gap between a line's pieces, if wider than three letters' height: [end of left, start of right]. */
function hueco(r: Renglon): [number, number] | undefined {
  let mejor: [number, number] | undefined;
  for (let k = 1; k < r.piezas.length; k++) {
    const a = r.piezas[k - 1]!.x1;
    const b = r.piezas[k]!.x0;
    if (b - a > r.alto * 3 && (!mejor || b - a > mejor[1] - mejor[0])) mejor = [a, b];
  }
  return mejor;
}

/**
 * Side-by-side boxes outside the table (signatures in a two-column table): consecutive lines whose
 * pieces split at one common gap. Read as the seeds write them: the left box, then the right one,
 * each starting with a tab.
 */
function lineasDeDosColumnas(rs: Renglon[]): { lineas: string[]; donde: (string | undefined)[] } | undefined {
  const pares = rs.filter((r) => hueco(r));
  if (pares.length < 2) return undefined;
  let izq = -Infinity;
  let der = Infinity;
  for (const r of pares) {
    const [a, b] = hueco(r)!;
    izq = Math.max(izq, a);
    der = Math.min(der, b);
  }
  if (izq >= der) return undefined;
  const corte = (izq + der) / 2;
  const salida = { lineas: [] as string[], donde: [] as (string | undefined)[] };
  for (const lado of [(x: number) => x < corte, (x: number) => x >= corte]) {
    let primera = true;
    for (const r of rs) {
      const texto = unirPiezas(r.piezas.filter((p) => lado(p.x0)));
      if (!texto) continue;
      salida.lineas.push(primera ? `\t${texto}` : texto);
      salida.donde.push(donde(r));
      primera = false;
    }
  }
  salida.lineas.push('');
  salida.donde.push(undefined);
  return salida;
}

/** Paragraph text, with side-by-side boxes (signatures) read box by box. */
function lineasDeTexto(renglones: Renglon[]): TextoConOrigen {
  const salida: TextoConOrigen = { lineas: [], donde: [] };
  const agregar = (t: TextoConOrigen) => {
    salida.lineas.push(...t.lineas);
    salida.donde.push(...t.donde);
  };
  let normal: Renglon[] = [];
  for (let i = 0; i < renglones.length;) {
    // A block: lines close together, none crossing the common gap.
    let j = i;
    if (hueco(renglones[i]!)) {
      j = i + 1;
      // A box that a page break cuts goes on at the top of the next page.
      const sigue = (a: Renglon, b: Renglon) =>
        a.pagina === b.pagina
          ? a.y - b.y < Math.max(a.alto, b.alto) * 1.8
          : b.pagina === a.pagina + 1 && !renglones.some((x) => x.pagina === b.pagina && x.y > b.y);
      while (j < renglones.length && sigue(renglones[j - 1]!, renglones[j]!)) j++;
    }
    const bloque = j > i + 1 ? lineasDeDosColumnas(renglones.slice(i, j)) : undefined;
    if (bloque) {
      if (normal.length) agregar(lineasDePdf(elementos(normal)));
      normal = [];
      agregar(bloque);
      i = j;
    } else {
      normal.push(renglones[i]!);
      i++;
    }
  }
  if (normal.length) agregar(lineasDePdf(elementos(normal)));
  return salida;
}

const celdaMd = (t: string) => t.replace(/\|/g, '/').replace(/\s+/g, ' ').trim();

/**
 * A PDF's text from its positioned runs (a text layer, or OCR word boxes): running headers and
 * footers out, the commitments table read by columns into a Markdown table (one line per row),
 * and the rest as paragraphs. Every line says where it came from.
 */
export function documentoDePdf(paginas: Pieza[][]): DocumentoPdf {
  const doc = documentoSinCorregir(paginas);
  if (paginas.some((ps) => ps.some((p) => p.confianza !== undefined))) doc.lineas = corregirIncisos(doc.lineas);
  return doc;
}

function documentoSinCorregir(paginas: Pieza[][]): DocumentoPdf {
  const renglones = paginas.flatMap((ps, i) => renglonesDePagina(ps, i));
  const repetidas = lineasRepetidas(renglones, paginas.length);
  const omitidas = [...new Set([...repetidas].map((r) => r.texto.replace(/\d+/g, 'N')))];
  const tabla = leerTablaPosicional(renglones, repetidas);
  const fuera = (rs: Renglon[]) => rs.filter((r) => !repetidas.has(r));
  const salida: TextoConOrigen = { lineas: [], donde: [] };
  const agregar = (t: TextoConOrigen) => {
    salida.lineas.push(...t.lineas);
    salida.donde.push(...t.donde);
  };
  if (!tabla) {
    agregar(lineasDeTexto(fuera(renglones)));
    return { ...salida, omitidas, tablasVistas: encabezadosVistos(fuera(renglones)) };
  }
  agregar(lineasDeTexto(fuera(renglones.slice(0, tabla.inicio))));
  const r0 = renglones[tabla.inicio]!;
  salida.lineas.push('', `| ${tabla.columnas.map((c) => celdaMd(c.titulo)).join(' | ')} |`, `|${' --- |'.repeat(tabla.columnas.length)}`);
  salida.donde.push(undefined, `${donde(r0)} (encabezado de la tabla)`, undefined);
  tabla.filas.forEach((f, k) => {
    salida.lineas.push(`| ${f.celdas.map(celdaMd).join(' | ')} |`);
    salida.donde.push(`página ${f.pagina + 1}, línea ${f.linea} (tabla, fila ${k + 1})`);
  });
  salida.lineas.push('');
  salida.donde.push(undefined);
  agregar(lineasDeTexto(fuera(renglones.slice(tabla.fin))));
  return { ...salida, omitidas, tabla, tablasVistas: [] };
}

/** What OCR makes of an inciso letter: «9)» for «g)», «¢)» for «c)», «P)» or «£)» for «f)», «¡)» for «i)»… */
const CONFUSIONES: Record<string, string> = {
  '9': 'g',
  '¢': 'c',
  '©': 'c',
  '€': 'e',
  '£': 'f',
  P: 'f',
  '¡': 'i',
  '!': 'i',
  '1': 'l',
  '|': 'l',
  '0': 'o',
  '8': 'b',
};

/** Whether an inciso marker as read can be the expected letter: itself, in capitals, doubled («Cc)»), or a usual misreading. */
function puedeSer(leida: string, esperada: string): boolean {
  const l = leida.toLowerCase();
  return l === esperada || l === esperada + esperada || CONFUSIONES[leida] === esperada;
}

const siguienteLetra = (l: string) => String.fromCharCode(l.charCodeAt(0) + 1);

/**
 * Lists of incisos a), b), c)… read by OCR: a marker that is unsure or misread is set right only
 * when the letter before it and the marker after it leave no doubt (f) … 9) … h) is g)).
 */
export function corregirIncisos(lineas: string[]): string[] {
  return corregirNumerales(corregirLetras(lineas));
}

function corregirLetras(lineas: string[]): string[] {
  const marca = /^(\t?)⟦?([a-zA-Z]{1,2}|[9¢©€£¡!1|08])\)⟧?(\s)/;
  const leidas = lineas.map((l) => marca.exec(l)?.[2]);
  const salida = [...lineas];
  let previa: string | undefined;
  leidas.forEach((leida, i) => {
    if (leida === undefined) return;
    const exacta = /^[a-z]$/.test(leida) && !/^\t?⟦/.test(lineas[i]!);
    if (previa === undefined || exacta) {
      previa = /^[a-z]$/.test(leida) ? leida : undefined;
      return;
    }
    const esperada = siguienteLetra(previa);
    const despues = leidas.slice(i + 1).find((x) => x !== undefined);
    // Confirmed by the next marker, or by the end of the list (none follows, or a new list starts at «a)»).
    const confirma = despues === undefined || puedeSer(despues, siguienteLetra(esperada)) || despues === 'a';
    if (puedeSer(leida, esperada) && confirma) {
      salida[i] = lineas[i]!.replace(marca, `$1${esperada})$3`);
      previa = esperada;
    } else previa = /^[a-z]$/.test(leida) ? leida : undefined;
  });
  return salida;
}

/** A numbered list «3.» «4,» «5.»: a number whose stop the OCR read as a comma, set right when its neighbours confirm it. */
function corregirNumerales(lineas: string[]): string[] {
  const marca = /^(\t?)⟦?(\d{1,2})[.,]⟧?(\s)/;
  const numeros = lineas.map((l) => (marca.test(l) ? Number(marca.exec(l)![2]) : undefined));
  return lineas.map((l, i) => {
    const m = /^(\t?)⟦?(\d{1,2}),⟧?(\s)/.exec(l);
    if (!m) return l;
    const n = Number(m[2]);
    const a = numeros
      .slice(0, i)
      .reverse()
      .find((x) => x !== undefined);
    const d = numeros.slice(i + 1).find((x) => x !== undefined);
    // The first or last of a list has one neighbour to confirm it: the line right after («1,» then «2.») or right before.
    const llena = (k: number) => lineas[k] !== undefined && lineas[k]!.trim() !== '';
    let [antes, despues] = [i - 1, i + 1];
    while (antes >= 0 && !llena(antes)) antes--;
    while (despues < lineas.length && !llena(despues)) despues++;
    const enSerie =
      (a === n - 1 && d === n + 1) ||
      (n === 1 && numeros[despues] === 2) ||
      (numeros[antes] === n - 1 && despues < lineas.length && numeros[despues] === undefined);
    return enSerie ? l.replace(/^(\t?)⟦?(\d{1,2}),⟧?/, '$1$2.') : l;
  });
}

/** pdf.js runs (unpdf's extractTextItems) as pieces. */
export function piezasDePdfjs(
  items: { str: string; x: number; y: number; width: number; fontSize: number; height?: number }[],
  pagina: number,
): Pieza[] {
  return items
    .filter((e) => e.str.trim() !== '')
    .map((e) => {
      // A run that starts with spaces: its text starts further right.
      const lider = e.str.length - e.str.trimStart().length;
      const letra = e.str.length > 0 ? e.width / e.str.length : 0;
      return { texto: e.str.trim(), x0: e.x + lider * letra, x1: e.x + e.width, y: e.y, alto: e.fontSize || e.height || 10, pagina };
    });
}
