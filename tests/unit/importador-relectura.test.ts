import { describe, expect, it } from 'vitest';
import {
  ceros,
  discrepancia,
  duda,
  formasDePagina,
  marcar,
  piezasDeTsv,
  resolverPalabra,
  type Forma,
  type Mirada,
  type PalabraTsv,
} from '../../src/lib/importador/ocr.ts';
import {
  ampliar,
  componentes,
  indiceDeComponentes,
  escribirPgm,
  glifos,
  leerPgm,
  recortar,
  renglonDe,
  voladitaFinal,
  type Componente,
  type Raster,
} from '../../src/lib/importador/raster.ts';

// The OCR's second look (src/lib/importador/ocr.ts): what makes a word unsure, and when a second
// reading of the word alone, the shape of its glyphs or an ordinal's raised «a» settle it. A word
// that stays unsure is never used as a value (tests/unit/importador-posiciones.test.ts).

/** A raster drawn from rows of text: «#» black, anything else white. */
function dibujo(filas: string[]): Raster {
  const ancho = Math.max(...filas.map((f) => f.length));
  const datos = new Uint8Array(ancho * filas.length).fill(255);
  filas.forEach((f, y) => [...f].forEach((c, x) => c === '#' && (datos[y * ancho + x] = 0)));
  return { ancho, alto: filas.length, datos };
}

describe('qué palabra queda dudosa', () => {
  it.each([
    ['Convenio', 96, 'no'],
    ['Convenio', 64, 'si'],
    ['02*', 92, 'si'],
    ['PbRM-01%', 90, 'si'],
    ['PbRMO8b', 95, 'si'],
    ['XXIIl', 90, 'si'],
    ['lIl,', 90, 'si'],
    ['XXIII,', 90, 'no'],
    ['11,', 90, 'no'],
    ['“IMPLAN”,', 84, 'comillas'],
    ['“IMPLAN”,', 85, 'no'],
    ['«Prestaciones»', 70, 'comillas'],
  ] as const)('«%s» con confianza %d: %s', (texto, conf, esperado) => {
    expect(duda(texto, conf)).toBe(esperado);
  });

  it('una «O» o «Y» sola entre minúsculas es la conjunción mal leída', () => {
    expect(duda('O', 90, 'población', 'área')).toBe('si');
    expect(duda('Y', 90, undefined, 'por')).toBe('si');
    expect(duda('Y', 90, 'CONTROL', 'EVALUACIÓN')).toBe('no');
  });

  it('la marca rodea la palabra, o sólo sus comillas cuando sólo ellas son dudosas', () => {
    expect(marcar('enfoque.', 'si')).toBe('⟦enfoque.⟧');
    expect(marcar('“IMPLAN”,', 'comillas')).toBe('⟦“⟧IMPLAN⟦”⟧,');
    expect(marcar('2022', 'no')).toBe('2022');
  });
});

describe('una O tan angosta como un dígito es un cero', () => {
  it.each([
    ['O1b', [0.74, 0.63, 0.62], '01b'],
    ['PbRMO8b', [0.78, 0.62, 0.89, 1.0, 0.74, 0.7, 0.62], 'PbRM08b'],
    // As wide as a capital O: a letter, left as read.
    ['CO2', [0.8, 1.0, 0.7], 'CO2'],
    // Between the two: left as read (and the word stays unsure).
    ['O1b', [0.85, 0.63, 0.62], 'O1b'],
    // Glyphs and characters do not pair one to one: nothing is changed.
    ['PbRMOg8c,', [0.78, 0.62, 0.89, 1.0, 0.74, 0.7, 0.76, 0.56], 'PbRMOg8c,'],
    // Only an O next to a digit.
    ['OBRA', [0.7, 0.8, 0.8, 0.9], 'OBRA'],
  ])('«%s» con proporciones %j → «%s»', (texto, proporciones, esperado) => {
    expect(ceros(texto, proporciones)).toBe(esperado);
  });
});

