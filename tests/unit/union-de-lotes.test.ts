import { decode, encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { enteroCbor, LectorCbor, listaCbor, textoCbor } from '../../src/lib/cbor-crudo.ts';
import { cortarEnLotes, urlDePagefind } from '../../src/lib/lotes-del-indice.ts';
import {
  codificarTrozo,
  leerTrozo,
  limitesDeTrozos,
  ordenarPorValor,
  porBytes,
  trocear,
  unirLotes,
  type Lote,
} from '../../src/lib/union-de-lotes.ts';

describe('CBOR por sus bytes', () => {
  it.each([0, 1, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32 - 1, -1, -24, -25, -256, -257, -65_537])(
    'el entero %d, como cborg, y se lee igual',
    (n) => {
      expect(enteroCbor(n)).toEqual(encode(n));
      expect(new LectorCbor(enteroCbor(n)).entero()).toBe(n);
    },
  );

  it.each(['', 'agua', 'evaluación', 'x'.repeat(300), '𝔸 emoji 😀'])('el texto «%s», como cborg, y se lee igual', (t) => {
    expect(textoCbor(t)).toEqual(encode(t));
    expect(new LectorCbor(textoCbor(t)).texto()).toBe(t);
  });

  it.each([0, 3, 24, 1000])('la cabecera de una lista de %d, como cborg', (n) => {
    const lista = encode(Array.from({ length: n }, () => 0));
    expect(listaCbor(n)).toEqual(lista.subarray(0, lista.length - n));
    expect(new LectorCbor(lista).lista()).toBe(n);
  });

  it.each([
    ['un texto donde va un entero', () => new LectorCbor(textoCbor('a')).entero(), /se esperaba un entero/],
    ['un entero donde va una lista', () => new LectorCbor(enteroCbor(3)).lista(), /se esperaba una lista/],
    ['bytes que se acaban', () => new LectorCbor(Uint8Array.of(0x19, 1)).entero(), /CBOR cortado/],
    ['un número de 64 bits', () => new LectorCbor(Uint8Array.of(0x1b, 0, 0, 0, 0, 0, 0, 0, 1)).entero(), /largo que no se esperaba/],
  ])('falla ante %s', (_, leer, error) => expect(leer).toThrow(error));
});

describe('cortarEnLotes', () => {
  const rutas = Array.from({ length: 5000 }, (_, i) => `convenios/c${String(i).padStart(5, '0')}/index.html`).sort();

  it('corta en lotes seguidos, todos y en orden, de hasta el doble del tamaño pedido', () => {
    const lotes = cortarEnLotes(rutas, 100);
    expect(lotes.flat()).toEqual(rutas);
    expect(Math.max(...lotes.map((l) => l.length))).toBeLessThanOrEqual(200);
    // About one cut every 100 paths, from their hashes.
    expect(lotes.length).toBeGreaterThan(25);
    expect(lotes.length).toBeLessThan(100);
  });

  it('una página más cambia su lote, y los demás quedan como estaban', () => {
    const antes = cortarEnLotes(rutas, 100);
    const nueva = 'convenios/c02500x/index.html';
    const despues = cortarEnLotes([...rutas, nueva].sort(), 100);
    const distintos = despues.filter((l) => !antes.some((a) => a.join() === l.join()));
    expect(distintos.length).toBeLessThanOrEqual(2);
    expect(distintos.flat()).toContain(nueva);
  });

  it('con lotes de 1, cada página el suyo; sin páginas, ninguno; con tamaño 0, un error en español', () => {
    expect(cortarEnLotes(['a', 'b', 'c'], 1)).toEqual([['a'], ['b'], ['c']]);
    expect(cortarEnLotes([], 10)).toEqual([]);
    expect(() => cortarEnLotes(['a'], 0)).toThrow(/se esperaba un tamaño de lote de 1 o más/);
  });
});

describe('urlDePagefind', () => {
  it.each([
    ['index.html', '/'],
    ['convenios/x/index.html', '/convenios/x/'],
    ['404.html', '/404.html'],
    ['entes/a/widget/index.html', '/entes/a/widget/'],
  ])('%s → %s', (ruta, url) => expect(urlDePagefind(ruta)).toBe(url));
});

describe('como ordena Pagefind', () => {
  it.each([
    ['por bytes, como Rust: «é» después de «z»', ['é', 'z', 'a'], ['a', 'z', 'é']],
    ['un carácter más allá de U+FFFF después de U+FFFD', ['😀', '\ufffd'], ['\ufffd', '😀']],
    ['el más corto primero', ['aa', 'a'], ['a', 'aa']],
  ])('las palabras %s', (_, palabras, orden) => expect([...palabras].sort(porBytes)).toEqual(orden));

  it.each([
    [
      'fechas, como texto',
      [
        [0, '2021-05-01'],
        [1, '2019-12-31'],
        [2, '2021-05-01'],
        [3, '2020-01-01'],
      ],
      [1, 3, 0, 2],
    ],
    [
      'ciclos, como números',
      [
        [0, '10'],
        [1, '9'],
        [2, '2019'],
      ],
      [1, 0, 2],
    ],
    [
      'decimales, como números',
      [
        [0, '1.5'],
        [1, '-2'],
        [2, '0.25'],
      ],
      [1, 2, 0],
    ],
    [
      'con un valor que no es número, todos como texto',
      [
        [0, '10'],
        [1, '9'],
        [2, 'x'],
      ],
      [0, 1, 2],
    ],
    [
      'iguales, en el orden de sus páginas',
      [
        [4, 'b'],
        [2, 'a'],
        [1, 'b'],
        [3, 'a'],
      ],
      [2, 3, 1, 4],
    ],
  ] as [string, [number, string][], number[]][])('%s', (_, paginas, orden) => expect(ordenarPorValor(paginas)).toEqual(orden));
});

describe('trocear y limitesDeTrozos: los trozos de Pagefind', () => {
  // Pagefind 1.6's own cases (pagefind/src/index/mod.rs: build_index_chunks, build_chunk_meta), chunk size 8.
  const palabras = [
    { palabra: 'apple', unidades: 3 + 1 + 3 + 1 },
    { palabra: 'apricot', unidades: 3 + 1 },
    { palabra: 'banana', unidades: 4 + 1 },
    { palabra: 'peach', unidades: 3 + 1 },
  ];

  it('corta cuando el trozo llega al tamaño', () => {
    expect(trocear(palabras, 8).map((t) => t.map((p) => p.palabra))).toEqual([['apple'], ['apricot', 'banana'], ['peach']]);
  });

  it('acota cada trozo con el prefijo más corto que lo distingue, sin dejar un límite antes de su primera palabra', () => {
    const trozos = trocear(palabras, 8).map((t) => t.map((p) => p.palabra));
    expect(limitesDeTrozos(trozos)).toEqual([
      ['apple', 'apple'],
      ['apr', 'b'],
      ['p', 'peach'],
    ]);
  });

  it('un solo trozo, o ninguno', () => {
    expect(limitesDeTrozos([['a', 'b']])).toEqual([['a', 'b']]);
    expect(trocear([], 8)).toEqual([]);
  });
});

describe('unirLotes', () => {
  // Two batches as Pagefind writes them: page numbers in a word's list counted from the one before.
  const trozoA = encode([
    [
      [
        'agua',
        [
          [0, [1, 4], []],
          [1, [2], [-1, 0]],
        ],
        [],
      ],
      ['concedi', [], [['concedió', [[1, [7], []]]]]],
      ['evaluacion', [[1, [3], []]], [['evaluación', [[0, [5], []]]]]],
    ],
  ]);
  const trozoB = encode([
    [
      ['agua', [[2, [-61, 0, 3], [-1, 1]]], []],
      ['concedi', [[0, [9], []]], [['concedió', [[1, [2], []]]]]],
      [
        'zeta',
        [
          [0, [1], []],
          [2, [1], []],
        ],
        [],
      ],
    ],
  ]);
  const lote = (campos: string[], paginas: number, trozo: Uint8Array, valores: (string | null)[]): Lote => ({
    version: '1.6.0',
    paginas: Array.from({ length: paginas }, (_, i) => [`es_${campos.length}${i}`, 10 + i]),
    palabras: leerTrozo(trozo),
    filtros: [['tipo', [['convenio', [0, 1]]]]],
    ordenes: [['firma', valores.flatMap((v, i) => (v === null ? [] : [i]))]],
    campos,
    valores,
  });
  const a = lote(['title'], 2, trozoA, ['2020-01-01', '2019-01-01']);
  const b = lote(['ente', 'title'], 3, trozoB, ['2019-06-01', null, '2018-01-01']);
  const union = unirLotes([a, b]);
  const trozo = decode(codificarTrozo(union.palabras, union)) as [[string, [number, number[], number[]][], [string, unknown[]][]][]];

  it('un lote solo sale byte a byte como lo escribió Pagefind', () => {
    const solo = unirLotes([lote(['title'], 2, trozoA, ['2020-01-01', '2019-01-01'])]);
    expect(codificarTrozo(solo.palabras, solo)).toEqual(trozoA);
  });

  it('numera las páginas lote tras lote y renumera las de cada palabra desde la anterior', () => {
    expect(union.paginas.map(([n]) => n)).toEqual(['es_10', 'es_11', 'es_20', 'es_21', 'es_22']);
    // agua: pages 0 and 1 of A, page 2 of B (4 in the union): 0, +1, +3.
    expect(trozo[0][0]).toEqual([
      'agua',
      [
        [0, [1, 4], []],
        [1, [2], [-2, 0]],
        [3, [-61, 0, 3], [-1, 1]],
      ],
      [],
    ]);
  });

  it('con un lugar por página, las palabras nombradas y sus grafías dejan el de más peso; lo demás, igual', () => {
    const ligero = decode(codificarTrozo(union.palabras, union, (p) => p === 'agua' || p === 'concedi')) as typeof trozo;
    // agua's second page keeps its field places with the union's ids; B's page keeps the mark of its weight.
    expect(ligero[0][0]).toEqual([
      'agua',
      [
        [0, [1], []],
        [1, [2], [-2, 0]],
        [3, [-61, 0], [-1, 1]],
      ],
      [],
    ]);
    expect(ligero[0][1]).toEqual(trozo[0][1]);
    expect(ligero[0].slice(2)).toEqual(trozo[0].slice(2));
    const soloB = unirLotes([b]);
    const deB = decode(codificarTrozo(soloB.palabras, soloB, (p) => p === 'zeta' || p === 'concedi')) as typeof trozo;
    expect(deB[0][2]).toEqual([
      'zeta',
      [
        [0, [1], []],
        [2, [1], []],
      ],
      [],
    ]);
    expect(deB[0][1]).toEqual(['concedi', [[0, [9], []]], [['concedió', [[1, [2], []]]]]]);
    expect(codificarTrozo(soloB.palabras, soloB, () => false)).toEqual(trozoB);
  });

  it('los campos de la unión son los de todos, por orden, y cada lote cambia sus ids a esos', () => {
    expect(union.campos).toEqual(['ente', 'title']);
    expect(union.ids).toEqual([[1], null]);
  });

  it('una palabra que un lote sólo tiene con acento no tiene páginas suyas ahí, y sus variantes se juntan', () => {
    expect(trozo[0][1]).toEqual([
      'concedi',
      [[2, [9], []]],
      [
        [
          'concedió',
          [
            [1, [7], []],
            [2, [2], []],
          ],
        ],
      ],
    ]);
  });

  it('mide cada palabra como Pagefind 1.6.0: sus lugares y páginas, los de sus variantes, y una más por variante', () => {
    // concedi: in A, concedió on one page (1 place); in B, one page of its own and concedió on another.
    expect(union.palabras.find((p) => p.palabra === 'concedi')?.unidades).toBe(2 + 1 + 2 + 2);
    expect(union.palabras.find((p) => p.palabra === 'agua')?.unidades).toBe(3 + 4 + 6);
  });

  it('las palabras en orden, cada una una vez; los filtros y los órdenes de todas las páginas', () => {
    expect(trozo[0].map(([p]) => p)).toEqual(['agua', 'concedi', 'evaluacion', 'zeta']);
    expect(trozo[0][3]?.[1]).toEqual([
      [2, [1], []],
      [2, [1], []],
    ]);
    expect(union.filtros).toEqual([['tipo', [['convenio', [0, 1, 2, 3]]]]]);
    expect(union.ordenes).toEqual([['firma', [4, 1, 2, 0]]]);
  });

  it('falla, en español, con lotes de dos versiones o una página con clave de orden y sin valor', () => {
    expect(() => unirLotes([a, { ...b, version: '1.5.0' }])).toThrow(/versiones distintas de Pagefind \(1\.6\.0 y 1\.5\.0\)/);
    expect(() => unirLotes([{ ...a, valores: [null, null] }])).toThrow(
      /la página 0 de un lote del índice tiene la clave de orden «firma» pero no su valor/,
    );
  });

  it('leerTrozo falla, en español, ante un trozo que no es de Pagefind 1.6', () => {
    expect(() => leerTrozo(encode([[['agua', [[0, [1]]], []]]]))).toThrow(/no es como lo escribe Pagefind 1\.6/);
    expect(() => leerTrozo(encode([[], []]))).toThrow(/no es como lo escribe Pagefind 1\.6/);
  });
});
