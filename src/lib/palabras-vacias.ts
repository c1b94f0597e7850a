/**
 * Spanish function words (de, la, y…) out of the search index, but not out of what people read.
 *
 * Every page repeats them hundreds of times, so in Pagefind their lists of positions are the largest chunks of
 * the index (at 10,000 convenios, «de» alone was 650 KB), and Pagefind loads them for any query word it cannot
 * place exactly, e.g. «defensoría» brought the whole chunk of «de». Pagefind has no stop-word option, but it
 * never indexes ASCII punctuation while it keeps it in the page text it returns with each result. So before
 * indexing, each function word is written as a two-character code of punctuation stuck to its neighbour
 * («Instituto de Seguridad» → «Instituto~$ Seguridad»), and the browser writes the words back
 * (mostrarVacias) wherever it shows text from the index. As a code takes no word position, a quoted phrase still
 * matches its other words in a row; what it no longer tells apart is which function word sits between them.
 *
 * A code is a marker that gives the case (~ lower, ^ Capitalized, | UPPER) and one character that names the word.
 * A marker the text itself has is written twice, so any text survives the round trip.
 */

/** The words a search drops before asking Pagefind (dropped or not, every page has them). */
export const VACIAS = [
  'a',
  'al',
  'con',
  'de',
  'del',
  'e',
  'el',
  'en',
  'la',
  'las',
  'lo',
  'los',
  'o',
  'para',
  'por',
  'que',
  'se',
  'su',
  'sus',
  'u',
  'un',
  'una',
  'y',
] as const;

// One character per word, in the order of VACIAS. None is a marker, a letter, a digit, or a character that HTML,
// JSON or Pagefind treat specially (" & < > \ and _, which Pagefind counts as part of a word).
const LETRAS = "!#$%()*+,-./:;=?@[]{}`'";
const MINUSCULAS = '~';
const CAPITAL = '^';
const MAYUSCULAS = '|';

const CODIGO = new Map<string, string>();
const PALABRA = new Map<string, string>();
VACIAS.forEach((p, i) => {
  const letra = LETRAS[i]!;
  const formas: [string, string][] = [
    [MINUSCULAS, p],
    [CAPITAL, p.charAt(0).toUpperCase() + p.slice(1)],
    [MAYUSCULAS, p.toUpperCase()],
  ];
  for (const [marca, forma] of formas) {
    // A one-letter word is the same Capitalized and in capitals: the first form wins.
    if (!CODIGO.has(forma)) CODIGO.set(forma, marca + letra);
    PALABRA.set(marca + letra, forma);
  }
});

const escapar = (t: string) => t.replace(/[~^|]/g, '$&$&');
/** Whether a text has a function word between spaces: most runs of a page have none, and skip ocultarVacias' loop. */
const CON_VACIA = new RegExp(`\\s(?:${[...CODIGO.keys()].join('|')})(?=\\s)`);
/**
 * Opening punctuation («, “, ¿, (…): a code right after it belongs to the word that follows, as at the start of a
 * text. Both ocultarVacias and mostrarVacias go by this.
 */
const APERTURA = '«“‘¿¡([{"';
const abre = (c: string | undefined) => c !== undefined && APERTURA.includes(c);

/**
 * The indexable form of a run of text. Each function word that stands alone between spaces becomes a code stuck
 * to the end of the word before it or, when there is none (or it ends in opening punctuation), to the start of
 * the next one. Words with nothing to stick to, words touching the run's edge (in the page they may continue
 * another word) and words with punctuation of their own («LA) are left as they are: Pagefind indexes «la apart,
 * a word nobody searches for.
 */
export function ocultarVacias(texto: string): string {
  // Escaped first, whole: no function word has a marker, so which words are hidden does not change.
  const escapado = escapar(texto);
  if (!CON_VACIA.test(escapado)) return escapado;
  let salida = '';
  // Whether a word is written (function words stick to the end of the last one), and where the last word ended.
  let hayAnterior = false;
  let fin = 0;
  // Function words waiting for the next word: their codes, and the text they replace.
  let pendiente: { codigos: string; original: string } | undefined;
  const palabras = /\S+/g;
  for (let m = palabras.exec(escapado); m !== null; m = palabras.exec(escapado)) {
    const w = m[0];
    let espacio = escapado.slice(fin, m.index);
    if (fin === 0) {
      // The text's leading spaces go first, as they are.
      salida = espacio;
      espacio = '';
    }
    fin = m.index + w.length;
    const vacia = m.index > 0 && fin < escapado.length ? CODIGO.get(w) : undefined;
    if (vacia && pendiente) {
      pendiente.codigos += vacia;
      pendiente.original += espacio + w;
    } else if (vacia) {
      if (hayAnterior && !abre(salida.at(-1))) salida += vacia;
      else pendiente = { codigos: vacia, original: espacio + w };
    } else {
      salida += pendiente ? pendiente.original.match(/^\s*/)![0] + pendiente.codigos + w : espacio + w;
      pendiente = undefined;
      hayAnterior = true;
    }
  }
  return salida + (pendiente?.original ?? '') + escapado.slice(fin);
}

const RE_CODIGOS = /(?:[~^|][!#$%()*+,\-./:;=?@[\]{}`']|~~|\^\^|\|\|)+/g;
const RE_UNO = /[~^|][!#$%()*+,\-./:;=?@[\]{}`']|~~|\^\^|\|\|/g;

/**
 * Writes back the words ocultarVacias hid. `html`: the text is an excerpt with <mark> around the matches (its
 * tags are skipped when looking for the word a code is stuck to, and a code inside a mark goes just outside it).
 */
export function mostrarVacias(texto: string, { html = false }: { html?: boolean } = {}): string {
  if (!/[~^|]/.test(texto)) return texto;
  let t = texto;
  if (html) t = t.replace(/<mark>((?:[~^|][^\s<])+)/g, '$1<mark>').replace(/((?:[~^|][^\s<])+)<\/mark>/g, '</mark>$1');
  return t.replace(RE_CODIGOS, (codigos: string, inicio: number, todo: string) => {
    const piezas = codigos.match(RE_UNO) ?? [];
    const sigueAlgo = despues(todo, inicio + codigos.length, html);
    // A code after something visible is a word that followed it; otherwise it precedes what comes next.
    let visible = antes(todo, inicio, html);
    let salida = '';
    piezas.forEach((c, i) => {
      if (c[0] === c[1]) {
        salida += c[0];
        visible = true;
        return;
      }
      const palabra = PALABRA.get(c) ?? c;
      if (visible) salida += ` ${palabra}`;
      else salida += i < piezas.length - 1 || sigueAlgo ? `${palabra} ` : palabra;
    });
    return salida;
  });
}

/** Whether a code at `i` is stuck to a word before it (a visible character, tags skipped in HTML). */
function antes(todo: string, i: number, html = false): boolean {
  let j = i - 1;
  while (html && j >= 0 && todo[j] === '>') j = todo.lastIndexOf('<', j) - 1;
  return j >= 0 && !/\s/.test(todo[j]!) && !abre(todo[j]);
}

/** Whether a code ending at `i` is stuck to a word after it. */
function despues(todo: string, i: number, html = false): boolean {
  let j = i;
  while (html && j < todo.length && todo[j] === '<') j = todo.indexOf('>', j) + 1 || todo.length;
  return j < todo.length && !/\s/.test(todo[j]!);
}
