/**
 * One Pagefind 1.6 index from the indexes of several batches of pages, written as Pagefind writes its own
 * (pagefind/src/index/mod.rs): so the index step can index a site in batches, keep each batch's index, and after an
 * edit index again only the batch that changed (issue 15: a rebuild after editing one convenio). Pages are numbered
 * batch after batch; words, filters and sorts are those of every batch, with their pages renumbered; index chunks
 * are cut and bounded as Pagefind cuts them. One batch comes out as Pagefind wrote it (tests/build/lotes-del-indice).
 */
import { decode, encode } from 'cborg';
import { enteroCbor, LectorCbor, listaCbor, textoCbor } from './cbor-crudo.ts';
import { lugarDeMasPeso } from './posiciones-del-indice.ts';

/** A filter: its name, and each value with the numbers of its pages. */
export type Filtro = [nombre: string, valores: [valor: string, paginas: number[]][]];

/** What the index step reads of one batch's index. */
export interface Lote {
  version: string;
  /** Each page's fragment name and word count (and what else Pagefind keeps of it, as it is), by page number. */
  paginas: [nombre: string, palabras: number, ...resto: unknown[]][];
  /** Every word of the batch, from its chunks in order (leerTrozo). */
  palabras: PalabraDeLote[];
  filtros: Filtro[];
  /** For each sort key, the pages that have it (the batch's own sort lists). */
  ordenes: [clave: string, paginas: number[]][];
  /** The metadata fields, by id (meta_locs refer to them). */
  campos: string[];
  /** Each page's sort value (data-pagefind-sort), by page number: Pagefind's index keeps only the order. */
  valores: (string | null)[];
}

/** An index chunk in the metadata: a prefix of its first word, of its last, and its file's name. */
export type RangoDelTrozo = [desde: string, hasta: string, archivo: string];

const mal = (que: string) => new Error(`${que} no es como lo escribe Pagefind 1.6 (¿cambió su formato?)`);
const esLista = (x: unknown): x is unknown[] => Array.isArray(x);
const esEntero = (x: unknown): x is number => Number.isInteger(x);
const esTexto = (x: unknown): x is string => typeof x === 'string';

/**
 * A word's pages in one batch's chunk, by their bytes: each page [number counted from the one before, places,
 * places in metadata fields]. Kept with what joining them to another batch's needs.
 */
export interface Tramo {
  bytes: Uint8Array;
  paginas: number;
  /** The numbers, in its batch, of its first page and of its last. */
  primera: number;
  ultima: number;
  /** Where, in `bytes`, the first page's places start (after its number). */
  resto: number;
  /** Its size in Pagefind's chunk unit: one per page and per place. */
  unidades: number;
  /** Whether any page has places in metadata fields (whose ids a union may change). */
  enCampos: boolean;
}

/** A word of a batch's chunk: its pages, and its spellings with diacritics with theirs. */
export interface PalabraDeLote {
  palabra: string;
  tramo: Tramo;
  variantes: [forma: string, tramo: Tramo][];
}

function leerTramo(l: LectorCbor): Tramo {
  const n = l.lista();
  const inicio = l.i;
  let pagina = 0;
  let primera = 0;
  let resto = 0;
  let unidades = 0;
  let enCampos = false;
  for (let k = 0; k < n; k++) {
    if (l.lista() !== 3) throw mal('una página de una palabra del índice');
    pagina += l.entero();
    if (k === 0) {
      primera = pagina;
      resto = l.i - inicio;
    }
    const lugares = l.lista();
    for (let j = 0; j < lugares; j++) l.entero();
    const campos = l.lista();
    for (let j = 0; j < campos; j++) l.entero();
    unidades += lugares + campos + 1;
    enCampos ||= campos > 0;
  }
  return { bytes: l.bytes.subarray(inicio, l.i), paginas: n, primera, ultima: pagina, resto, unidades, enCampos };
}

