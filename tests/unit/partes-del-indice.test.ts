import { describe, expect, it } from 'vitest';
import { valorDeOrden } from '../../src/lib/indice-busqueda.ts';
import {
  carpetaDeParte,
  lugaresDeOrden,
  nombreDePagina,
  ordenarComoPagefind,
  PESO_DE_TROZO_CARO,
  repartirEnPartes,
  sumarConteos,
  trozosPesados,
  unirResultados,
  type PaginaPorIndexar,
} from '../../src/lib/partes-del-indice.ts';

const pagina = (archivo: string, orden?: string): PaginaPorIndexar => (orden === undefined ? { archivo } : { archivo, orden });

describe('repartirEnPartes', () => {
  it.each([
    ['sin páginas, ninguna parte', [], 3, []],
    ['hasta el máximo, una parte en el orden dado', [pagina('b', '2020'), pagina('a', '2019')], 2, [['b', 'a']]],
    [
      'más del máximo: por valor de orden, cada parte en orden de ruta',
      [pagina('a', '2024'), pagina('b', '2019'), pagina('c', '2021'), pagina('d', '2020')],
      2,
      [
        ['b', 'd'],
        ['a', 'c'],
      ],
    ],
    [
      'partes del mismo tamaño, no una llena y otra casi vacía',
      ['a', 'b', 'c', 'd', 'e'].map((a, i) => pagina(a, String(2020 + i))),
      4,
      [
        ['a', 'b', 'c'],
        ['d', 'e'],
      ],
    ],
    [
      'las páginas sin valor de orden van al final; un empate se decide por ruta',
      [pagina('z'), pagina('b', '2020'), pagina('a', '2020'), pagina('c', '2018')],
      2,
      [
        ['a', 'c'],
        ['b', 'z'],
      ],
    ],
    [
      'la fecha de un convenio y el ciclo de una evaluación se comparan como texto',
      [pagina('conv', '2019-05-01'), pagina('eval', '2019-2020'), pagina('viejo', '2015-2015')],
      1,
      [['viejo'], ['conv'], ['eval']],
    ],
  ])('%s', (_, paginas, maximo, esperado) => {
    expect(repartirEnPartes(paginas, maximo)).toEqual(esperado);
  });

  it('cada parte es un tramo seguido de valores, y entre todas están todas las páginas una vez', () => {
    const paginas = Array.from({ length: 1_003 }, (_, i) =>
      pagina(`p${String((i * 7919) % 1_003).padStart(4, '0')}`, `${2015 + (i % 11)}`),
    );
    const partes = repartirEnPartes(paginas, 250);
    expect(partes).toHaveLength(5);
    expect(partes.flat().sort()).toEqual(paginas.map((p) => p.archivo).sort());
    const orden = new Map(paginas.map((p) => [p.archivo, p.orden!]));
    for (let k = 1; k < partes.length; k++) {
      const maximoAnterior = partes[k - 1]!.map((a) => orden.get(a)!)
        .sort()
        .at(-1)!;
      const minimo = partes[k]!.map((a) => orden.get(a)!).sort()[0]!;
      expect(minimo >= maximoAnterior, `parte ${k + 1}`).toBe(true);
    }
  });

  it('un máximo que no es un número de páginas es un error', () => {
    expect(() => repartirEnPartes([pagina('a')], 0)).toThrow(/máximo de páginas por parte de 1 o más, no 0/);
    expect(() => repartirEnPartes([pagina('a')], Number.NaN)).toThrow(/no NaN/);
  });
});

describe('carpetaDeParte', () => {
  it.each([
    [0, ''],
    [1, 'parte-2/'],
    [9, 'parte-10/'],
  ])('parte %i → «%s»', (k, carpeta) => expect(carpetaDeParte(k)).toBe(carpeta));
});

describe('unirResultados', () => {
  const r = (id: string, score: number) => ({ id, score });
  const partes = [[r('a1', 5), r('a2', 1)], [r('b1', 9), r('b2', 1)], [r('c1', 3)]];
  it.each([
    ['de lo más antiguo: las partes en orden', 'asc' as const, ['a1', 'a2', 'b1', 'b2', 'c1']],
    ['de lo más reciente: la última parte primero', 'desc' as const, ['c1', 'b1', 'b2', 'a1', 'a2']],
  ])('%s', (_, direccion, esperado) => {
    expect(unirResultados(partes, direccion).map((x) => x.id)).toEqual(esperado);
  });

  it('no cambia las listas que recibe', () => {
    unirResultados(partes, 'desc');
    expect(partes[0]!.map((x) => x.id)).toEqual(['a1', 'a2']);
  });
});

