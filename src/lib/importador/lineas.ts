import { enMayusculas, normalizar, sinMarcas } from './texto.ts';

/** One line of the source text: its 1-based number, as printed, and without markup. */
export interface Linea {
  n: number;
  crudo: string;
  limpio: string;
}

export interface Origen {
  linea: number;
  texto: string;
  /** Where in the document: «página 2, línea 7», «tabla 1, fila 3» (Word and PDF). */
  donde?: string;
}

export function origen(l: Linea): Origen {
  const t = l.limpio || l.crudo.trim();
  return { linea: l.n, texto: t.length > 120 ? `${t.slice(0, 117)}…` : t };
}

/**
 * The text's lines without running page headers and footers: a short line that stands alone
 * between blank lines and repeats verbatim elsewhere (the state seed repeats the year's motto on
 * every page, sometimes inside the commitments table). Table cells repeat too, but never alone.
 */
export function lineasUtiles(texto: string): { lineas: Linea[]; encabezados: Linea[] } {
  const todas: Linea[] = texto
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((crudo, i) => ({ n: i + 1, crudo, limpio: sinMarcas(crudo) }));
  const vacia = (i: number) => i < 0 || i >= todas.length || todas[i]!.limpio === '';
  const sola = (i: number) => !todas[i]!.crudo.includes('\t') && vacia(i - 1) && vacia(i + 1);
  const veces = new Map<string, number>();
  todas.forEach((l, i) => {
    if (l.limpio && l.limpio.length < 200 && sola(i)) veces.set(normalizar(l.limpio), (veces.get(normalizar(l.limpio)) ?? 0) + 1);
  });
  const encabezados: Linea[] = [];
  const lineas: Linea[] = [];
  todas.forEach((l, i) => {
    if (l.limpio && sola(i) && (veces.get(normalizar(l.limpio)) ?? 0) >= 2 && !/^\d+$/.test(l.limpio)) encabezados.push(l);
    else lineas.push(l);
  });
  return { lineas, encabezados };
}

/** A paragraph: consecutive lines a page break split mid-sentence are joined again. */
export interface Parrafo {
  texto: string;
  n: number;
  lineas: Linea[];
}

export function parrafosDe(lineas: Linea[]): Parrafo[] {
  const parrafos: Parrafo[] = [];
  let actual: Parrafo | undefined;
  for (const l of lineas) {
    if (l.limpio === '') continue;
    const sigue =
      actual !== undefined &&
      !/[.:;)]$/.test(actual.texto) &&
      !enMayusculas(actual.texto) &&
      /^[a-záéíóúñ"“«]/.test(l.limpio) &&
      !/^[a-z]{1,2}\)/.test(l.limpio) &&
      !l.crudo.startsWith('\t');
    if (sigue && actual) {
      actual.texto = `${actual.texto} ${l.limpio}`;
      actual.lineas.push(l);
    } else {
      actual = { texto: l.limpio, n: l.n, lineas: [l] };
      parrafos.push(actual);
    }
  }
  return parrafos;
}
