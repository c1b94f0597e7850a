/** Text helpers for reading convenios: matching without accents or case, ids, Spanish title case. */

/** Lowercase, no accents, single spaces: for comparing names as people read them. */
export function normalizar(texto: string): string {
  return texto
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[“”"«»'‘’*]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An id for a file name and a URL: lowercase ASCII words joined by hyphens. */
export function slug(texto: string): string {
  return normalizar(texto)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Words of a name worth comparing (articles and prepositions carry no meaning here). */
const VACIAS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'en', 'a', 'al', 'para', 'por', 'con', 'o', 'u']);

export function palabras(texto: string): string[] {
  return normalizar(texto)
    .split(/[^a-z0-9]+/)
    .filter((p) => p.length > 0 && !VACIAS.has(p));
}

const MINUSCULAS = new Set([...VACIAS]);

/**
 * Spanish title case for text a document prints in capitals ("SUBSECRETARIO DE CONTROL Y EVALUACIÓN"
 * → "Subsecretario de Control y Evaluación"). Words in `siglas` stay in capitals; abbreviations with
 * inner dots ("L.E.", "C.P.") too.
 */
export function tituloEspanol(texto: string, siglas: ReadonlySet<string> = new Set()): string {
  const partes = texto.trim().split(/(\s+)/);
  let primera = true;
  return partes
    .map((p) => {
      if (/^\s+$/.test(p) || p === '') return p;
      const limpia = p.replace(/[^\p{L}\p{N}.]/gu, '');
      let salida: string;
      if (siglas.has(limpia.replace(/\./g, '')) || /^(\p{L}\.){2,}$/u.test(limpia)) salida = p;
      else if (!primera && MINUSCULAS.has(p.toLowerCase())) salida = p.toLowerCase();
      else salida = p.charAt(0).toLocaleUpperCase('es-MX') + p.slice(1).toLocaleLowerCase('es-MX');
      primera = false;
      return salida;
    })
    .join('');
}

/** Whether a line is written in capitals (at least a few letters, no lowercase). */
export function enMayusculas(texto: string): boolean {
  const letras = texto.replace(/[^\p{L}]/gu, '');
  return letras.length >= 3 && letras === letras.toLocaleUpperCase('es-MX');
}

/**
 * Acronyms the document itself writes in capitals inside ordinary sentences ("(ISSEMYM)", "“IMPLAN”"):
 * those stay in capitals when a capitalised line is converted to title case.
 */
export function siglasDelTexto(texto: string): Set<string> {
  const siglas = new Set<string>();
  for (const linea of texto.split('\n').map(sinMarcas)) {
    if (enMayusculas(linea)) continue;
    for (const m of linea.matchAll(/(?<![\p{L}])([A-Z]{2,12})(?![\p{L}])/gu)) siglas.add(m[1]!);
  }
  // A word the text also writes in lowercase is an ordinary word ("SECRETARÍA" in quotes), not an acronym.
  const comunes = new Set([...texto.matchAll(/(?<![\p{L}])(\p{L}*\p{Ll}\p{L}*)(?![\p{L}])/gu)].map((m) => m[1]!.toUpperCase()));
  return new Set([...siglas].filter((s) => !comunes.has(s)));
}

/** Markup the seeds carry from their conversion: bold, <b>, headings, list dashes. */
export function sinMarcas(linea: string): string {
  return linea
    .replace(/<\/?b>/gi, '')
    .replace(/\*\*/g, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*[-•]\s+/, '')
    .replace(/\[bookmark: [^\]]*\]/g, '')
    .replace(/\\_/g, '_')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

/** Curly and straight double quotes and guillemets, as the documents mix them. */
export const COMILLAS = '"“”«»';
const RE_COMILLAS = /["“”«»]/g;

export function sinComillas(texto: string): string {
  return texto.replace(RE_COMILLAS, '').trim();
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function distancia(a: string, b: string): number {
  const fila = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previo = fila[0]!;
    fila[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const actual = fila[j]!;
      fila[j] = Math.min(fila[j]! + 1, fila[j - 1]! + 1, previo + (a[i - 1] === b[j - 1] ? 0 : 1));
      previo = actual;
    }
  }
  return fila[b.length]!;
}

/** The closest candidates to what someone typed, best first (at most `n`). */
export function parecidos(buscado: string, candidatos: readonly string[], n = 3): string[] {
  const b = normalizar(buscado);
  return candidatos
    .map((c) => ({ c, d: distancia(b, normalizar(c)) }))
    .filter(({ c, d }) => d <= Math.max(2, Math.floor(c.length / 3)))
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : 1))
    .slice(0, n)
    .map(({ c }) => c);
}
