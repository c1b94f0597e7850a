import { describe, expect, it } from 'vitest';
import { corregirIncisos, documentoDePdf } from '../../src/lib/importador/documento-pdf.ts';
import {
  buscarEncabezado,
  columnaDe,
  lineasRepetidas,
  leerTablaPosicional,
  parecido,
  renglonesDePagina,
  type Pieza,
} from '../../src/lib/importador/posiciones.ts';
import { leerTabla } from '../../src/lib/importador/tabla.ts';
import { lineasUtiles } from '../../src/lib/importador/lineas.ts';
import { palabrasDudosas, quitarDudosos, type Nota } from '../../src/lib/importador/index.ts';

// A synthetic page maker: a table printed with narrow columns, cells wrapped over several lines,
// the header repeated after each page break, and a running motto and page number on every page.
// Pieces are one per cell line (a PDF text layer) or one per word (OCR word boxes).

const LETRA = 5; // points per character at 10 pt
const PASO = 12; // points between lines
const ALTO_PAGINA = 792;

interface Col {
  titulo: string;
  ancho: number; // characters
}
type Fila = string[] | { fecha: string };

function envolver(texto: string, ancho: number): string[] {
  const lineas: string[] = [];
  let actual = '';
  for (const p of texto.split(' ')) {
    if (actual && `${actual} ${p}`.length > ancho) {
      lineas.push(actual);
      actual = p;
    } else actual = actual ? `${actual} ${p}` : p;
  }
  if (actual) lineas.push(actual);
  return lineas;
}

function paginasDeTabla(
  cols: Col[],
  filas: Fila[],
  opciones: { porPalabra?: boolean; lineasPorPagina?: number; antes?: string[]; despues?: string[]; centrado?: boolean } = {},
): Pieza[][] {
  const porPagina = opciones.lineasPorPagina ?? 30;
  const x: number[] = [];
  cols.forEach((c, i) => x.push(i === 0 ? 72 : x[i - 1]! + cols[i - 1]!.ancho * LETRA + 14));
  const paginas: Pieza[][] = [];
  let pagina = -1;
  let linea = 0;
  const pieza = (texto: string, x0: number): Pieza[] => {
    if (!opciones.porPalabra) return [{ texto, x0, x1: x0 + texto.length * LETRA, y: ALTO_PAGINA - 60 - linea * PASO, alto: 10, pagina }];
    let cursor = x0;
    return texto.split(' ').map((w) => {
      const p = {
        texto: w,
        x0: cursor,
        x1: cursor + w.length * LETRA,
        y: ALTO_PAGINA - 60 - linea * PASO,
        alto: 10,
        pagina,
        confianza: 95,
      };
      cursor += (w.length + 1) * LETRA;
      return p;
    });
  };
  const nuevaPagina = () => {
    pagina++;
    linea = 0;
    paginas.push([...pieza('“2021. Año de la Consumación de la Independencia y la Grandeza de México”', 120)]);
    linea = 2;
  };
  const cerrarPagina = () => {
    linea = 60;
    paginas[pagina]!.push(...pieza(`Página ${pagina + 1}`, 480));
  };
  const encabezado = () => {
    const partes = cols.map((c) => envolver(c.titulo, c.ancho));
    const alto = Math.max(...partes.map((p) => p.length));
    for (let k = 0; k < alto; k++) {
      // A centred header starts right of where its column's cells start.
      partes.forEach(
        (p, i) =>
          p[k] && paginas[pagina]!.push(...pieza(p[k]!, x[i]! + (opciones.centrado ? ((cols[i]!.ancho - p[k]!.length) * LETRA) / 2 : 0))),
      );
      linea++;
    }
  };
  nuevaPagina();
  for (const t of opciones.antes ?? []) {
    paginas[pagina]!.push(...pieza(t, 72));
    linea += 2;
  }
  encabezado();
  for (const f of filas) {
    const celdas = Array.isArray(f)
      ? f.map((t, i) => envolver(t, cols[i]!.ancho))
      : [
          [...envolver('Fecha comprometida de cumplimiento:', cols[0]!.ancho + cols[1]!.ancho)],
          ...cols.slice(1, -1).map(() => []),
          [f.fecha],
        ];
    const alto = Math.max(...celdas.map((c) => c.length));
    for (let k = 0; k < alto; k++) {
      if (linea >= porPagina) {
        cerrarPagina();
        nuevaPagina();
        encabezado();
      }
      celdas.forEach((c, i) => c[k] && paginas[pagina]!.push(...pieza(c[k]!, x[i]!)));
      linea++;
    }
  }
  linea++;
  for (const t of opciones.despues ?? []) {
    paginas[pagina]!.push(...pieza(t, 72));
    linea += 2;
  }
  cerrarPagina();
  return paginas;
}

