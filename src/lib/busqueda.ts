/**
 * Full-text search (Pagefind): the vocabulary shared by the index and /buscar/, and how a search lives in the URL.
 * The browser loads this module (src/cliente/buscar.ts), so it imports nothing heavy: what only the build needs
 * (the marks each page writes) lives in indice-busqueda.ts.
 */
import { ESTADOS, ETIQUETAS, type Estado } from './estados.ts';
import { VACIAS } from './palabras-vacias.ts';
import { listaConNi } from './palabras.ts';
import type { RangoDeTrozo } from './partes-del-indice.ts';
import type { TipoDocumento } from '../schemas/documento.ts';

/** Facets of /buscar/, in the order they are shown; each is also a URL parameter and a Pagefind filter. */
export const FACETAS = [
  'documento',
  'programa',
  'ente',
  'gobierno',
  'nivel',
  'pae',
  'estado',
  'tipo_asm',
  'prioridad',
  'mejora',
  'tema',
  'ramo',
  'tipo_evaluacion',
  'ciclo',
] as const;
/** Facets only the federal ASM data fills: /buscar/ shows them only when some document has a value. */
export const FACETAS_DE_CLASIFICACION: readonly Faceta[] = ['tipo_asm', 'prioridad', 'mejora', 'tema'];
export type Faceta = (typeof FACETAS)[number];

/**
 * What a search looks through: the convenios and federal follow-up documents (the default), or the evaluations of
 * federal programs. Each has its own facets; a search never mixes them, so a count says what it counts.
 */
export const AMBITOS = ['convenios', 'evaluaciones'] as const;
export type Ambito = (typeof AMBITOS)[number];
/** Facets of the evaluation pages (they exist only where the SHCP evaluations were imported). */
export const FACETAS_DE_EVALUACION: readonly Faceta[] = ['ramo', 'tipo_evaluacion', 'ciclo'];
export function ambitoDe(f: Faceta): Ambito {
  return FACETAS_DE_EVALUACION.includes(f) ? 'evaluaciones' : 'convenios';
}
/**
 * The Pagefind `tipo` filter of the pages that are not documents: program, ente and government pages (shortcuts
 * beside the results) and evaluations. Documents carry no `tipo` of these, so a search of the convenios asks for
 * pages with none of them: the filter chunk every search loads then lists a few hundred pages instead of every
 * document (at 10,000 convenios, 22 KB less in each first search).
 */
export const TIPOS_SIN_DOCUMENTO = ['programa', 'ente', 'gobierno', 'evaluacion'] as const;
/**
 * Documents that are not signed convenios carry their kind in `tipo` as well, so the search that tells whether
 * every result is a convenio reads the `tipo` chunk every search loads anyway, not the `documento` filter, which
 * lists every document (23 KB more in a first search with 10,000 convenios and the federal follow-ups). A record,
 * so a new kind of document cannot be left out.
 */
const OTROS_DOCUMENTOS: Record<Exclude<TipoDocumento, 'convenio'>, true> = { seguimiento_federal: true };
/** The Pagefind `tipo` filter of each kind of result: evaluations by value, documents by the absence of any other. */
export const TIPO_DE_AMBITO: Record<Ambito, string | { none: string[] }> = {
  convenios: { none: [...TIPOS_SIN_DOCUMENTO] },
  evaluaciones: 'evaluacion',
};
/** The `tipo` filter of signed convenios alone. */
export const TIPO_SOLO_CONVENIOS = { none: [...TIPOS_SIN_DOCUMENTO, ...Object.keys(OTROS_DOCUMENTOS)] };
export const ETIQUETAS_AMBITO: Record<Ambito, string> = {
  convenios: 'Convenios y seguimiento federal de ASM',
  evaluaciones: 'Evaluaciones de programas federales',
};

/**
 * Results shown at first, and added by each «Mostrar más»: each one downloads its page's text from the index
 * (3–4 KB with 10,000 convenios), so 10 instead of 20 keeps a first search within its 300 KB.
 */
export const RESULTADOS_POR_PAGINA = 10;

export const ORDENES = ['relevancia', 'recientes', 'antiguos'] as const;
export type Orden = (typeof ORDENES)[number];

/** Sort key (Pagefind `data-pagefind-sort`) of a document: its signing date (a federal one: its latest report), AAAA-MM-DD. */
export const CLAVE_FECHA = 'firma';
/** Sort key of an evaluation: «AAAA-AAAA», its PAE year then its year of conclusion («0000» where there is none). */
export const CLAVE_CICLO = 'ciclo';

/** "atendido_a_tiempo:2,sin_informacion:4": the statuses present, in the fixed order of ESTADOS. */
export function resumenDeEstados(porEstado: Record<Estado, number>): string {
  return ESTADOS.filter((e) => porEstado[e] > 0)
    .map((e) => `${e}:${porEstado[e]}`)
    .join(',');
}