describe('la segunda mirada a una palabra dudosa', () => {
  const palabra = (crudo: string, conf: number): PalabraTsv => ({
    linea: '1.1.1',
    left: 0,
    top: 0,
    width: 100,
    height: 30,
    conf,
    crudo,
    texto: crudo.replace(/^[|¦]+|[|¦]+$/g, ''),
  });
  const mirada = (m: Partial<Mirada>): Mirada => ({ conBarra: false, proporciones: [], ...m });
  it.each([
    // Read again alone with confidence, the same: sure.
    ['identifica', 41, mirada({ palabra: { texto: 'identifica', conf: 97 } }), 'identifica', 'no'],
    // A table rule stuck to the word is left out when the second reading does not see it.
    ['[características', 32, mirada({ palabra: { texto: 'características', conf: 96 } }), 'características', 'no'],
    ['|en', 61, mirada({ palabra: { texto: 'en', conf: 97 } }), 'en', 'no'],
    // A bracket with its partner is text, not a rule.
    ['[sic]', 40, mirada({ palabra: { texto: 'sic', conf: 97 } }), '[sic]', 'si'],
    // Two readings that differ: unsure, as first read.
    ['fa', 60, mirada({ palabra: { texto: 'ta', conf: 92 } }), 'fa', 'si'],
    ['XVIl', 54, mirada({ palabra: { texto: 'XVI!', conf: 82 } }), 'XVIl', 'si'],
    // The same but with little confidence: unsure.
    ['XVII', 55, mirada({ palabra: { texto: 'XVII', conf: 62 } }), 'XVII', 'si'],
    // Agreeing on a raised final glyph read as a digit: both may be wrong alike («0282» for «02ª»).
    ['0282', 50, mirada({ palabra: { texto: '0282', conf: 90 } }), '0282', 'no'],
    ['0282', 50, mirada({ palabra: { texto: '0282', conf: 90 }, discrepancia: 'volada' as const }), '0282', 'si'],
    ['EVALUADO”', 81, mirada({ palabra: { texto: 'EVALUADO”', conf: 90 }, discrepancia: 'volada' as const }), 'EVALUADO”', 'comillas'],
    // The quotes stay unsure whatever the second reading says: both may take " for “.
    ['“IMPLAN”', 30, mirada({ palabra: { texto: '“IMPLAN”', conf: 91 } }), '“IMPLAN”', 'comillas'],
    ['“El', 74, mirada({ palabra: { texto: '"El', conf: 82 } }), '“El', 'comillas'],
    // A narrow O next to a digit is a zero in both readings; then they agree.
    [
      'PbRMO8b',
      59,
      mirada({ palabra: { texto: 'PbRMO8b', conf: 66 }, proporciones: [0.78, 0.64, 0.89, 1, 0.74, 0.7, 0.64] }),
      'PbRM08b',
      'no',
    ],
    ['O1b', 78, mirada({ proporciones: [0.74, 0.63, 0.62] }), '01b', 'no'],
    [
      'PPRMO8c',
      55,
      mirada({ palabra: { texto: 'PbRMO8c', conf: 88 }, proporciones: [0.78, 0.64, 0.89, 1, 0.7, 0.74, 0.76] }),
      'PPRM08c',
      'si',
    ],
  ] as const)('«%s» (%d), %o → «%s», duda %s', (crudo, conf, m, texto, d) => {
    expect(resolverPalabra(palabra(crudo, conf), m)).toEqual({ texto, duda: d });
  });

  const ordinal = (m: Partial<Mirada>) =>
    mirada({
      discrepancia: 'volada',
      palabra: { texto: '022', conf: 80 },
      sinVolada: { texto: '02', conf: 90 },
      volada: { texto: 'a', conf: 97 },
      ...m,
    });
  it.each([
    ['02*', 92, ordinal({}), '02ª', 'no'],
    ['PbRM-01%', 62, ordinal({ sinVolada: { texto: 'PbRM-01', conf: 67 } }), 'PbRM-01ª', 'no'],
    ['1%.', 70, ordinal({ sinVolada: { texto: '1.', conf: 90 } }), '1ª.', 'no'],
    // «o» is the ordinal «º» only with its bar; a ring alone may be a degree sign.
    ['2*', 90, ordinal({ sinVolada: { texto: '2', conf: 90 }, volada: { texto: 'o', conf: 95 }, conBarra: true }), '2º', 'no'],
    ['25*', 90, ordinal({ sinVolada: { texto: '25', conf: 90 }, volada: { texto: 'o', conf: 95 } }), '25*', 'si'],
    // Anything else raised (a footnote's «2», a quote) is not an ordinal.
    [
      'México2',
      60,
      ordinal({ palabra: { texto: 'México2', conf: 90 }, sinVolada: { texto: 'México', conf: 90 }, volada: { texto: '2', conf: 95 } }),
      'México2',
      'si',
    ],
    ['02*', 92, ordinal({ volada: { texto: 'a', conf: 60 } }), '02*', 'si'],
    // The rest of the word must read the same both times.
    ['02*', 92, ordinal({ sinVolada: { texto: '03', conf: 90 } }), '02*', 'si'],
    ['02*', 92, ordinal({ sinVolada: { texto: '02', conf: 50 } }), '02*', 'si'],
  ] as const)('ordinal: «%s» (%d), %o → «%s», duda %s', (crudo, conf, m, texto, d) => {
    expect(resolverPalabra(palabra(crudo, conf), m)).toEqual({ texto, duda: d });
  });
});