const ASM = [
  'Derivado de la evaluación de Diseño Programático, se observa que el Pp no cuenta con una metodología que establezca la definición y cuantificación de la población potencial, objetivo y atendida.',
  'Además, se identificó que la Matriz de Indicadores para Resultados (MIR) del Pp cuenta con una lectura en su lógica vertical y horizontal con deficiencias.',
  'El Pp no cuenta con una estrategia de difusión y cobertura que permita definir una meta a alcanzar en su población objetivo.',
];
const ACCION = [
  'Elaborar una “Metodología para la definición y cuantificación de la población o área de enfoque potencial y objetivo del Pp”.',
  'Rediseñar la Matriz de Indicadores para Resultados del Pp evaluado, a fin de cumplir con la lógica vertical y horizontal.',
  'Desarrollar una estrategia de difusión y cobertura para mejorar el alcance del Pp a un mayor número de beneficiados.',
];
const FECHA = ['30 de julio de 2021', 'Diciembre 2022', '15 de agosto de 2021'];

/** The table read from positions, back through the text reader, as the commitments it finds. */
function leer(paginas: Pieza[][]) {
  const doc = documentoDePdf(paginas);
  const texto = doc.lineas.join('\n');
  const { lineas } = lineasUtiles(texto);
  const tabla = leerTabla(lineas, () => false);
  return { doc, texto, filas: tabla?.filas.map((f) => ({ numero: f.numero, aspecto: f.aspecto, accion: f.accion, fecha: f.fecha })) ?? [] };
}

const esperado = ASM.map((a, i) => ({
  numero: String(i + 1),
  aspecto: a,
  accion: ACCION[i],
  fecha: i === 1 ? '2022-12' : ['2021-07-30', '', '2021-08-15'][i],
}));

