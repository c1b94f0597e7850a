// Text as offices type it: normalised so that pages, search and data agree, and checked for
// characters that cannot be seen but change what a reader sees.

/**
 * Invisible characters a published text must not hold: C0/C1 control characters other than tab and
 * line breaks (XML feeds cannot carry them, screens do not show them) and the bidirectional embedding,
 * override and isolate controls, which reorder what a reader sees without changing what is stored
 * ("Trojan Source"), and U+FFFE/U+FFFF, which are not characters at all (XML refuses them). Ordinary
 * marks (LRM/RLM), zero-width spaces and the soft hyphen stay allowed.
 */
// eslint-disable-next-line no-control-regex
export const INVISIBLES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;

const NOMBRES: Record<number, string> = {
  0x0b: 'tabulación vertical',
  0x0c: 'salto de página',
  0x1b: 'escape',
  0x7f: 'borrado',
  0x202a: 'incrustación de izquierda a derecha',
  0x202b: 'incrustación de derecha a izquierda',
  0x202c: 'fin de incrustación',
  0x202d: 'forzado de izquierda a derecha',
  0x202e: 'forzado de derecha a izquierda',
  0x2066: 'aislamiento de izquierda a derecha',
  0x2067: 'aislamiento de derecha a izquierda',
  0x2068: 'aislamiento de primera dirección',
  0x2069: 'fin de aislamiento',
  0xfffe: 'no es un carácter',
  0xffff: 'no es un carácter',
};

/** "U+202E (forzado de derecha a izquierda: cambia el orden en que se ve el texto)". */
export function describirInvisible(caracter: string): string {
  const cp = caracter.codePointAt(0)!;
  const codigo = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const nombre = NOMBRES[cp] ?? 'carácter de control';
  const efecto = cp >= 0x202a && cp <= 0x2069 ? 'cambia el orden en que se ve el texto' : 'no se ve en pantalla';
  return `${codigo} (${nombre}: ${efecto})`;
}

export interface Invisible {
  /** Offset in the text. */
  indice: number;
  caracter: string;
}

/** The first forbidden invisible character of a text, if any. */
export function buscarInvisible(texto: string): Invisible | undefined {
  const m = INVISIBLES.exec(texto);
  return m ? { indice: m.index, caracter: m[0] } : undefined;
}

/** A few visible characters around a position, for a message that lets an editor find the spot. */
export function contexto(texto: string, indice: number, ancho = 20): string {
  const antes = texto.slice(Math.max(0, indice - ancho), indice);
  const despues = texto.slice(indice + 1, indice + 1 + ancho);
  const limpio = (s: string) => s.replace(new RegExp(INVISIBLES.source, 'g'), '').replace(/\s+/g, ' ');
  return `${indice > ancho ? '…' : ''}${limpio(antes)}▮${limpio(despues)}${indice + 1 + ancho < texto.length ? '…' : ''}`;
}

export type Ruta = readonly (string | number)[];

/**
 * Returns the value with every string in NFC (decomposed accents, as some editors and PDF
 * extractors write them, become the composed ones a search box sends) and calls `alEncontrar`
 * for each string that holds a forbidden invisible character.
 */
export function normalizarTextos<T>(valor: T, alEncontrar: (ruta: Ruta, texto: string, hallazgo: Invisible) => void, ruta: Ruta = []): T {
  if (typeof valor === 'string') {
    const hallazgo = buscarInvisible(valor);
    if (hallazgo) alEncontrar(ruta, valor, hallazgo);
    return valor.normalize('NFC') as T;
  }
  if (Array.isArray(valor)) return valor.map((v, i) => normalizarTextos(v, alEncontrar, [...ruta, i])) as T;
  if (valor !== null && typeof valor === 'object') {
    const salida: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(valor)) salida[k] = normalizarTextos(v, alEncontrar, [...ruta, k]);
    return salida as T;
  }
  return valor;
}