describe('glifos de una imagen', () => {
  // «02ª» at a small size: two digits on the line, a raised «a» with its bar, then a full stop.
  const palabra = dibujo([
    '.####...####...........',
    '#....#.#....#...###....',
    '#....#......#..#..#....',
    '#....#.....#...#.##....',
    '#....#....#.....#.#....',
    '#....#...#.....####....',
    '#....#..#..............',
    '#....#.#...............',
    '#....#.#...............',
    '.####..######.......##.',
  ]);

  it('lee y escribe PGM', () => {
    const r = leerPgm(escribirPgm(palabra));
    expect(r).toEqual(palabra);
    const cabeza = new TextEncoder().encode('P5\n# comentario\n2 1\n255\n');
    expect(leerPgm(new Uint8Array([...cabeza, 0, 255]))).toEqual({
      ancho: 2,
      alto: 1,
      datos: new Uint8Array([0, 255]),
    });
    expect(() => leerPgm(new TextEncoder().encode('P6\n1 1\n255\n...'))).toThrow(/PGM/);
  });

  it('separa los glifos, une la «a» con su barra y encuentra la volada al final', () => {
    const gs = glifos(componentes(palabra, 128, 1));
    expect(gs.map((g) => [g.x0, g.x1])).toEqual([
      [0, 6],
      [7, 13],
      [15, 19],
      [20, 22],
    ]);
    const renglon = renglonDe(gs);
    expect(renglon).toEqual({ base: 10, altura: 10, altas: false });
    expect(voladitaFinal(gs, renglon)?.map((g) => [g.x0, g.x1])).toEqual([[15, 19]]);
    // Without the raised glyph, nothing is raised.
    expect(voladitaFinal(gs.slice(0, 2), renglon)).toBeUndefined();
  });

  it('recorta sobre blanco, sin lo que cae fuera de la caja, y amplía', () => {
    const r = recortar(palabra, { x0: 0, y0: 0, x1: 6, y1: 10 }, 2);
    expect([r.ancho, r.alto]).toEqual([10, 14]);
    expect(componentes(r)).toHaveLength(1);
    // Enlarged smoothly: black to white over the middle.
    const a = ampliar(dibujo(['#.']), 3);
    expect([a.ancho, a.alto, [...a.datos.slice(0, 6)]]).toEqual([6, 3, [0, 0, 85, 170, 255, 255]]);
  });
});

describe('palabras de tesseract (TSV) como piezas', () => {
  const tsv = [
    'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
    '1\t1\t0\t0\t0\t0\t0\t0\t1700\t2200\t-1\t',
    '5\t1\t1\t1\t1\t1\t200\t100\t60\t26\t96\tFecha',
    '5\t1\t1\t1\t1\t2\t270\t108\t40\t30\t80\t“LA',
    '5\t1\t1\t1\t1\t3\t330\t104\t60\t22\t41\tjulio',
  ].join('\n');
  it('la segunda mirada reemplaza la lectura de las palabras que miró', () => {
    expect(piezasDeTsv(tsv, 200, 0).piezas.map((p) => p.texto)).toEqual(['Fecha', '⟦“⟧LA', '⟦julio⟧']);
    const p = piezasDeTsv(tsv, 200, 0, new Map([[2, { texto: 'julio', duda: 'no' as const }]]));
    expect(p.piezas.map((x) => x.texto)).toEqual(['Fecha', '⟦“⟧LA', 'julio']);
    expect(p.dudosas).toBe(1);
  });
});