/** The words of an index chunk (CBOR after Pagefind's signature: [[word, pages, [[spelling, pages]…]]…]). */
export function leerTrozo(cbor: Uint8Array): PalabraDeLote[] {
  const l = new LectorCbor(cbor);
  if (l.lista() !== 1) throw mal('un trozo del índice');
  const n = l.lista();
  const palabras: PalabraDeLote[] = [];
  for (let k = 0; k < n; k++) {
    if (l.lista() !== 3) throw mal('una palabra del índice');
    const palabra = l.texto();
    const tramo = leerTramo(l);
    const variantes: [string, Tramo][] = [];
    for (let v = l.lista(); v > 0; v--) {
      if (l.lista() !== 2) throw mal('una variante de una palabra del índice');
      const forma = l.texto();
      variantes.push([forma, leerTramo(l)]);
    }
    palabras.push({ palabra, tramo, variantes });
  }
  if (l.i !== cbor.length) throw mal('un trozo del índice');
  return palabras;
}
/** What a batch's metadata holds (CBOR after the signature: version, pages, chunks, filters, sorts, fields). */
export function leerMetadatos(cbor: Uint8Array): Omit<Lote, 'palabras' | 'filtros' | 'valores'> & {
  trozos: RangoDelTrozo[];
  archivosDeFiltro: [nombre: string, archivo: string][];
} {
  const m = decode(cbor) as unknown;
  const pares = (x: unknown, b: (y: unknown) => boolean) =>
    esLista(x) && x.every((y) => esLista(y) && y.length >= 2 && esTexto(y[0]) && b(y[1]));
  if (
    !esLista(m) ||
    m.length !== 6 ||
    !esTexto(m[0]) ||
    !pares(m[1], esEntero) ||
    !esLista(m[2]) ||
    !m[2].every((t) => esLista(t) && t.length === 3 && t.every(esTexto)) ||
    !pares(m[3], esTexto) ||
    !pares(m[4], (p) => esLista(p) && p.every(esEntero)) ||
    !esLista(m[5]) ||
    !m[5].every(esTexto)
  ) {
    throw mal('los metadatos del índice');
  }
  return {
    version: m[0],
    paginas: m[1] as Lote['paginas'],
    trozos: m[2] as RangoDelTrozo[],
    archivosDeFiltro: (m[3] as [string, string][]).map(([n, a]) => [n, a]),
    ordenes: (m[4] as [string, number[]][]).map(([c, p]) => [c, p]),
    campos: m[5] as string[],
  };
}

/** A filter file (CBOR after the signature: its name, then each value with its pages). */
export function leerFiltro(cbor: Uint8Array): Filtro {
  const f = decode(cbor) as unknown;
  if (
    !esLista(f) ||
    f.length !== 2 ||
    !esTexto(f[0]) ||
    !esLista(f[1]) ||
    !f[1].every((v) => esLista(v) && v.length === 2 && esTexto(v[0]) && esLista(v[1]) && v[1].every(esEntero))
  ) {
    throw mal('un filtro del índice');
  }
  return [f[0], f[1] as Filtro[1]];
}

/**
 * Strings in the order Rust gives them (by UTF-8 bytes, which is by code point): JavaScript's < compares UTF-16
 * units, which puts characters past U+FFFF before U+E000–U+FFFF.
 */
export function porBytes(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** Whether every value reads as a number as Pagefind 1.6 reads sort values (an i32 or an f32; the common forms). */
const esNumero = (v: string) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v);

/**
 * A sort list as Pagefind 1.6 builds it: the pages with the key, by value (as numbers when every value reads as one,
 * else as text by bytes), pages of equal value in page order.
 */
export function ordenarPorValor(paginas: readonly [pagina: number, valor: string][]): number[] {
  const numeros = paginas.every(([, v]) => esNumero(v));
  const comparar = numeros
    ? (a: string, b: string) => Math.fround(Number(a)) - Math.fround(Number(b))
    : (a: string, b: string) => porBytes(a, b);
  return [...paginas].sort((a, b) => comparar(a[1], b[1]) || a[0] - b[0]).map(([p]) => p);
}

/** A word of the union: its pages in each batch that has it (by the batch's number), and its spellings'. */
export interface PalabraUnida {
  palabra: string;
  tramos: [lote: number, tramo: Tramo][];
  variantes: Map<string, [lote: number, tramo: Tramo][]>;
  unidades: number;
}

/** The index of every batch, in order, as one: pages numbered batch after batch, words sorted as Pagefind sorts them. */
export interface Union {
  version: string;
  paginas: Lote['paginas'];
  palabras: PalabraUnida[];
  filtros: Filtro[];
  ordenes: Lote['ordenes'];
  campos: string[];
  /** Each batch's first page number in the union, and its metadata field ids in the union (null: the same). */
  bases: number[];
  ids: (number[] | null)[];
}