/** Reads resumenDeEstados back; anything that is not a known status with a positive count is left out. */
export function leerResumenDeEstados(texto: string | undefined): { estado: Estado; n: number }[] {
  if (!texto) return [];
  const conocidos = new Set<string>(ESTADOS);
  return texto.split(',').flatMap((parte) => {
    const [estado, n] = parte.split(':');
    const cuenta = Number(n);
    return estado && conocidos.has(estado) && /^\d+$/.test(n ?? '') && cuenta > 0 ? [{ estado: estado as Estado, n: cuenta }] : [];
  });
}

/**
 * What a facet is about: the document as a whole, or its commitments, or (searching evaluations) the evaluation. A
 * commitment facet keeps a document when at least one of its commitments has the value (Pagefind filters whole
 * pages), and two such facets may be met by two different commitments of the same document; the labels and the
 * legend of /buscar/ say so.
 */
export type Alcance = 'documento' | 'compromiso' | 'evaluacion';
export const ALCANCE_FACETA: Record<Faceta, Alcance> = {
  documento: 'documento',
  programa: 'documento',
  ente: 'documento',
  gobierno: 'documento',
  nivel: 'documento',
  pae: 'documento',
  estado: 'compromiso',
  tipo_asm: 'compromiso',
  prioridad: 'compromiso',
  mejora: 'compromiso',
  tema: 'compromiso',
  ramo: 'evaluacion',
  tipo_evaluacion: 'evaluacion',
  ciclo: 'evaluacion',
};

/**
 * The groups of facets on /buscar/, in the order shown: a legend each, and what the commitment group means. Only
 * the groups of the search's kind of result are shown (the document and commitment groups for convenios, the
 * evaluation group for evaluations).
 */
export const ALCANCES: readonly Alcance[] = ['documento', 'compromiso', 'evaluacion'];
export const GRUPOS_DE_FACETAS: Record<Alcance, { titulo: string; ayuda: string }> = {
  documento: {
    titulo: 'Del documento',
    ayuda: 'Se aplican al documento entero.',
  },
  compromiso: {
    titulo: 'De sus compromisos',
    ayuda:
      'Basta con que uno de los compromisos del documento cumpla cada filtro; con dos filtros, pueden cumplirlos compromisos distintos. El resultado es el documento completo, con todos sus compromisos.',
  },
  evaluacion: {
    titulo: 'De la evaluación',
    ayuda: 'Se aplican a la evaluación entera.',
  },
};
/** The kind of result a group of facets belongs to. */
export function ambitoDeAlcance(a: Alcance): Ambito {
  return a === 'evaluacion' ? 'evaluaciones' : 'convenios';
}

export const ETIQUETAS_FACETA: Record<Faceta, string> = {
  documento: 'Tipo de documento',
  programa: 'Programa presupuestario',
  ente: 'Ente evaluado',
  gobierno: 'Gobierno',
  nivel: 'Nivel de gobierno',
  pae: 'Año del PAE o de la evaluación',
  estado: 'Con algún compromiso en estado',
  tipo_asm: 'Con algún ASM de tipo',
  prioridad: 'Con algún ASM de prioridad',
  mejora: 'Con algún ASM de tipo de mejora',
  tema: 'Con algún ASM del tema',
  ramo: 'Ramo',
  tipo_evaluacion: 'Tipo de evaluación',
  ciclo: 'Ciclo del PAE',
};

export const ETIQUETAS_ORDEN: Record<Orden, string> = {
  relevancia: 'Relevancia',
  recientes: 'Más recientes primero',
  antiguos: 'Más antiguos primero',
};

// ---------------------------------------------------------------------------------------------
// The search in the URL: /buscar/?q=…&en=evaluaciones&documento=…&programa=…&ente=…&gobierno=…&nivel=…&pae=…&estado=…&tipo_asm=…
// &prioridad=…&mejora=…&tema=…&ramo=…&tipo_evaluacion=…&ciclo=…&orden=…

export interface Consulta {
  q: string;
  /** Absent: convenios. */
  en?: 'evaluaciones';
  /** Only facets of the search's own kind (ambitoDe). */
  filtros: Partial<Record<Faceta, string>>;
  /** Absent: relevance when there are words, newest first when there are none. */
  orden?: Orden;
}

/** URL parameter → Pagefind filter value. Statuses travel as keys (sin_informacion) and are indexed by their Spanish label. */
export function valorIndexado(faceta: Faceta, valor: string): string | undefined {
  if (faceta !== 'estado') return valor;
  return (ESTADOS as readonly string[]).includes(valor) ? ETIQUETAS[valor as Estado] : undefined;
}

export function ambitoDeConsulta(c: Pick<Consulta, 'en'>): Ambito {
  return c.en ?? 'convenios';
}