describe('la tinta contra la lectura', () => {
  const caja = (x0: number, y0: number, x1: number, y1: number): Componente => ({ x0, y0, x1, y1, pixeles: (x1 - x0) * (y1 - y0) });
  it('la línea base es donde se apoya la mayoría de los glifos, aunque haya descendentes y comillas', () => {
    // «“sujeto”»: quotes high, a «j» below the line, lowercase letters and a tall «t».
    const gs = [
      caja(0, 0, 2, 8),
      caja(3, 0, 5, 8),
      caja(6, 8, 12, 24),
      caja(13, 8, 19, 24),
      caja(20, 6, 24, 32),
      caja(25, 8, 31, 24),
      caja(32, 2, 36, 24),
      caja(37, 8, 43, 24),
      caja(44, 0, 46, 8),
      caja(47, 0, 49, 8),
    ];
    expect(renglonDe(gs)).toEqual({ base: 24, altura: 16, altas: false });
    // A closing quote is raised; it is not an ordinal (discrepancia() looks at the reading too).
    expect(voladitaFinal(gs, { base: 24, altura: 22, altas: true })).toHaveLength(2);
  });

  const palabra = (texto: string): PalabraTsv => ({
    linea: '1.1.1',
    left: 0,
    top: 0,
    width: 100,
    height: 30,
    conf: 95,
    crudo: texto,
    texto,
  });
  const forma = (f: Partial<Forma>): Forma => ({ glifos: [], volada: false, ...f });
  const alturas = { minuscula: 16, mayuscula: 22 };
  const renglon = { base: 24, altura: 22, altas: true };
  // Glyphs of the given heights standing on the line, one after another two pixels apart.
  const glifosDe = (altos: number[], hueco = 2) => {
    let x = 0;
    return altos.map((a) => {
      const g = caja(x, 24 - a, x + 10, 24);
      x += 10 + hueco;
      return g;
    });
  };
  it.each([
    ['una volada leída como cifra', 'PbRM-012', forma({ volada: true }), 'volada'],
    ['una volada leída como signo', '02?', forma({ volada: true }), 'volada'],
    ['una volada que es una comilla', 'CONTRALORÍA”,', forma({ volada: true }), undefined],
    ['un acento de más en la tinta', 'MENDEZ', forma({ acentos: 1 }), 'acentos'],
    ['los acentos que se leyeron', 'MÉNDEZ', forma({ acentos: 1 }), undefined],
    ['un acento leído que la tinta no tiene', 'MÉNDEZ', forma({ acentos: 0 }), 'acentos'],
    ['una «C» del tamaño de una minúscula', 'Caso', forma({ glifos: glifosDe([16, 16, 16, 16]), renglon }), 'mayuscula'],
    ['una «c» del tamaño de una mayúscula', 'caso', forma({ glifos: glifosDe([22, 16, 16, 16]), renglon }), 'mayuscula'],
    ['las alturas que corresponden', 'Caso', forma({ glifos: glifosDe([22, 16, 16, 16]), renglon }), undefined],
    ['un espacio que no se leyó', 'oen', forma({ glifos: glifosDe([16, 16, 16], 10), renglon }), 'espacio'],
    ['letras juntas', 'oen', forma({ glifos: glifosDe([16, 16, 16], 2), renglon }), undefined],
  ] as const)('%s: «%s»', (_caso, texto, f, esperada) => {
    expect(discrepancia(palabra(texto), f, alturas)).toBe(esperada);
  });

  it('cuenta los acentos sobre una palabra en mayúsculas, no la coma que cuelga del renglón de arriba', () => {
    // Two lines: «YA,» above (its comma hangs low), «MÉNDEZ» below with one accent over the É.
    const filas = Array.from({ length: 60 }, () => '.'.repeat(80));
    const pintar = (x0: number, y0: number, x1: number, y1: number) => {
      for (let y = y0; y < y1; y++) filas[y] = filas[y]!.slice(0, x0) + '#'.repeat(x1 - x0) + filas[y]!.slice(x1);
    };
    for (let k = 0; k < 3; k++) pintar(10 + k * 12, 2, 18 + k * 12, 20); // «YA» and a letter, baseline 20
    pintar(47, 21, 49, 27); // the comma, hanging from the first line's baseline
    for (let k = 0; k < 6; k++) pintar(10 + k * 12, 30, 18 + k * 12, 48); // six capitals, baseline 48
    pintar(24, 25, 28, 28); // the accent over the second
    const r = dibujo(filas);
    const tsv = (texto: string, top: number, linea: number): PalabraTsv => ({
      linea: `1.1.${linea}`,
      left: 10,
      top,
      width: 70,
      height: 18,
      conf: 95,
      crudo: texto,
      texto,
    });
    const { formas } = formasDePagina(indiceDeComponentes(componentes(r)), [tsv('YAS,', 2, 1), tsv('MENDEZ', 30, 2)]);
    expect(formas[1]!.acentos).toBe(1);
    expect(discrepancia(tsv('MENDEZ', 30, 2), formas[1]!)).toBe('acentos');
  });
});
