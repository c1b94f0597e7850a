import { decode, encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { RANKING } from '../../src/lib/busqueda.ts';
import { conLargoUniforme } from '../../src/lib/metadatos-del-indice.ts';

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