/**
 * Reads a search from the URL. Unknown statuses and orders, and facets of the other kind of result, are dropped:
 * a mistyped link still searches.
 */
export function leerConsulta(parametros: URLSearchParams): Consulta {
  const en = parametros.get('en')?.trim() === 'evaluaciones' ? 'evaluaciones' : undefined;
  const filtros: Partial<Record<Faceta, string>> = {};
  for (const f of FACETAS) {
    const v = parametros.get(f)?.trim();
    if (v && ambitoDe(f) === (en ?? 'convenios') && valorIndexado(f, v) !== undefined) filtros[f] = v;
  }
  const orden = parametros.get('orden')?.trim();
  return {
    q: (parametros.get('q') ?? '').trim(),
    ...(en ? { en } : {}),
    filtros,
    ...((ORDENES as readonly string[]).includes(orden ?? '') ? { orden: orden as Orden } : {}),
  };
}

/** The URL parameters of a search, for rutas.buscar(); the default order is left out so links stay short. */
export function parametrosDeConsulta(c: Consulta): Partial<Record<'q' | 'en' | Faceta | 'orden', string>> {
  return {
    q: c.q,
    ...(c.en ? { en: c.en } : {}),
    ...c.filtros,
    ...(c.orden && c.orden !== ordenPredeterminado(c) ? { orden: c.orden } : {}),
  };
}

export function ordenPredeterminado(c: Pick<Consulta, 'q'>): Orden {
  return c.q ? 'relevancia' : 'recientes';
}

/** Relevance needs words; without them the newest come first. */
export function ordenEfectivo(c: Consulta): Orden {
  const orden = c.orden ?? ordenPredeterminado(c);
  return orden === 'relevancia' && !c.q ? 'recientes' : orden;
}

/** A search's parts as Pagefind reads them: quoted phrases (an unclosed quote runs to the end) and loose words. */
const partesDe = (t: string): string[] => t.match(/"[^"]*"?|[^\s"]+/g) ?? [];

/** Whether a part of a search (partesDe) is a quoted phrase with both quotes. */
const cerrada = (p: string): boolean => p.length > 1 && p.startsWith('"') && p.endsWith('"');

/** A search's closed quoted phrases, without their quotes. */
export const frasesEntreComillas = (termino: string): string[] => partesDe(termino).filter(cerrada).map(sinComillas).filter(Boolean);

const VACIAS_EN_CONSULTA = new Set<string>(VACIAS);
const vacia = (p: string) => VACIAS_EN_CONSULTA.has(p.toLocaleLowerCase('es-MX'));

/**
 * The words Pagefind gets: without the function words, which the index does not hold (src/lib/palabras-vacias.ts),
 * also inside a quoted phrase, whose other words still have to come in a row. Nothing left (a search of only «de
 * la») means no words: every page has them.
 */