export function unirLotes(lotes: readonly Lote[]): Union {
  const version = lotes[0]?.version ?? '';
  const otra = lotes.find((l) => l.version !== version);
  if (otra) throw new Error(`los lotes del índice son de versiones distintas de Pagefind (${version} y ${otra.version})`);
  const campos = [...new Set(lotes.flatMap((l) => l.campos))].sort(porBytes);
  const paginas: Lote['paginas'] = [];
  const bases: number[] = [];
  const ids: (number[] | null)[] = [];
  const palabras = new Map<string, PalabraUnida>();
  const filtros = new Map<string, Map<string, number[]>>();
  const conValor = new Map<string, [number, string][]>();
  for (const [k, lote] of lotes.entries()) {
    const base = paginas.length;
    bases.push(base);
    const suyos = lote.campos.map((c) => campos.indexOf(c));
    ids.push(suyos.every((id, i) => id === i) ? null : suyos);
    paginas.push(...lote.paginas);
    for (const { palabra, tramo, variantes } of lote.palabras) {
      let p = palabras.get(palabra);
      if (!p) palabras.set(palabra, (p = { palabra, tramos: [], variantes: new Map(), unidades: 0 }));
      p.tramos.push([k, tramo]);
      // Pagefind 1.6.0 sizes a word by its pages, its spellings' pages and one more per spelling (fitted to every
      // cut of its chunks; the source after the release counts the word's own pages only).
      p.unidades += tramo.unidades;
      for (const [forma, suyo] of variantes) {
        p.unidades += suyo.unidades + (p.variantes.has(forma) ? 0 : 1);
        const v = p.variantes.get(forma) ?? [];
        p.variantes.set(forma, v);
        v.push([k, suyo]);
      }
    }
    for (const [nombre, valores] of lote.filtros) {
      const f = filtros.get(nombre) ?? new Map<string, number[]>();
      filtros.set(nombre, f);
      for (const [valor, deValor] of valores) {
        const v = f.get(valor) ?? [];
        f.set(valor, v);
        v.push(...deValor.map((n) => n + base));
      }
    }
    for (const [clave, conClave] of lote.ordenes) {
      const lista = conValor.get(clave) ?? [];
      conValor.set(clave, lista);
      for (const n of conClave) {
        const valor = lote.valores[n];
        if (valor === null || valor === undefined) {
          throw new Error(`la página ${n} de un lote del índice tiene la clave de orden «${clave}» pero no su valor`);
        }
        lista.push([n + base, valor]);
      }
    }
  }
  return {
    version,
    paginas,
    campos,
    bases,
    ids,
    palabras: [...palabras.values()].sort((a, b) => porBytes(a.palabra, b.palabra)),
    filtros: [...filtros]
      .sort(([a], [b]) => porBytes(a, b))
      .map(([nombre, valores]): Filtro => [nombre, [...valores].sort(([a], [b]) => porBytes(a, b))]),
    ordenes: [...conValor].sort(([a], [b]) => porBytes(a, b)).map(([clave, lista]) => [clave, ordenarPorValor(lista)]),
  };
}

/** The words cut into chunks as Pagefind 1.6 cuts them: a chunk ends once its words' sizes reach `unidades`. */
export function trocear<P extends { unidades: number }>(palabras: readonly P[], unidades: number): P[][] {
  const trozos: P[][] = [];
  let trozo: P[] = [];
  let tamano = 0;
  for (const palabra of palabras) {
    tamano += palabra.unidades;
    trozo.push(palabra);
    if (tamano >= unidades) {
      trozos.push(trozo);
      trozo = [];
      tamano = 0;
    }
  }
  if (trozo.length > 0) trozos.push(trozo);
  return trozos;
}

/** The shortest prefixes that tell two neighbouring words apart (Pagefind's get_prefixes, by characters). */
function prefijos(a: string, b: string): [string, string] {
  const x = [...a];
  const y = [...b];
  let comun = 0;
  while (comun < x.length && comun < y.length && x[comun] === y[comun]) comun++;
  return [x.slice(0, comun + 1).join(''), y.slice(0, comun + 1).join('')];
}

/** Each chunk's bounds as the metadata gives them (Pagefind's chunk_meta), without file names. */
export function limitesDeTrozos(trozos: readonly (readonly string[])[]): [desde: string, hasta: string][] {
  const limites = trozos.map((t): [string, string] => [t[0] ?? '', t.at(-1) ?? '']);
  for (let i = 0; i + 1 < limites.length; i++) {
    const [hasta, desde] = prefijos(limites[i]![1], limites[i + 1]![0]);
    if (porBytes(hasta, limites[i]![0]) >= 0) limites[i]![1] = hasta;
    limites[i + 1]![0] = desde;
  }
  return limites;
}

