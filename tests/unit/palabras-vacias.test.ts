import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mostrarVacias, ocultarVacias, VACIAS } from '../../src/lib/palabras-vacias.ts';
import { ocultarVaciasEnHtml } from '../../src/lib/indice-busqueda.ts';

/** The words Pagefind would index in a text: runs of letters and digits (it drops ASCII punctuation). */
const indexadas = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).map((p) => p.toLowerCase());
const espacios = (t: string) => t.replace(/\s+/g, ' ');

describe('palabras vacías fuera del índice', () => {
  it.each([
    [
      'Instituto de Seguridad Social del Estado de México y Municipios',
      ['instituto', 'seguridad', 'social', 'estado', 'méxico', 'municipios'],
    ],
    // «LA is indexed as a word of its own, which nobody searches for; SECRETARÍA» is found by its beginning.
    ['representada por «LA SECRETARÍA» y otros', ['representada', 'la', 'secretaría', 'otros']],
    ['EL SUJETO EVALUADO se compromete a atender', ['el', 'sujeto', 'evaluado', 'compromete', 'atender']],
    [' Para la mejora ', ['mejora']],
  ])('«%s»: quedan %j', (texto, palabras) => {
    const oculto = ocultarVacias(texto);
    expect(indexadas(oculto)).toEqual(palabras);
    expect(mostrarVacias(oculto)).toBe(texto);
  });

  it('cada palabra vacía, en minúsculas, con mayúscula inicial y en mayúsculas, se oculta y vuelve', () => {
    for (const p of VACIAS) {
      for (const forma of [p, p.charAt(0).toUpperCase() + p.slice(1), p.toUpperCase()]) {
        const texto = `antes ${forma} después`;
        expect(indexadas(ocultarVacias(texto))).toEqual(['antes', 'después']);
        expect(mostrarVacias(ocultarVacias(texto))).toBe(texto);
      }
    }
  });

  it('sin nada a qué pegarse, o en el borde del texto, quedan como están', () => {
    for (const t of ['de la', ' y ', 'de', 'x( de']) expect(indexadas(ocultarVacias(t))).toEqual(indexadas(t));
  });

  it('cualquier texto vuelve igual, con los espacios normalizados (como los deja Pagefind)', () => {
    const pieza = fc.oneof(
      fc.constantFrom(...VACIAS, 'De', 'LA', 'Y', '«EL', '(de', '"de', 'mejora.', 'a)', 'x(', '«', '"', '¿', "'"),
      fc.constantFrom('~', '^', '|', '~~', '~$', '^(', '|,', '!', '$', '`', '{'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(pieza, fc.constantFrom(' ', '  ', '\n', '')), { maxLength: 14 }), (partes) => {
        const texto = partes.map(([p, e]) => p + e).join('');
        expect(espacios(mostrarVacias(ocultarVacias(texto)))).toBe(espacios(texto));
      }),
      { numRuns: 5000 },
    );
  });

  it('en un extracto con <mark>, la palabra vacía vuelve fuera de la marca', () => {
    const oculto = ocultarVacias('Aspectos susceptibles de mejora del programa');
    const extracto = oculto.replace(/(\S*susceptibles\S*)/, '<mark>$1</mark>');
    expect(mostrarVacias(extracto, { html: true })).toBe('Aspectos <mark>susceptibles</mark> de mejora del programa');
    expect(mostrarVacias(`<mark>${ocultarVacias(' De la Secretaría').trim()}</mark>`, { html: true })).toBe(
      'De la <mark>Secretaría</mark>',
    );
  });
});

describe('ocultarVaciasEnHtml: la página como la lee Pagefind', () => {
  it('en el texto, en los bordes de los bloques y en los metadatos; no en las etiquetas', () => {
    const html =
      '<article data-pagefind-body><h3>EL IMPLAN</h3><p>Firma: <strong>Juan de la Cruz</strong>, Director de Egresos y de la</p>' +
      '<span data-pagefind-meta="title[data-valor]" data-valor="La Comisión de Agua y"></span><br>Y otra</article>';
    const oculto = ocultarVaciasEnHtml(html);
    const texto = oculto.replace(/<[^>]*>/g, ' ');
    expect(indexadas(texto)).toEqual(['implan', 'firma', 'juan', 'cruz', 'director', 'egresos', 'otra']);
    expect(oculto).toMatch(/^<article data-pagefind-body><h3>/);
    const valor = /data-valor="([^"]*)"/.exec(oculto)![1]!;
    expect(indexadas(valor)).toEqual(['comisión', 'agua']);
    expect(mostrarVacias(valor)).toBe('La Comisión de Agua y');
  });

  it('un ~ escrito como referencia de carácter vuelve como ~', () => {
    const oculto = ocultarVaciasEnHtml('<p>uno &#126; de dos</p>');
    expect(mostrarVacias(/<p>(.*)<\/p>/.exec(oculto)![1]!)).toBe('uno ~ de dos');
  });
});
