import { describe, expect, it } from 'vitest';
import { esBorrador, cuerpoMarkdown } from '../../src/lib/importador/borrador.ts';
import { fechaComprometidaDe, fechasEn } from '../../src/lib/importador/fechas-texto.ts';
import { lineasUtiles } from '../../src/lib/importador/lineas.ts';
import { textoDePdf, type ElementoPdf } from '../../src/lib/importador/pdf.ts';
import { leerTabla } from '../../src/lib/importador/tabla.ts';
import { normalizar, parecidos, siglasDelTexto, slug, tituloEspanol } from '../../src/lib/importador/texto.ts';

describe('fechas escritas con palabras', () => {
  it.each([
    ['el 17 de mayo de 2021.', ['2021-05-17']],
    ['a los 6 días del mes de diciembre de 2022.', ['2022-12-06']],
    ['en fecha 23 de febrero del 2017, y el 30/07/2021', ['2017-02-23', '2021-07-30']],
    ['el 30 de febrero de 2021', []],
    ['sin fechas', []],
  ])('%s', (texto, esperadas) => {
    expect(fechasEn(texto).map((f) => f.valor)).toEqual(esperadas);
  });

  it.each([
    ['30 de julio de 2021', '2021-07-30'],
    ['Diciembre 2022', '2022-12'],
    ['diciembre de 2022', '2022-12'],
    ['Diciembre\n2022', '2022-12'],
    ['pronto', undefined],
    ['30 de julio de 2021 y 31 de julio de 2021', undefined],
  ])('fecha comprometida «%s»', (celda, valor) => {
    expect(fechaComprometidaDe(celda)?.valor).toBe(valor);
  });
});

describe('texto', () => {
  it.each([
    [
      'SUBSECRETARIO DE CONTROL Y EVALUACIÓN DE LA SECRETARÍA DE LA CONTRALORÍA',
      'Subsecretario de Control y Evaluación de la Secretaría de la Contraloría',
    ],
    ['TITULAR DEL IMPLAN', 'Titular del IMPLAN'],
    ['BRUNO RAFAEL MARTINEZ VILLASEÑOR', 'Bruno Rafael Martinez Villaseñor'],
    ['L.E. ALFREDO OROPEZA MÉNDEZ', 'L.E. Alfredo Oropeza Méndez'],
  ])('título en español: %s', (entrada, salida) => {
    expect(tituloEspanol(entrada, new Set(['IMPLAN']))).toBe(salida);
  });

  it('las siglas son palabras en mayúsculas dentro de frases normales que nunca aparecen en minúsculas', () => {
    const s = siglasDelTexto('Designa a “LA SECRETARÍA” y al (ISSEMYM).\nLa Secretaría de Finanzas.\nEL IMPLAN Y LA TESORERÍA FIRMAN');
    expect([...s].sort()).toEqual(['ISSEMYM']);
  });

  it('identificadores y comparación sin acentos', () => {
    expect(slug('Prestaciones Potestativas — Estado de México')).toBe('prestaciones-potestativas-estado-de-mexico');
    expect(normalizar('  “LA  CONTRALORÍA” ')).toBe('la contraloria');
    expect(parecidos('asm-3-bs', ['asm-1', 'asm-3', 'asm-3-bis', 'rec-1'])).toEqual(['asm-3-bis']);
  });
});

describe('encabezados de página repetidos', () => {
  it('se omiten si la línea está sola y se repite; una celda repetida de la tabla se queda', () => {
    const texto = ['"2021. Año"', '', 'Párrafo uno.', '', '**"2021. Año"**', '', '\tDiciembre', '2022', '', '\tDiciembre', '2022'].join(
      '\n',
    );
    const { lineas, encabezados } = lineasUtiles(texto);
    expect(encabezados.map((l) => l.n)).toEqual([1, 5]);
    expect(lineas.filter((l) => l.limpio === '2022').length).toBe(2);
  });
});

describe('tabla de compromisos en tres formatos', () => {
  const leer = (texto: string) =>
    leerTabla(lineasUtiles(texto).lineas, () => false)?.filas.map((f) => [f.numero, f.aspecto, f.accion, f.fecha]);
  it('filas separadas por tabuladores, con la fecha en una fila aparte', () => {
    const t =
      'No.\tAspectos Susceptibles de Mejora.\tActividad comprometida\n1\tASM uno.\tHacer uno.\n<b>Fecha comprometida de cumplimiento:</b>\t\t<b>30 de julio de 2021</b>';
    expect(leer(t)).toEqual([['1', 'ASM uno.', 'Hacer uno.', '2021-07-30']]);
  });
  it('una celda por línea, con la fecha partida en dos líneas', () => {
    const t = '\tNo.\n\tRecomendación\n\tAcciones\n\tFecha de cumplimiento\n\n\t1\n\tRecomendación uno\n\tAcción uno\n\tDiciembre\n2022\n';
    expect(leer(t)).toEqual([['1', 'Recomendación uno', 'Acción uno', '2022-12']]);
  });
  it('tabla de Markdown', () => {
    const t =
      '| No. | Aspectos Susceptibles de Mejora | Actividad comprometida | Fecha |\n| --- | --- | --- | --- |\n| 2 | Aspecto | Acción | 1 de marzo de 2024 |';
    expect(leer(t)).toEqual([['2', 'Aspecto', 'Acción', '2024-03-01']]);
  });
  it('sin encabezado no hay tabla', () => {
    expect(leer('1\tAlgo\tOtra cosa')).toBeUndefined();
  });
});

describe('líneas de un PDF', () => {
  const e = (str: string, x: number, y: number, hasEOL = true): ElementoPdf => ({ str, x, y, width: str.length * 6, fontSize: 10, hasEOL });
  it('une renglones partidos por el ancho de la página, respeta los saltos y convierte huecos anchos en tabuladores', () => {
    const derecha = 'x'.repeat(80);
    const texto = textoDePdf([
      [
        e(derecha, 50, 700),
        e('sigue el párrafo.', 50, 688),
        e('Otro párrafo corto.', 50, 664),
        e('1', 50, 652, false),
        { str: ' ', x: 56, y: 652, width: 30, fontSize: 10, hasEOL: false },
        e('Aspecto', 86, 652),
        e('Celda con sangría', 86, 628),
      ],
    ]);
    expect(texto).toBe(`${derecha} sigue el párrafo.\n\nOtro párrafo corto.\n1\tAspecto\n\n\tCelda con sangría\n`);
  });
  it('un PDF sin texto da cadena vacía', () => {
    expect(textoDePdf([[], []])).toBe('');
  });
});

describe('borrador', () => {
  it('el cuerpo no lleva sangrías que Markdown tomaría por código', () => {
    expect(cuerpoMarkdown('\n\n\tNo.\n  texto  \n\n\n\nfin')).toBe('No.\ntexto\n\nfin\n');
  });
  it('reconoce el encabezado BORRADOR sólo al inicio del YAML', () => {
    expect(esBorrador('---\n# BORRADOR generado\ntitulo: x\n---\n')).toBe(true);
    expect(esBorrador('---\ntitulo: x\n# BORRADOR\n---\n')).toBe(false);
  });
});