describe('tabla de compromisos leída de posiciones', () => {
  const casos: [string, Col[], (i: number) => Fila[]][] = [
    [
      'No. | ASM | acción | fecha (columnas estrechas)',
      [
        { titulo: 'No.', ancho: 4 },
        { titulo: 'Aspectos Susceptibles de Mejora', ancho: 24 },
        { titulo: 'Actividad comprometida', ancho: 22 },
        { titulo: 'Fecha comprometida', ancho: 11 },
      ],
      (i) => [[`${i + 1}`, ASM[i]!, ACCION[i]!, FECHA[i]!]],
    ],
    [
      'fecha antes de la acción',
      [
        { titulo: 'No.', ancho: 4 },
        { titulo: 'Recomendación', ancho: 30 },
        { titulo: 'Fecha de cumplimiento', ancho: 12 },
        { titulo: 'Acciones', ancho: 26 },
      ],
      (i) => [[`${i + 1}`, ASM[i]!, FECHA[i]!, ACCION[i]!]],
    ],
    [
      'con «Unidad responsable» de más',
      [
        { titulo: 'No.', ancho: 4 },
        { titulo: 'Aspectos Susceptibles de Mejora', ancho: 20 },
        { titulo: 'Unidad responsable', ancho: 12 },
        { titulo: 'Actividad comprometida', ancho: 20 },
        { titulo: 'Fecha', ancho: 11 },
      ],
      (i) => [[`${i + 1}`, ASM[i]!, 'UIPPE del ISSEMYM', ACCION[i]!, FECHA[i]!]],
    ],
    [
      'fila de fecha bajo cada ASM',
      [
        { titulo: 'No.', ancho: 4 },
        { titulo: 'Aspectos Susceptibles de Mejora.', ancho: 28 },
        { titulo: 'Actividad comprometida', ancho: 26 },
      ],
      (i) => [[`${i + 1}`, ASM[i]!, ACCION[i]!], { fecha: FECHA[i]! }],
    ],
    [
      'columnas anchas',
      [
        { titulo: 'Núm.', ancho: 6 },
        { titulo: 'Aspecto Susceptible de Mejora', ancho: 40 },
        { titulo: 'Acciones comprometidas', ancho: 40 },
        { titulo: 'Fecha compromiso', ancho: 18 },
      ],
      (i) => [[`${i + 1}`, ASM[i]!, ACCION[i]!, FECHA[i]!]],
    ],
  ];
  for (const porPalabra of [false, true]) {
    it.each(casos)(`%s, cruzando un salto de página (${porPalabra ? 'palabras de OCR' : 'renglones de PDF'})`, (_n, cols, filas) => {
      const paginas = paginasDeTabla(cols, [0, 1, 2].flatMap(filas), {
        porPalabra,
        lineasPorPagina: 16,
        antes: ['CUARTA. De los Aspectos Susceptibles de Mejora.'],
        despues: ['QUINTA. Cumplimiento. Las partes determinarán si las acciones cumplen.'],
      });
      expect(paginas.length).toBeGreaterThan(1);
      const { doc, filas: leidas, texto } = leer(paginas);
      expect(leidas).toEqual(esperado.map((e) => ({ ...e, fecha: e.fecha || '2022-12' })));
      // The motto and the page numbers are gone, from inside the table too; the clause after it stays.
      expect(texto).not.toMatch(/Consumación|Página \d/);
      expect(doc.omitidas.length).toBeGreaterThan(0);
      expect(texto).toMatch(/^QUINTA\. Cumplimiento/m);
    });
  }

  it.each(casos)('%s, con el encabezado centrado en columnas más anchas que él', (_n, cols, filas) => {
    const paginas = paginasDeTabla(cols, [0, 1, 2].flatMap(filas), {
      centrado: true,
      lineasPorPagina: 16,
      despues: ['QUINTA. Cumplimiento. Las partes determinarán si las acciones cumplen.'],
    });
    expect(leer(paginas).filas).toEqual(esperado.map((e) => ({ ...e, fecha: e.fecha || '2022-12' })));
  });

  it('cada fila dice su página y su renglón', () => {
    const cols = casos[3]![1];
    const { doc } = leer(paginasDeTabla(cols, [0, 1, 2].flatMap(casos[3]![2]), { lineasPorPagina: 24 }));
    const filas = doc.donde.filter((d) => d?.includes('tabla, fila'));
    expect(filas[0]).toMatch(/^página 1, línea \d+ \(tabla, fila 1\)$/);
    expect(filas.some((d) => d!.startsWith('página 2'))).toBe(true);
  });

  it('sin tabla de compromisos dice qué tabla vio', () => {
    const paginas = paginasDeTabla(
      [
        { titulo: 'Nombre', ancho: 20 },
        { titulo: 'Cargo', ancho: 20 },
      ],
      [['Hugo Ayala Ramos', 'Director General']],
    );
    const doc = documentoDePdf(paginas);
    expect(doc.tabla).toBeUndefined();
    expect(doc.tablasVistas).toEqual(['Nombre, Cargo']);
  });
});