export function terminoParaPagefind(q: string): string {
  const partes = partesDe(q);
  return partes
    .map((p) => {
      if (!p.startsWith('"')) return vacia(p) ? '' : p;
      const frase = p
        .replace(/"/g, '')
        .split(/\s+/)
        .filter((w) => w && !vacia(w));
      // An unclosed quote stays unclosed: Pagefind then takes the words one by one.
      const cierre = p.length > 1 && p.endsWith('"') ? '"' : '';
      return frase.length > 0 ? `"${frase.join(' ')}${cierre}` : '';
    })
    .filter(Boolean)
    .join(' ');
}

/** Lower case without accents, as the search compares words. */
export const plegar = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('es-MX');

/**
 * Words too common to narrow a search. Pagefind downloads, for each word of a search, the positions of that word
 * in every page that has it: at 10,000 convenios, «programa» or «evaluación» cost 100–300 KB each, while a word few
 * pages have costs a few KB. The build lists the words whose lists are longer than UMBRAL_PALABRA_COMUN (positions
 * plus pages, Pagefind's own unit) in /pagefind/indice.json (src/lib/partes-del-indice.ts), each with its size, by raizDeCosto; a search
 * with other words leaves them out, and the page says so.
 */
export const UMBRAL_PALABRA_COMUN = 15_000;
export type PalabrasComunes = Readonly<Record<string, number>>;

/** What a word is counted by: folded, and cut to five letters (Pagefind finds every word that starts like it). */
export function raizDeCosto(palabra: string): string {
  const p = plegar(palabra).replace(/[^\p{L}\p{N}]/gu, '');
  return /^\p{L}/u.test(p) ? p.slice(0, 5) : p;
}

/** What downloading a word would cost: its list's size, or for a short word the sum of the common words it starts. */
function costo(palabra: string, comunes: PalabrasComunes): number {
  const raiz = raizDeCosto(palabra);
  if (raiz.length >= 5 || /^\p{N}/u.test(raiz)) return comunes[raiz] ?? 0;
  return Object.entries(comunes).reduce((t, [r, n]) => (r.startsWith(raiz) ? t + n : t), 0);
}

/**
 * Words so common that the index keeps only one place of each per page (src/lib/posiciones-del-indice.ts): those
 * whose raizDeCosto has a list of at least this size. At 10,000 convenios «evaluación» alone appears 288,000 times,
 * and Pagefind downloads every place of a word searched: 270 KB for that word, 206 KB for «programa». With one place
 * per page (the one that weighs most: title, heading or text) a search still finds exactly the pages that hold the
 * word, for 3–22 KB, but Pagefind can no longer tell whether words come in a row, so a quoted phrase with such a word
 * is never asked of Pagefind as a phrase (frasesSinPosiciones).
 */
export const UMBRAL_SIN_POSICIONES = 60_000;

/** Whether the index keeps one place per page of the words of a root (raizDeCosto) with a list of `n`. */
export const raizSinPosiciones = (raiz: string, n: number): boolean =>
  n >= UMBRAL_SIN_POSICIONES && (raiz.length >= 5 || /^\p{N}/u.test(raiz));

/**
 * Whether Pagefind may find a search word among the words the index keeps one place of: its root is one of them,
 * or (a word shorter than a root, which Pagefind extends) one of them starts with it.
 */
export function sinPosiciones(palabra: string, comunes: PalabrasComunes): boolean {
  const raiz = raizDeCosto(palabra);
  if (!raiz) return false;
  return Object.entries(comunes).some(([r, n]) => raizSinPosiciones(r, n) && (r === raiz || (raiz.length < 5 && r.startsWith(raiz))));
}

/**
 * The words for Pagefind with each quoted phrase that holds a word the index keeps one place of (sinPosiciones)
 * turned into its loose words, then the common ones among all the loose words left out as sinPalabrasComunes does;
 * and those phrases, and the words left out. Pagefind cannot match such a phrase in a row: its pages with the words
 * are the honest answer when the phrase cannot be checked in the text (frasesCaras).
 */
export function frasesSinPosiciones(termino: string, comunes: PalabrasComunes): { termino: string; sueltas: string[]; omitidas: string[] } {
  const sinLugares = (p: string) =>
    cerrada(p) &&
    sinComillas(p)
      .split(' ')
      .some((w) => sinPosiciones(w, comunes));
  const sueltas = partesDe(termino).filter(sinLugares).map(sinComillas);
  const partes = partesDe(termino).map((p) => (sinLugares(p) ? sinComillas(p) : p));
  if (sueltas.length === 0) return { termino, sueltas, omitidas: [] };
  return { ...sinPalabrasComunes(partes.join(' '), comunes), sueltas };
}

/** The sentence after the count when quoted phrases were searched as loose words (frasesSinPosiciones). */
export function notaDeFrasesSueltas(sueltas: readonly string[]): string {
  if (sueltas.length === 0) return '';
  const frases = listaConNi(sueltas.map((f) => `«${f}»`));
  const una = sueltas.length === 1;
  return ` No se buscó ${frases} como ${una ? 'frase exacta' : 'frases exactas'}: ${una ? 'tiene palabras' : 'tienen palabras'} que están en casi todos los documentos, así que se buscaron sus palabras sueltas.`;
}

/**
 * The words for Pagefind (terminoParaPagefind's) without the common ones, and those left out. Quoted phrases keep
 * every word. A search of nothing but common words keeps its least common one.
 */
export function sinPalabrasComunes(termino: string, comunes: PalabrasComunes): { termino: string; omitidas: string[] } {
  const partes = partesDe(termino);
  const sueltas = partes.filter((p) => !p.startsWith('"'));
  const comun = (p: string) => costo(p, comunes) >= UMBRAL_PALABRA_COMUN;
  let omitidas = sueltas.filter(comun);
  if (omitidas.length === partes.length && omitidas.length > 0) {
    const menos = omitidas.reduce((a, b) => (costo(b, comunes) < costo(a, comunes) ? b : a));
    omitidas = omitidas.filter((p) => p !== menos);
  }
  return { termino: partes.filter((p) => !omitidas.includes(p)).join(' '), omitidas };
}

/** The sentence after the count when words were left out. */
export function notaDeOmitidas(omitidas: readonly string[]): string {
  if (omitidas.length === 0) return '';
  const palabras = listaConNi(omitidas.map((p) => `«${p}»`));
  return ` No se buscó ${palabras}: ${omitidas.length === 1 ? 'está' : 'están'} en demasiados documentos para distinguirlos.`;
}

/**
 * A search's words after leaving out those no document holds (each searched alone finds nothing: see
 * contieneLasPalabras), so that «pensiones ISSEMYM» finds what «ISSEMYM» does instead of nothing: Pagefind only
 * returns pages with every word. Quoted phrases stay, as written. Null when no word was left out or none remains.
 */
export function sinAusentes(termino: string, ausentes: readonly string[]): string | null {
  const partes = partesDe(termino);
  const quedan = partes.filter((p) => p.startsWith('"') || !ausentes.includes(p));
  return quedan.length === partes.length || quedan.length === 0 ? null : quedan.join(' ');
}

/** The words of a search of several parts that could be left out if no document holds them (not phrases). */
export function palabrasSueltas(termino: string): string[] {
  const partes = partesDe(termino);
  return partes.length > 1 ? partes.filter((p) => !p.startsWith('"')) : [];
}

/** What the person typed without one of its loose words (a search to offer when all of them find nothing). */
export function sinPalabra(q: string, palabra: string): string {
  const partes = partesDe(q);
  const i = partes.indexOf(palabra);
  return partes.filter((_, j) => j !== i).join(' ');
}

/** The sentence after the count when the search went on without words no document holds. */
export function notaDeAusentes(ausentes: readonly string[], ambito: Ambito, soloConvenios: boolean): string {
  if (ausentes.length === 0) return '';
  const palabras = listaConNi(ausentes.map((p) => `«${p}»`));
  const ninguno = ambito === 'evaluaciones' ? 'Ninguna' : 'Ningún';
  const esa = ausentes.length === 1 ? 'esa palabra' : 'esas palabras';
  return ` ${ninguno} ${nombreDeResultados(soloConvenios, ambito).uno} dice ${palabras}: se buscó sin ${esa}.`;
}

/**
 * Whether a page really holds every word of a search, or a word sharing its stem. Pagefind 1.6, when no indexed
 * word starts with a query word, falls back to the longest indexed word the query word starts with (its
 * find_word_extensions «inverse» case): «asdfgh» matches pages with «as», «huachicol» pages with «h)». Such a
 * word has no real match anywhere, so one result that lacks it means none has it. A word's stem is taken as all
 * but its last three letters (at least three, as short as Pagefind's Spanish stems: «casado» matches «caso»; numbers
 * and short words whole); quoted phrases Pagefind matches as written.
 */
export function contieneLasPalabras(q: string, contenido: string): boolean {
  const partes = partesDe(terminoParaPagefind(q));
  const plegado = plegar(contenido);
  // Pagefind indexes a word with inner punctuation both in parts and joined («PbRM-08b» as «pbrm», «08b», «pbrm08b»).
  const juntas = plegado.split(/\s+/).map((t) => t.replace(/[^\p{L}\p{N}]/gu, ''));
  const palabras = new Set([...(plegado.match(/[\p{L}\p{N}]+/gu) ?? []), ...juntas.filter(Boolean)]);
  return partes
    .filter((p) => !p.startsWith('"'))
    .flatMap((p) => plegar(p).match(/[\p{L}\p{N}]+/gu) ?? [])
    .every((termino) => {
      const raiz = raizDeBusqueda(termino);
      for (const w of palabras) if (w.startsWith(raiz)) return true;
      return false;
    });
}

/** A folded search word's stem as contieneLasPalabras takes it. */
const raizDeBusqueda = (termino: string): string =>
  /\d/.test(termino) || termino.length <= 4 ? termino : termino.slice(0, Math.max(3, termino.length - 3));

/**
 * Whether Pagefind would download one of the heaviest index chunks for a word (trozosPesados): the word, folded, or
 * its stem falls between a chunk's bounds, which are prefixes of its first and last words.
 */
export function enTrozoPesado(palabra: string, pesados: readonly RangoDeTrozo[]): boolean {
  const w = plegar(palabra).replace(/[^\p{L}\p{N}]/gu, '');
  const terminos = w ? [w, raizDeBusqueda(w)] : [];
  return pesados.some(([desde, hasta]) => terminos.some((t) => t >= desde && t.slice(0, hasta.length) <= hasta));
}

/**
 * Costly parts of a search, checked in the text instead of asked of Pagefind. A quoted phrase with common words
 * costs the positions of those words in every page (`"Evaluación Específica de Desempeño"` alone passed 600 KB at
 * 10,000 convenios), and a rare word in one of the heaviest index chunks costs that chunk («propaganda», 58 KB).
 * When such parts come with words that cost little, Pagefind can be asked for those (`candidatos`, without
 * quotes: every page with the whole search has them) and the costly parts checked in the text of the few pages that
 * come back (contieneLaFrase; a loose word is a phrase of one word). Null when nothing is costly. With nothing cheap
 * left to ask for, `candidatos` is empty: only chosen filters can narrow the pages, and without them only Pagefind
 * can find it. A loose common word stays: sinPalabrasComunes already left out those it could.
 */
export function frasesCaras(termino: string, comunes: PalabrasComunes, pesados: readonly RangoDeTrozo[]): PlanDeFrases | null {
  const comun = (w: string) => costo(w, comunes) >= UMBRAL_PALABRA_COMUN;
  const frases: string[] = [];
  const candidatos: string[] = [];
  for (const p of partesDe(termino)) {
    if (!cerrada(p)) {
      // An unclosed quote goes as written (Pagefind takes it as words).
      if (!p.startsWith('"') && !comun(p) && enTrozoPesado(p, pesados)) frases.push(p);
      else candidatos.push(p);
      continue;
    }
    const palabras = sinComillas(p).split(' ');
    const baratas = palabras.filter((w) => !comun(w) && !enTrozoPesado(w, pesados));
    if (baratas.length === palabras.length) candidatos.push(p);
    else {
      frases.push(sinComillas(p));
      candidatos.push(...baratas);
    }
  }
  return frases.length === 0 ? null : { candidatos: candidatos.join(' '), frases };
}

/** What Pagefind is asked for, and what is then checked in the text of the pages it returns (frasesCaras). */
export interface PlanDeFrases {
  candidatos: string;
  frases: string[];
}

/**
 * The plan with its first costly loose word asked of Pagefind too, for when the other words bring more pages than
 * can be checked: that word's chunk is one the whole search would load anyway. Null when no loose word is left to
 * add, or nothing would be left to check: then Pagefind searches everything.
 */
export function conOtraPalabra(plan: PlanDeFrases): PlanDeFrases | null {
  const i = plan.frases.findIndex((f) => !f.includes(' '));
  const frases = plan.frases.filter((_, j) => j !== i);
  return i < 0 || frases.length === 0 ? null : { candidatos: [plan.candidatos, plan.frases[i]].filter(Boolean).join(' '), frases };
}

/** A text's folded words, without function words: what a phrase is matched against. */
export const palabrasSinVacias = (t: string): string[] =>
  (plegar(t).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !VACIAS_EN_CONSULTA.has(w));

/** The stems a phrase's words are matched by (contieneLaFrase), in order. */
export const raicesDeLaFrase = (frase: string): string[] => palabrasSinVacias(frase).map(raizDeBusqueda);

/**
 * Whether a page's text has a phrase's words in a row, leaving out function words as the index does
 * (src/lib/palabras-vacias.ts) and matching each word by the stem contieneLasPalabras uses.
 */
export function contieneLaFrase(frase: string, contenido: string): boolean {
  const raices = raicesDeLaFrase(frase);
  const palabras = palabrasSinVacias(contenido);
  if (raices.length === 0) return true;
  return palabras.some((_, i) => raices.every((r, j) => palabras[i + j]?.startsWith(r)));
}

/**
 * Where a text (a result's excerpt) has the words of phrases checked in the text (frasesCaras): Pagefind only marks
 * the words it was asked for. Each word is matched as contieneLaFrase matches it, by its stem; function words are
 * not marked. Start and end of each, in order.
 */
export function tramosDeLasFrases(texto: string, frases: readonly string[]): [number, number][] {
  const raices = frases.flatMap(raicesDeLaFrase);
  if (raices.length === 0) return [];
  return [...texto.matchAll(/[\p{L}\p{N}]+/gu)]
    .filter((m) => raices.some((r) => plegar(m[0]).startsWith(r)))
    .map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Pagefind's ranking for this site. Every searched page is a document (convenio or federal follow-up), and its
 * length is how much of the signed document it carries, not verbosity: Pagefind's default length penalty
 * (pageLength 0.75) put a real convenio, published with its full text, below short generated ones that only repeat
 * its program's name. Term saturation still keeps a word repeated many times from outweighing a rarer one.
 */
export const RANKING = { pageLength: 0 } as const;

/** The search's words without its quotes: what ranks the pages that hold a quoted phrase (ordenarFrase). */
export const sinComillas = (termino: string): string => termino.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Pagefind scores every page holding a quoted phrase the same (1.0), so hundreds of matches came in index order.
 * They are put in the order the same words without quotes give them (how often and how rare), ties in index order.
 */
export function ordenarFrase<T extends { id: string }>(frase: readonly T[], palabras: readonly { id: string; score: number }[]): T[] {
  const puntos = new Map(palabras.map((r) => [r.id, r.score]));
  return frase
    .map((r, i) => ({ r, i, p: puntos.get(r.id) ?? -Infinity }))
    .sort((a, b) => b.p - a.p || a.i - b.i)
    .map(({ r }) => r);
}

/** A part of a page that matched, as Pagefind returns it (its heading, the heading's anchor, and where the words are). */
export interface Subresultado {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string };
  weighted_locations?: { balanced_score: number }[];
}

/** Commitment headings carry these ids (src/components/TarjetaCompromiso.astro). */
export const ANCLA_DE_COMPROMISO = /^(compromiso|asm)-/;

/**
 * The commitment a search matched best, if the words are inside one: the result then links to it instead of the
 * top of a page with dozens of commitments. Best is the most weight of matches; ties keep page order. A commitment
 * with fewer matches than the search has words cannot hold them all («Bertha Alicia Casado» matched only «caso» in
 * one): it is not claimed, and the result links to the page.
 */
export function compromisoCoincidente(subresultados: readonly Subresultado[] | undefined, palabras = 1): Subresultado | undefined {
  let mejor: Subresultado | undefined;
  let puntos = 0;
  for (const s of subresultados ?? []) {
    if (!ANCLA_DE_COMPROMISO.test(s.anchor?.id ?? '') || (s.weighted_locations ?? []).length < palabras) continue;
    const p = (s.weighted_locations ?? []).reduce((t, l) => t + l.balanced_score, 0);
    if (p > puntos) {
      mejor = s;
      puntos = p;
    }
  }
  return mejor;
}

/**
 * Options for pagefind.search(term, options): only the search's kind of result (convenios or evaluations), the
 * chosen filters of that kind, and the sort (a convenio by its date, an evaluation by its PAE cycle).
 */
export function opcionesDePagefind(
  c: Consulta,
  sin?: Faceta,
): { filters: Record<string, string | { none: string[] }>; sort?: Record<string, 'asc' | 'desc'> } {
  const ambito = ambitoDeConsulta(c);
  const filters: Record<string, string | { none: string[] }> = { tipo: TIPO_DE_AMBITO[ambito] };
  for (const f of FACETAS) {
    const v = c.filtros[f];
    const indexado = v === undefined || f === sin || ambitoDe(f) !== ambito ? undefined : valorIndexado(f, v);
    if (indexado !== undefined) filters[f] = indexado;
  }
  const orden = ordenEfectivo(c);
  const clave = ambito === 'evaluaciones' ? CLAVE_CICLO : CLAVE_FECHA;
  return orden === 'relevancia' ? { filters } : { filters, sort: { [clave]: orden === 'recientes' ? 'desc' : 'asc' } };
}

/** The same search of the convenios and federal follow-ups, limited to signed convenios: are all results convenios? */
export function opcionesSoloConvenios(c: Consulta): ReturnType<typeof opcionesDePagefind> {
  const opciones = opcionesDePagefind(c);
  return { ...opciones, filters: { ...opciones.filters, tipo: TIPO_SOLO_CONVENIOS } };
}

// ---------------------------------------------------------------------------------------------
// What the results are called

/**
 * «evaluación(es)» when the search looks through the evaluations; otherwise «convenio(s)» only when every result is
 * a signed convenio, and with federal follow-ups among them, «documento(s)».
 */
export function nombreDeResultados(soloConvenios: boolean, ambito: Ambito = 'convenios'): { uno: string; varios: string } {
  if (ambito === 'evaluaciones') return { uno: 'evaluación', varios: 'evaluaciones' };
  return soloConvenios ? { uno: 'convenio', varios: 'convenios' } : { uno: 'documento', varios: 'documentos' };
}

const numero = new Intl.NumberFormat('es-MX');

/**
 * The sentence above the results: how many, under which words and filters, and which come first. A federal
 * follow-up is not signed: its date is its latest report, so mixed results are «de fecha más reciente».
 * Evaluations (feminine) come by their PAE cycle; `soloConvenios` does not apply to them.
 */
export function textoDeConteo(n: number, c: Consulta, soloConvenios: boolean): string {
  const evaluaciones = ambitoDeConsulta(c) === 'evaluaciones';
  const { uno, varios } = nombreDeResultados(soloConvenios, ambitoDeConsulta(c));
  const elegidos = FACETAS.filter((f) => c.filtros[f]).length;
  const condiciones = [
    c.q && `«${c.q}»`,
    elegidos === 1 ? 'el filtro elegido' : elegidos > 1 ? `los ${elegidos} filtros elegidos` : '',
  ].filter(Boolean);
  const con = condiciones.length > 0 ? ` con ${condiciones.join(' y ')}` : '';
  if (n === 0)
    return `${evaluaciones ? 'Ninguna' : 'Ningún'} ${uno} coincide${con}. Pruebe con otras palabras, sin comillas, o quite algún filtro.`;
  if (n === 1) return `1 ${uno} coincide${con}.`;
  const orden = ordenEfectivo(c);
  const primero =
    orden === 'relevancia'
      ? `${evaluaciones ? 'las' : 'los'} más pertinentes`
      : evaluaciones
        ? `las del PAE más ${orden === 'recientes' ? 'reciente' : 'antiguo'}`
        : soloConvenios
          ? orden === 'recientes'
            ? 'los firmados más recientemente'
            : 'los firmados hace más tiempo'
          : `los de fecha ${orden === 'recientes' ? 'más reciente' : 'más antigua'} (firma o último reporte)`;
  const publicados = evaluaciones ? 'publicadas' : 'publicados';
  return `${numero.format(n)} ${varios} ${con ? `coinciden${con}` : publicados}; primero ${primero}.`;
}

// ---------------------------------------------------------------------------------------------
// «Descargar estos resultados (CSV)»

/**
 * The table of /datos/ each kind of result downloads as (its file, and its name in the anchors of the data
 * dictionary, #tabla-…), and the folder of its pages: a result's id is the segment after it, and the table's `id`
 * column holds it.
 */
export const DESCARGA_DE_AMBITO: Record<Ambito, { tabla: string; archivo: string; carpeta: string }> = {
  convenios: { tabla: 'convenios', archivo: 'convenios.csv', carpeta: 'convenios' },
  evaluaciones: { tabla: 'evaluaciones', archivo: 'evaluaciones.csv', carpeta: 'evaluaciones' },
};

/** The id in a result's URL (…/convenios/{id}/, or …/evaluaciones/{id}/ for an evaluation, whatever the base path). */
export function idDeResultado(url: string, ambito: Ambito = 'convenios'): string | undefined {
  const m = new RegExp(`/${DESCARGA_DE_AMBITO[ambito].carpeta}/([^/?#]+)/(?:[?#].*)?$`).exec(url);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

/**
 * busqueda-<words and filter values>.csv: the search in the file name, folded to a-z, 0-9 and hyphens; a search of
 * the evaluations is busqueda-evaluaciones-….csv.
 */
export function nombreDeDescarga(c: Consulta): string {
  const texto = [c.en ?? '', c.q, ...FACETAS.map((f) => c.filtros[f] ?? '')].join(' ');
  let corto = plegar(texto)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // At most 60 characters, cut between words when there is a hyphen to cut at.
  if (corto.length > 60) {
    const corte = corto.slice(0, 61).lastIndexOf('-');
    corto = corto.slice(0, corte > 0 ? corte : 60);
  }
  return corto ? `busqueda-${corto}.csv` : 'busqueda.csv';
}

/**
 * The records of a CSV (RFC 4180: quoted fields may hold commas, doubled quotes and line ends), each exactly as
 * written, with its line end, and as unquoted fields. A leading byte-order mark is not part of the first record.
 */
export function registrosCsv(texto: string): { texto: string; campos: string[] }[] {
  const registros: { texto: string; campos: string[] }[] = [];
  // Jumps from one comma, quote or line end to the next: a full convenios.csv of 10,000 documents is megabytes.
  const especial = /[",\r\n]/g;
  let inicio = texto.startsWith('\uFEFF') ? 1 : 0;
  let campos: string[] = [];
  let i = inicio;
  while (i <= texto.length) {
    let campo: string;
    if (texto[i] === '"') {
      // Quoted: up to the quote that is not doubled.
      let fin = i + 1;
      for (;;) {
        const q = texto.indexOf('"', fin);
        if (q === -1) {
          fin = texto.length;
          break;
        }
        if (texto[q + 1] !== '"') {
          fin = q;
          break;
        }
        fin = q + 2;
      }
      campo = texto.slice(i + 1, fin).replace(/""/g, '"');
      i = fin + 1;
    } else {
      especial.lastIndex = i;
      const m = especial.exec(texto);
      const fin = m ? m.index : texto.length;
      campo = texto.slice(i, fin);
      i = fin;
    }
    campos.push(campo);
    const ch = texto[i];
    if (ch === ',') {
      i++;
      continue;
    }
    // A line end or the end of the text closes the record.
    const fin = ch === '\r' && texto[i + 1] === '\n' ? i + 2 : ch === undefined ? i : i + 1;
    if (fin > inicio) registros.push({ texto: texto.slice(inicio, fin), campos });
    campos = [];
    inicio = fin;
    i = fin;
    if (ch === undefined) break;
  }
  return registros;
}

/**
 * A CSV with the header and only the records whose column `columna` holds one of `claves`, in the order of
 * `claves`: each record byte for byte as the full file wrote it, so the result keeps its columns, quoting and CRLF
 * line ends, and starts with the byte-order mark every CSV of the site has (src/lib/datos/csv.ts). `faltan` lists
 * the keys the file does not have.
 */
export function filtrarCsv(texto: string, columna: string, claves: readonly string[]): { csv: string; faltan: string[] } {
  const [encabezado, ...registros] = registrosCsv(texto);
  const i = encabezado?.campos.indexOf(columna) ?? -1;
  if (!encabezado || i === -1) throw new Error(`El CSV no tiene la columna «${columna}»`);
  const porClave = new Map(registros.map((r) => [r.campos[i], r.texto]));
  const conFin = (t: string) => (/[\r\n]$/.test(t) ? t : `${t}\r\n`);
  const faltan = claves.filter((k) => !porClave.has(k));
  const filas = claves.flatMap((k) => {
    const t = porClave.get(k);
    return t === undefined ? [] : [conFin(t)];
  });
  return { csv: `\uFEFF${conFin(encabezado.texto)}${filas.join('')}`, faltan };
}
