import { describe, expect, it } from 'vitest';
import { lugarDeMasPeso, palabraSinPosiciones, trozoConPalabrasSinPosiciones } from '../../src/lib/posiciones-del-indice.ts';

describe('lugarDeMasPeso', () => {
  // Positions count from the one before; after a weight mark, from 0 again.
  it.each([
    ['sin lugares', [], []],
    ['un lugar, con el peso inicial', [7], [7]],
    ['el primero, si todos pesan lo mismo', [3, 6, 3], [3]],
    ['el que sigue a la marca de más peso, contado desde 0', [4, -61, 8, 12, -26, 30], [-61, 8]],
    ['el primero de los de más peso, sumando desde la marca', [-26, 5, -61, 2, 3, -11, 1], [-61, 2]],
    ['una marca que vuelve al peso inicial', [-11, 2, -26, 5, 4], [5]],
    ['una marca de más de 255 vale 255', [1, -400, 6], [-256, 6]],
    ['una marca sin lugares después', [5, -61], [5]],
  ] as const)('%s', (_, lugares, queda) => expect(lugarDeMasPeso(lugares)).toEqual(queda));
});

describe('palabraSinPosiciones', () => {
  const comunes = { evalu: 290_000, progr: 59_999, pae: 80_000, '2026': 70_000 };
  it.each([
    ['evalu', true],
    ['evaluacion', true],
    ['2026', true],
    ['program', false],
    // A short word is its own root, which Pagefind keeps whole.
    ['pae', false],
    // Function words, in any case, with or without the punctuation Pagefind kept.
    ['el', true],
    ['«la', true],
    ['Los', true],
    ['agu', false],
  ] as const)('«%s» → %s', (palabra, sin) => expect(palabraSinPosiciones(palabra, comunes)).toBe(sin));
});

describe('trozoConPalabrasSinPosiciones: qué trozos pueden tenerlas, por sus límites', () => {
  const comunes = { evalu: 290_000, progr: 59_999, '2026': 70_000 };
  it.each([
    // Bounds are prefixes of the chunk's first and last words.
    ['etar', 'evalu', true],
    ['evalua', 'evaluada', true],
    ['eva', 'evz', true],
    ['evb', 'ex', false],
    ['esta', 'etap', false],
    ['program', 'programat', false],
    // A number is the whole word.
    ['2025', '2027', true],
    ['20260', '20261', false],
    // A function word is the whole word: «el» in its chunk, not every word starting with «e».
    ['eji', 'el', true],
    ['ela', 'elz', false],
    ['par', 'part', true],
    ['pard', 'part', false],
    // Punctuation Pagefind kept («la) is read.
    ['«im', '«la', true],
  ] as const)('de «%s» a «%s» → %s', (desde, hasta, puede) => expect(trozoConPalabrasSinPosiciones(desde, hasta, comunes)).toBe(puede));
});