describe('piezas sueltas', () => {
  it.each([
    ['No.', 'numero'],
    ['Núm.', 'numero'],
    ['Aspectos Susceptibles de Mejora.', 'aspecto'],
    ['Recomendación', 'aspecto'],
    ['Actividad comprometida', 'accion'],
    ['Acciones', 'accion'],
    ['Fecha de cumplimiento', 'fecha'],
    ['Unidad responsable', 'otra'],
  ])('«%s» es una columna de %s', (t, c) => expect(columnaDe(t)).toBe(c));

  it('un encabezado partido en varias líneas y con una palabra cortada sin guion', () => {
    const p = (texto: string, x0: number, linea: number): Pieza => ({
      texto,
      x0,
      x1: x0 + texto.length * 5,
      y: 700 - linea * 12,
      alto: 10,
      pagina: 0,
    });
    const renglones = renglonesDePagina(
      [
        p('No.', 72, 0),
        p('Recomendación', 100, 0),
        p('Acciones', 200, 0),
        p('Fecha de', 300, 0),
        p('cumplimien', 300, 1),
        p('to', 300, 2),
        p('1', 72, 3),
        p('Texto', 100, 3),
      ],
      0,
    );
    const enc = buscarEncabezado(renglones)!;
    expect(enc.renglones).toEqual([0, 1, 2]);
    expect(enc.columnas.map((c) => c.titulo)).toEqual(['No.', 'Recomendación', 'Acciones', 'Fecha de cumplimiento']);
  });

  it('encabezados y pies repetidos, aunque el OCR los lea distinto en cada página', () => {
    const p = (texto: string, pagina: number, y: number): Pieza => ({ texto, x0: 100, x1: 400, y, alto: 10, pagina });
    const lemas = [
      '“2021. Año de la Consumación de la Independencia”',
      '“2021. Año de fa Consumación de la Independencia”',
      '"2021. Año de la Consumacion de la Independencia"',
    ];
    const renglones = lemas.flatMap((l, i) =>
      renglonesDePagina(
        [
          p(l, i, 760),
          p(['Antecedentes del convenio', 'Declaraciones de las partes', 'Cláusulas y firmas'][i]!, i, 600),
          p(`${i + 1}`, i, 40),
        ],
        i,
      ),
    );
    const fuera = lineasRepetidas(renglones, 3);
    expect([...fuera].map((r) => r.texto).sort()).toEqual([...lemas, '1', '2', '3'].sort());
    expect(parecido('abc', 'xyz')).toBe(0);
  });

  it('una fila sin número no se inventa: la tabla la deja fuera y la señala', () => {
    const cols = [
      { titulo: 'No.', ancho: 4 },
      { titulo: 'Recomendación', ancho: 30 },
      { titulo: 'Acciones', ancho: 26 },
    ];
    const paginas = paginasDeTabla(cols, [
      ['', ASM[0]!, ACCION[0]!],
      ['2', ASM[1]!, ACCION[1]!],
    ]);
    const tabla = leerTablaPosicional(paginas.flatMap((ps, i) => renglonesDePagina(ps, i)))!;
    expect(tabla.filas.map((f) => f.celdas[0])).toEqual(['', '2']);
    const { filas } = leer(paginas);
    expect(filas.map((f) => f.numero)).toEqual(['2']);
  });
});

describe('incisos leídos por OCR', () => {
  it('«9)» entre «f)» y «h)» es «g)»; una letra dudosa que la secuencia confirma deja de serlo; lo demás no se toca', () => {
    expect(corregirIncisos(['f) Vigilar;', '9) Apoyar;', 'h) Dictaminar.'])).toEqual(['f) Vigilar;', 'g) Apoyar;', 'h) Dictaminar.']);
    expect(corregirIncisos(['b) Acudir;', '⟦c)⟧ Verificar;', 'd) Vigilar.'])).toEqual(['b) Acudir;', 'c) Verificar;', 'd) Vigilar.']);
    expect(corregirIncisos(['b) Determinar;', 'Cc) Dar seguimiento;', 'd) Acudir;'])).toEqual([
      'b) Determinar;',
      'c) Dar seguimiento;',
      'd) Acudir;',
    ]);
    expect(corregirIncisos(['e) Acudir;', 'P) Vigilar;', '9) Apoyar;', 'h) Dictaminar.'])).toEqual([
      'e) Acudir;',
      'f) Vigilar;',
      'g) Apoyar;',
      'h) Dictaminar.',
    ]);
    expect(corregirIncisos(['h) Solventar;', '¡) Enviar.', 'a) Otra lista;'])).toEqual(['h) Solventar;', 'i) Enviar.', 'a) Otra lista;']);
    expect(corregirIncisos(['b) Uno;', 'x) Dos.'])).toEqual(['b) Uno;', 'x) Dos.']);
    expect(corregirIncisos(['a) Uno;', '9) Dos;', 'c) Tres.'])).toEqual(['a) Uno;', '9) Dos;', 'c) Tres.']);
    expect(corregirIncisos(['3. Revisar.', '4, Se recomienda.', '5. Verificar.', '7, no.'])).toEqual([
      '3. Revisar.',
      '4. Se recomienda.',
      '5. Verificar.',
      '7, no.',
    ]);
    // The first and the last of a list, confirmed by the line next to them.
    expect(corregirIncisos(['5. Otra cosa.', 'Párrafo:', '1, De acuerdo.', '2. Realizar.', '3, Revisar.', '', 'b) Sigue.'])).toEqual([
      '5. Otra cosa.',
      'Párrafo:',
      '1. De acuerdo.',
      '2. Realizar.',
      '3. Revisar.',
      '',
      'b) Sigue.',
    ]);
    expect(corregirIncisos(['1, 2 y 3 de la Ley.', 'Otro párrafo.'])).toEqual(['1, 2 y 3 de la Ley.', 'Otro párrafo.']);
  });
});

