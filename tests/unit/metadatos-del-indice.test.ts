import { decode, encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { RANKING } from '../../src/lib/busqueda.ts';
import {
  conLargoUniforme,
  conNombresCortos,
  conTrozosRenombrados,
  nombresDePagina,
  sinOrdenes,
  trozosDeMetadatos,
} from '../../src/lib/metadatos-del-indice.ts';

const trozos = [
  ['a', 'm', 'es_1'],
  ['n', 'z', 'es_2'],
];
const filtros = [['tipo', 'es_3']];
const ordenes = [['firma', [2, 0, 1]]];
const meta = (paginas: unknown[]) => encode(['1.6.0', paginas, trozos, filtros, ordenes]);

describe('conLargoUniforme', () => {
  it.each([
    [
      'la media exacta',
      [
        ['es_a', 10, ''],
        ['es_b', 20, ''],
        ['es_c', 30, ''],
      ],
      20,
    ],
    [
      'la media redondeada',
      [
        ['es_a', 1, ''],
        ['es_b', 2, ''],
      ],
      2,
    ],
    ['una sola página', [['es_a', 7, '']], 7],
    [
      'páginas sin tercer campo',
      [
        ['es_a', 4],
        ['es_b', 8],
      ],
      6,
    ],
  ])('da a cada página %s y deja todo lo demás igual', (_, paginas, media) => {
    const [version, nuevas, ...resto] = decode(conLargoUniforme(meta(paginas))) as [string, unknown[][], ...unknown[]];
    expect(version).toBe('1.6.0');
    expect(nuevas).toEqual(paginas.map(([hash, , ...r]) => [hash, media, ...r]));
    expect(resto).toEqual([trozos, filtros, ordenes]);
  });

  it('sin páginas devuelve los mismos bytes', () => {
    const cbor = meta([]);
    expect(conLargoUniforme(cbor)).toBe(cbor);
  });

  it.each([
    ['no es una lista', encode({ paginas: [] })],
    ['las páginas no son lista', encode(['1.6.0', 'x'])],
    ['una página sin número de palabras', meta([['es_a', 'diez']])],
    ['un número de palabras negativo', meta([['es_a', -1]])],
  ])('si %s, lo dice en español', (_, cbor) => {
    expect(() => conLargoUniforme(cbor)).toThrow('los metadatos de Pagefind no tienen la lista de páginas que se esperaba');
  });

  // If the ranking weighed page length again, one same length for every page would change the results' order.
  it('sólo vale mientras la relevancia no pese el largo de la página', () => {
    expect(RANKING.pageLength).toBe(0);
  });
});

describe('conNombresCortos', () => {
  const muchas = Array.from({ length: 40 }, (_, i) => [`es_${i.toString(16).padStart(7, '0')}`, 621, '']);
  it.each([
    ['una página', [['es_9f8e7d6', 5, '']], ['abc1230']],
    [
      'tres páginas, en su orden',
      [
        ['es_9f8e7d6', 5, ''],
        ['es_0000001', 6, ''],
        ['es_5555555', 7],
      ],
      ['abc1230', 'abc1231', 'abc1232'],
    ],
    ['pasadas las 36, con dos cifras en base 36', muchas, muchas.map((_, i) => `abc123${i.toString(36)}`)],
  ])('numera %s tras el prefijo y deja todo lo demás igual', (_, paginas, esperados) => {
    const { cbor, nombres } = conNombresCortos(meta(paginas), 'abc123');
    const [version, nuevas, ...resto] = decode(cbor) as [string, unknown[][], ...unknown[]];
    expect(version).toBe('1.6.0');
    expect(nuevas).toEqual(paginas.map(([, ...r], i) => [esperados[i], ...r]));
    expect(nombres).toEqual(paginas.map(([viejo], i) => [viejo, esperados[i]]));
    expect(resto).toEqual([trozos, filtros, ordenes]);
    expect(nombresDePagina(cbor)).toEqual(esperados);
  });

  it('los nombres nuevos no se repiten', () => {
    const { nombres } = conNombresCortos(meta(muchas), '000000');
    expect(new Set(nombres.map(([, n]) => n)).size).toBe(muchas.length);
  });

  it.each([
    ['un prefijo corto', meta([['es_a', 1]]), 'abc', 'debe tener 6 letras minúsculas o dígitos, no «abc»'],
    ['un prefijo con guion bajo', meta([['es_a', 1]]), 'es_abc', 'no «es_abc»'],
    [
      'un nombre nuevo igual a uno viejo',
      meta([
        ['abc1231', 1],
        ['x', 2],
      ]),
      'abc123',
      'daría a una página el nombre de otra',
    ],
    [
      'dos páginas con un mismo nombre',
      meta([
        ['es_a', 1],
        ['es_a', 2],
      ]),
      'abc123',
      'repiten el nombre de una página',
    ],
    ['páginas que no son lista', encode(['1.6.0', 'x']), 'abc123', 'no tienen la lista de páginas que se esperaba'],
  ])('con %s, lo dice en español', (_, cbor, prefijo, mensaje) => {
    expect(() => conNombresCortos(cbor, prefijo)).toThrow(mensaje);
  });
});

describe('conTrozosRenombrados', () => {
  const paginas = [['es_a', 5, '']];
  it('cambia el nombre de los trozos reescritos y deja todo lo demás igual', () => {
    const [version, ps, nuevos, ...resto] = decode(conTrozosRenombrados(meta(paginas), new Map([['es_2', 'es_9']]))) as unknown[];
    expect([version, ps, ...resto]).toEqual(['1.6.0', paginas, filtros, ordenes]);
    expect(nuevos).toEqual([
      ['a', 'm', 'es_1'],
      ['n', 'z', 'es_9'],
    ]);
  });

  it('trozosDeMetadatos los da en su orden', () => {
    expect(trozosDeMetadatos(meta(paginas))).toEqual(trozos);
  });

  it('sin trozos reescritos devuelve los mismos bytes', () => {
    const cbor = meta(paginas);
    expect(conTrozosRenombrados(cbor, new Map())).toBe(cbor);
  });

  it('si los trozos no son lista, lo dice en español', () => {
    expect(() => conTrozosRenombrados(encode(['1.6.0', paginas, 'x']), new Map())).toThrow(
      'los metadatos de Pagefind no tienen la lista de trozos que se esperaba',
    );
  });
});

describe('sinOrdenes', () => {
  const paginas = [
    ['es_a', 5, ''],
    ['es_b', 6, ''],
    ['es_c', 7, ''],
  ];
  const campos = ['firma', 'title'];
  it.each([
    ['un orden', [['firma', [2, 0, 1]]]],
    [
      'dos órdenes, cada uno con sus páginas',
      [
        ['ciclo', [1]],
        ['firma', [2, 0]],
      ],
    ],
    ['ningún orden', []],
  ])('con %s: los saca de los metadatos, en su orden, y deja lo demás igual', (_, suyos) => {
    const { cbor, ordenes: sacados } = sinOrdenes(encode(['1.6.0', paginas, trozos, filtros, suyos, campos]));
    expect(sacados).toEqual(suyos);
    expect(decode(cbor)).toEqual(['1.6.0', paginas, trozos, filtros, [], campos]);
  });

  it.each([
    ['sin la lista', encode(['1.6.0', paginas, trozos, filtros])],
    ['un orden sin páginas', encode(['1.6.0', paginas, trozos, filtros, [['firma']]])],
    ['una página que no es número', encode(['1.6.0', paginas, trozos, filtros, [['firma', ['es_a']]]])],
  ])('con %s, lo dice en español', (_, cbor) => {
    expect(() => sinOrdenes(cbor)).toThrow('no tienen la lista de órdenes que se esperaba');
  });
});