const PAGINA = listaCbor(3);

/**
 * A word's pages of every batch, as one list: each batch's first page numbered from the last page of the batch
 * before, its other pages copied as they are (each already counted from the one before); a batch whose field ids
 * changed in the union has its pages written again with the new ids. With `unLugar`, each page keeps only the place
 * that weighs most (lugarDeMasPeso): the word is too common for its places to be worth downloading.
 */
function paginasUnidas(
  tramos: readonly [number, Tramo][],
  union: Pick<Union, 'bases' | 'ids'>,
  salida: Uint8Array[],
  unLugar: boolean,
): void {
  salida.push(listaCbor(tramos.reduce((s, [, t]) => s + t.paginas, 0)));
  let ultima = 0;
  for (const [k, t] of tramos) {
    // A word only some spelling of which a batch has (concedió: concedi) has no pages of its own there.
    if (t.paginas === 0) continue;
    const base = union.bases[k]!;
    const ids = t.enCampos ? union.ids[k] : null;
    if (!ids && !unLugar) {
      salida.push(PAGINA, enteroCbor(base + t.primera - ultima), t.bytes.subarray(t.resto));
      ultima = base + t.ultima;
      continue;
    }
    const l = new LectorCbor(t.bytes);
    let pagina = 0;
    for (let j = 0; j < t.paginas; j++) {
      l.lista();
      pagina += l.entero();
      salida.push(PAGINA, enteroCbor(base + pagina - ultima));
      ultima = base + pagina;
      const lugares = l.i;
      const todos: number[] = [];
      for (let n = l.lista(); n > 0; n--) {
        const x = l.entero();
        if (unLugar) todos.push(x);
      }
      if (!unLugar) salida.push(t.bytes.subarray(lugares, l.i));
      else {
        const uno = lugarDeMasPeso(todos);
        salida.push(listaCbor(uno.length), ...uno.map(enteroCbor));
      }
      const campos = l.i;
      const n = l.lista();
      if (!ids) {
        for (let c = 0; c < n; c++) l.entero();
        salida.push(t.bytes.subarray(campos, l.i));
        continue;
      }
      salida.push(listaCbor(n));
      for (let c = 0; c < n; c++) {
        const x = l.entero();
        salida.push(enteroCbor(x < 0 ? -(ids[-x - 1]! + 1) : x));
      }
    }
  }
}

function juntar(partes: readonly Uint8Array[]): Uint8Array {
  const todo = new Uint8Array(partes.reduce((s, p) => s + p.length, 0));
  let i = 0;
  for (const p of partes) {
    todo.set(p, i);
    i += p.length;
  }
  return todo;
}

/**
 * A chunk of the union as Pagefind writes one: [[word, pages, [[spelling, pages]…]]…]. The words `unLugar` names
 * keep one place per page, in the word and in each of its spellings (src/lib/posiciones-del-indice.ts).
 */
export function codificarTrozo(
  trozo: readonly PalabraUnida[],
  union: Pick<Union, 'bases' | 'ids'>,
  unLugar: (palabra: string) => boolean = () => false,
): Uint8Array {
  const partes: Uint8Array[] = [listaCbor(1), listaCbor(trozo.length)];
  for (const p of trozo) {
    const uno = unLugar(p.palabra);
    partes.push(listaCbor(3), textoCbor(p.palabra));
    paginasUnidas(p.tramos, union, partes, uno);
    partes.push(listaCbor(p.variantes.size));
    for (const [forma, tramos] of p.variantes) {
      partes.push(listaCbor(2), textoCbor(forma));
      paginasUnidas(tramos, union, partes, uno);
    }
  }
  return juntar(partes);
}

export const codificarFiltro = (filtro: Filtro): Uint8Array => encode(filtro);

export const codificarMetadatos = (m: {
  version: string;
  paginas: Lote['paginas'];
  trozos: readonly RangoDelTrozo[];
  filtros: readonly [nombre: string, archivo: string][];
  ordenes: Lote['ordenes'];
  campos: readonly string[];
}): Uint8Array => encode([m.version, m.paginas, m.trozos, m.filtros, m.ordenes, m.campos]);