describe('valores con palabras dudosas del OCR', () => {
  it('se quitan del convenio y se listan; los que no las contienen se quedan', () => {
    const marcado =
      'Elaborar una metodología de la población ⟦O⟧ área de enfoque.\nacuerdo número ⟦IHAEM/CP-794-101/20⟧ para la institución';
    const dudosas = palabrasDudosas(marcado);
    expect(dudosas).toEqual([
      { palabra: 'O', antes: 'población', despues: 'área' },
      { palabra: 'IHAEM/CP-794-101/20', antes: 'número', despues: 'para' },
    ]);
    const convenio: Record<string, unknown> = {
      titulo: 'Convenio de la población objetivo',
      fundamento: { publicacion: 'Gaceta, 3 de noviembre de 2020, acuerdo número IHAEM/CP-794-101/20' },
      compromisos: [{ accion: 'Elaborar una metodología de la población O área de enfoque', numero: '1' }],
    };
    const notas: Nota[] = [];
    quitarDudosos(convenio, notas, marcado);
    expect(convenio).toEqual({ titulo: 'Convenio de la población objetivo', fundamento: {}, compromisos: [{ numero: '1' }] });
    expect(notas.map((n) => `${n.tipo} ${n.campo}`)).toEqual(['falta fundamento.publicacion', 'falta compromisos[0].accion']);
  });

  // The same words printed in two places: one read with confidence, one not. A value is traced back
  // to where it may come from by the words around it.
  const marcado = [
    '2. DE ⟦"LA⟧ CONTRALORÍA"',
    'f) Enviar a "LA SECRETARÍA" y a "LA CONTRALORÍA" los resultados finales.',
    'Enviar a "LA SECRETARÍA" y a ⟦"LA⟧ CONTRALORÍA" los informes.',
    '| 1 | Elaborar la metodología del área de ⟦enfoque.⟧ | Diciembre 2022 |',
    'a) A través del Órgano Interno de Control de ⟦“El⟧ Sujeto Evaluado", supervisar;',
    'b) Verificar, a través del Órgano Interno de Control; y',
    'que la Matriz de Indicadores del Pp y de Control de la ⟦Matriz.⟧ de Indicadores',
  ].join('\n');
  it.each([
    ['la misma frase leída con seguridad en otro lugar', 'Enviar a "LA SECRETARÍA" y a "LA CONTRALORÍA" los resultados finales.', true],
    ['un valor corto que también está en una línea segura', 'LA CONTRALORÍA', true],
    ['un valor que sólo sale del lugar dudoso', 'Enviar a "LA SECRETARÍA" y a "LA CONTRALORÍA" los informes.', false],
    ['sin el punto final ni las comillas, la palabra dudosa sigue siendo la misma', 'Elaborar la metodología del área de enfoque', false],
    ['con otras palabras después, la palabra dudosa junto a la de antes', 'Elaborar la metodología del área de enfoque. Otra cosa', false],
    ['una palabra común que fue dudosa en otra frase', 'Firma Hugo Ayala, cuyo nombre aparece bajo el de Roberto Inda', true],
    ['una palabra que nunca fue dudosa', 'Diciembre 2022', true],
    // A sure place vouches for the word as printed there, not for one with a stray dot.
    ['con un punto de más que el lugar seguro no tiene', 'de Control de la Matriz. de Indicadores', false],
    ['sin el punto y coma final del lugar seguro', 'a través del Órgano Interno de Control', true],
  ])('%s: %s → se conserva %s', (_caso, valor, conserva) => {
    const convenio: Record<string, unknown> = { valor };
    const notas: Nota[] = [];
    quitarDudosos(convenio, notas, marcado);
    expect('valor' in convenio).toBe(conserva);
    expect(notas).toHaveLength(conserva ? 0 : 1);
  });
});
