/**
 * Index chunks with one place per page for the commonest words (UMBRAL_SIN_POSICIONES in busqueda.ts). Pagefind
 * 1.6 writes, for each word, every place it has in every page, and a search downloads them all: at 10,000 convenios
 * a search of «evaluación» or «programa» alone passed 400 KB. The index step writes the chunks that hold such words
 * with one place per page (codificarTrozo in union-de-lotes.ts); which pages have each word stays exact, so do the
 * counts, and every other word keeps all its places.
 */
import { plegar, raizDeCosto, raizSinPosiciones, type PalabrasComunes } from './busqueda.ts';
import { VACIAS } from './palabras-vacias.ts';

// As Pagefind 1.6 keeps its words: lower case, without diacritics.
const VACIAS_INDEXADAS = new Set(VACIAS.map(plegar));

/**
 * Whether the index keeps one place per page of a word of its own (a key of an index chunk): the words of a root
 * too common (raizSinPosiciones), and function words, which /buscar/ never asks for but capitals keep in the text
 * («EL», «LA SECRETARÍA»), so each cost what a common word does in its chunk.
 */
export function palabraSinPosiciones(palabra: string, comunes: PalabrasComunes): boolean {
  const raiz = raizDeCosto(palabra);
  return raizSinPosiciones(raiz, comunes[raiz] ?? 0) || VACIAS_INDEXADAS.has(plegar(palabra).replace(/[^\p{L}\p{N}]/gu, ''));
}

/** The weight Pagefind gives a place before any mark, and the most a mark can give. */
const PESO_INICIAL = 25;
const PESO_MAXIMO = 255;

/**
 * A page's places of a word (as Pagefind 1.6 writes them: each position counted from the one before, and each
 * negative number a mark that sets the weight of the places after it, the first of which is counted from 0 again)
 * reduced to the one that weighs most (the first of those), with the mark of its weight unless it is the initial
 * one. Pagefind ranks a page by the weights of its places: its title or a heading before its text.
 */
export function lugarDeMasPeso(lugares: readonly number[]): number[] {
  let peso = PESO_INICIAL;
  let posicion = 0;
  let mejor: { peso: number; posicion: number } | undefined;
  for (const l of lugares) {
    if (l < 0) {
      peso = Math.min(-l - 1, PESO_MAXIMO);
      posicion = 0;
      continue;
    }
    posicion += l;
    if (!mejor || peso > mejor.peso) mejor = { peso, posicion };
  }
  if (!mejor) return [];
  return mejor.peso === PESO_INICIAL ? [mejor.posicion] : [-(mejor.peso + 1), mejor.posicion];
}

/**
 * Whether an index chunk, by its bounds in the metadata (a prefix of its first word and of its last), may hold a word
 * palabraSinPosiciones names: so the index step reads only those. Bounds that start with punctuation («la) may.
 */
export function trozoConPalabrasSinPosiciones(desde: string, hasta: string, comunes: PalabrasComunes): boolean {
  if (/^[^\p{L}\p{N}]/u.test(desde) || /^[^\p{L}\p{N}]/u.test(hasta)) return true;
  // A word is at or after the first bound, and its start no further than the last bound.
  const cabe = (desdeLaPalabra: string, palabra: string) => desde <= desdeLaPalabra && palabra.slice(0, hasta.length) <= hasta;
  const raices = Object.keys(comunes).filter((r) => raizSinPosiciones(r, comunes[r]!));
  // Letters start every word that follows them (evalu: evaluacion, evaluado); a number, or a function word, is the word.
  return raices.some((r) => (/^\p{N}/u.test(r) ? cabe(r, r) : cabe(`${r}\uffff`, r))) || [...VACIAS_INDEXADAS].some((v) => cabe(v, v));
}