describe('sumarConteos', () => {
  it.each<[string, Record<string, Record<string, number> | undefined>[], Record<string, Record<string, number>>]>([
    ['nada', [], {}],
    ['una parte, igual', [{ pae: { '2020': 3 } }], { pae: { '2020': 3 } }],
    [
      'valor por valor, con facetas y valores que sólo tiene una parte',
      [
        { pae: { '2020': 3, '2021': 1 }, tipo: undefined },
        { pae: { '2021': 4 }, tipo: { convenio: 2 } },
      ],
      { pae: { '2020': 3, '2021': 5 }, tipo: { convenio: 2 } },
    ],
  ])('%s', (_, conteos, esperado) => expect(sumarConteos(conteos)).toEqual(esperado));
});

describe('valorDeOrden', () => {
  it.each([
    ['fecha de firma', '<span data-pagefind-sort="firma[data-valor]" data-valor="2019-05-01"></span>', '2019-05-01'],
    ['ciclo de una evaluación', '<span data-pagefind-sort="ciclo[data-valor]" data-valor="2015-2016"></span>', '2015-2016'],
    ['sin marca de orden', '<article data-pagefind-body><h1>x</h1></article>', undefined],
  ])('%s', (_, html, esperado) => expect(valorDeOrden(html)).toBe(esperado));
});

describe('trozosPesados', () => {
  it('los rangos de los trozos de PESO_DE_TROZO_CARO bytes o más, de todas las partes, ordenados y sin repetir', () => {
    const trozos = [
      { desde: 'prop', hasta: 'pror', bytes: PESO_DE_TROZO_CARO + 27_000 },
      { desde: 'a', hasta: 'ab', bytes: 900 },
      { desde: 'potes', hasta: 'pp', bytes: PESO_DE_TROZO_CARO },
      { desde: 'potes', hasta: 'pp', bytes: PESO_DE_TROZO_CARO + 1 },
      { desde: 'mens', hasta: 'met', bytes: PESO_DE_TROZO_CARO - 1 },
    ];
    expect(trozosPesados(trozos)).toEqual([
      ['potes', 'pp'],
      ['prop', 'pror'],
    ]);
    expect(trozosPesados([])).toEqual([]);
  });
});

describe('nombreDePagina y lugaresDeOrden', () => {
  it.each([
    ['abc123', 0, 'abc1230'],
    ['abc123', 35, 'abc123z'],
    ['abc123', 36, 'abc12310'],
  ])('la página de %s número %i se llama %s', (prefijo, numero, nombre) => {
    expect(nombreDePagina(prefijo, numero)).toBe(nombre);
  });

  it('cada página de la lista, por su nombre, en su lugar', () => {
    expect([...lugaresDeOrden('p', [36, 0, 2])]).toEqual([
      ['p10', 0],
      ['p0', 1],
      ['p2', 2],
    ]);
  });
});

describe('ordenarComoPagefind', () => {
  const r = (id: string, score = 1) => ({ id, score, dato: id.toUpperCase() });
  // Sort list: page c first (lowest value), then a, then b; d has no value.
  const lugares = new Map([
    ['c', 0],
    ['a', 1],
    ['b', 2],
  ]);
  it.each([
    ['de menor a mayor', 'asc', [r('a', 9), r('b', 5), r('c', 1)], ['c', 'a', 'b'], [-0, -1, -2]],
    ['de mayor a menor', 'desc', [r('a', 9), r('b', 5), r('c', 1)], ['b', 'a', 'c'], [2, 1, 0]],
    ['sin las páginas que no tienen valor', 'asc', [r('d', 9), r('b', 5)], ['b'], [-2]],
    ['sin resultados', 'desc', [], [], []],
  ] as const)('%s', (_, direccion, resultados, ids, puntajes) => {
    const ordenados = ordenarComoPagefind(resultados, lugares, direccion);
    expect(ordenados.map((x) => x.id)).toEqual(ids);
    expect(ordenados.map((x) => x.score)).toEqual(puntajes);
    expect(ordenados.map((x) => x.dato)).toEqual(ids.map((id) => id.toUpperCase()));
  });
});
