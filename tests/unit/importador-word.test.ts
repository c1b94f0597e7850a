import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { esEncabezadoDeCompromisos, rejillaDeTabla, textoDeHtmlWord } from '../../src/lib/importador/word.ts';

// mammoth's HTML for a Word document: paragraphs, bold, and tables with merged cells.

const tabla = (filas: string) => `<table>${filas}</table>`;
const td = (t: string, extra = '') => `<td${extra}><p>${t}</p></td>`;

describe('tablas de Word', () => {
  it.each([
    [
      'celdas combinadas a lo ancho: la fecha queda bajo su columna',
      tabla(
        `<tr>${td('No.')}${td('ASM')}${td('Acción')}</tr><tr>${td('Fecha comprometida:', ' colspan="2"')}${td('30 de julio de 2021')}</tr>`,
      ),
      [
        [['No.'], ['ASM'], ['Acción']],
        [['Fecha comprometida:'], [], ['30 de julio de 2021']],
      ],
    ],
    [
      'celdas combinadas a lo alto',
      tabla(`<tr>${td('1', ' rowspan="2"')}${td('a')}</tr><tr>${td('b')}</tr>`),
      [
        [['1'], ['a']],
        [[], ['b']],
      ],
    ],
    ['varios párrafos en una celda', tabla(`<tr><td><p>Diciembre</p><p>2022</p></td></tr>`), [[['Diciembre', '2022']]]],
  ])('%s', (_n, html, esperado) => {
    expect(rejillaDeTabla(parse(html).querySelector('table')!)).toEqual(esperado);
  });

  it.each([
    [['No.', 'Aspectos Susceptibles de Mejora.', 'Actividad comprometida'], true],
    [['No.', 'Recomendación', 'Fecha de cumplimiento', 'Acciones'], true],
    [['Unidad responsable', 'No.', 'Recomendación', 'Acciones'], true],
    [['Nombre', 'Cargo'], false],
    [['No.', 'Nombre', 'Cargo'], false],
  ])('%j es el encabezado de la tabla de compromisos: %s', (celdas, si) => expect(esEncabezadoDeCompromisos(celdas)).toBe(si));

  it('la tabla de compromisos es una tabla de Markdown con su origen; otra tabla queda como las semillas; los párrafos, uno por línea', () => {
    const html = [
      '<p><strong>CUARTA.</strong> De los Aspectos Susceptibles de Mejora.</p>',
      '<p></p>',
      tabla(
        `<tr>${td('No.')}${td('Recomendación')}${td('Fecha de cumplimiento')}${td('Acciones')}</tr><tr>${td('1')}${td('Revisar | la MIR')}<td><p>Diciembre</p><p>2022</p></td>${td('Adecuar')}</tr>`,
      ),
      tabla(`<tr>${td('IMPLAN')}${td('CONTRALORÍA')}</tr>`),
    ].join('');
    const t = textoDeHtmlWord(html);
    expect(t.lineas).toEqual(
      [
        '**CUARTA.** De los Aspectos Susceptibles de Mejora.',
        '',
        '| No. | Recomendación | Fecha de cumplimiento | Acciones |',
        '| --- | --- | --- | --- |',
        '| 1 | Revisar / la MIR | Diciembre 2022 | Adecuar |',
        '',
        '\tIMPLAN',
        '\tCONTRALORÍA',
        '',
      ].slice(0, -1),
    );
    expect(t.donde.slice(0, 5)).toEqual(['párrafo 1', 'párrafo 2', 'tabla 1, fila 1', undefined, 'tabla 1, fila 2']);
    expect(t.tablasVistas).toEqual(['IMPLAN, CONTRALORÍA']);
  });
});
