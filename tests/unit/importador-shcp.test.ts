import { readFileSync } from 'node:fs';
import { parse as leerCsvSync } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { leerArchivo } from '../../src/contenido/leer-archivo.ts';
import { construirIndice } from '../../src/lib/indice.ts';
import type { ArchivoShcp } from '../../src/lib/importador-shcp/index.ts';
import { decodificar } from '../../src/lib/importador-shcp/leer.ts';
import { leerAvance, leerEvidencias, leerFecha, lista, valor } from '../../src/lib/importador-shcp/mapear.ts';
import { lineasDeResumen, rangos } from '../../src/lib/importador-shcp/resumen.ts';
import { ente, gobierno, programa } from '../../src/schemas/catalogos.ts';
import { documento } from '../../src/schemas/documento.ts';
import { carpetaReal, catalogoDe, compromisosDe, federalesDe, importarEn } from './shcp-fabrica.ts';

const EXTRACTO = readFileSync('tests/fixtures/shcp/asm-sample-25-rows.utf8.csv');
const TEXTO = EXTRACTO.toString('utf8');
/** The excerpt as the SHCP publishes the full file: Windows-1252. */
const WINDOWS = iconv.encode(TEXTO, 'win1252');
/** Rows of the excerpt by ID_ASM, read with csv-parse independently of the importer. */
const FILAS = new Map(
  (leerCsvSync(TEXTO, { columns: (h: string[]) => h.map((x) => x.trim()) }) as Record<string, string>[]).map((f) => [f.ID_ASM!, f]),
);

describe('el extracto de 25 renglones, en UTF-8 y en Windows-1252', () => {
  const utf8 = importarEn(carpetaReal(), EXTRACTO);
  const windows = importarEn(carpetaReal(), WINDOWS);

  it('detecta cada codificación y da exactamente los mismos archivos', () => {
    expect(utf8.resumen.codificacion).toBe('utf-8');
    expect(windows.resumen.codificacion).toBe('windows-1252');
    expect(windows.resumen.motivoCodificacion).toBe('no es UTF-8 válido (la primera secuencia inválida está en la línea 2)');
    expect(windows.archivos).toEqual(utf8.archivos);
  });

  it('una marca de orden de bytes se reconoce como UTF-8 y no entra en el primer encabezado', () => {
    const conBom = importarEn(carpetaReal(), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), EXTRACTO]));
    expect(conBom.resumen.motivoCodificacion).toMatch(/BOM/);
    expect(conBom.archivos).toEqual(utf8.archivos);
  });

  it('recorta el encabezado con espacio y cuenta cada renglón', () => {
    expect(utf8.resumen.recortadas).toEqual(['MODALIDAD_PP ']);
    expect(utf8.resumen).toMatchObject({ leidos: 25, importados: 25, rechazados: [] });
    expect(utf8.resumen.porAvance).toEqual({ atendido: 10, en_proceso: 6, cancelado: 5, fusionado: 2, dado_de_baja: 2, sin_avance: 0 });
  });

  const compromisos = compromisosDe(utf8.carpeta);
  it('da 25 compromisos, uno por ID_ASM, con su texto tal cual', () => {
    expect(compromisos).toHaveLength(25);
    expect(compromisos.map((x) => x.k.id_asm).sort()).toEqual([...FILAS.keys()].sort());
    for (const { k } of compromisos) expect(k.aspecto).toBe(FILAS.get(k.id_asm)!.DESC_ASM!.trim());
  });

  // Status, percent, themes and evidence of every row, from the row itself.
  const ESTADO: Record<string, string> = {
    'ASM CANCELADO': 'cancelado',
    'ASM Cancelado': 'cancelado',
    FUSIONADO: 'fusionado',
    'ASM dado de baja': 'dado_de_baja',
  };
  it.each([...FILAS.values()].map((f) => [f.ID_ASM!, f] as const))(
    '%s: estado, avance, fecha, temas, clasificación y evidencia',
    (id, f) => {
      const { doc, k } = compromisos.find((x) => x.k.id_asm === id)!;
      expect(k.seguimiento).toHaveLength(1);
      const r = k.seguimiento[0]!;
      const avance = f.AVANCE_ASM!;
      if (/^[\d.]+$/.test(avance)) {
        expect(r.avance).toBe(Number(avance));
        expect(r.estado).toBe(Number(avance) === 100 ? 'atendido' : 'en_proceso');
      } else {
        expect(r.estado).toBe(ESTADO[avance]);
        expect(r.avance).toBeUndefined();
      }
      const [d, m, a] = f.FECHA_REPORTE!.split('/');
      expect(r.fecha).toBe(`${a}-${m}-${d}`);
      expect(r.periodo).toBe(f.TRIMESTRE);
      const temas =
        f.TEMA_ASM === 'N/D'
          ? undefined
          : f
              .TEMA_ASM!.split(';')
              .map((t) => t.trim())
              .filter(Boolean);
      expect(k.temas).toEqual(temas);
      expect(k.tipo_mejora).toEqual(f.TIPO_MEJORA === 'N/D' ? undefined : f.TIPO_MEJORA!.split('; '));
      expect(k.prioridad).toBe(f.PRIORIDAD === 'N/D' ? undefined : f.PRIORIDAD);
      expect(k.tipo_asm).toBe(f.TIPO_ASM);
      expect(k.gasto_federalizado).toBe(f.GASTO_FEDERALIZADO === 'Si');
      expect(k.ciclo).toBe(f.CICLO);
      expect(r.evidencias.map((e) => e.url)).toEqual(f.EVIDENCIA === 'N/D' ? [] : [`http://${f.EVIDENCIA}`]);
      expect(doc.datos.evaluacion).toBe(f.ORIGEN_RECOMENDACION);
      expect(doc.datos.anio_evaluacion).toBe(f.ANIO_RECOMENDACION === 'N/D' ? undefined : Number(f.ANIO_RECOMENDACION));
      expect(doc.datos.ramo).toEqual({ clave: f.ID_RAMO, nombre: f.DESC_RAMO });
      expect(doc.datos.instancia_coordinadora).toBe(f.INST_COORD);
    },
  );

  it('un documento por ente, programa, tipo de evaluación y año; programas por ramo y clave', () => {
    const docs = federalesDe(utf8.carpeta);
    const claves = new Set(
      [...FILAS.values()].map((f) => `${f.ACRON_DEP_ENT}|${f.ID_RAMO}|${f.MODALIDAD_PP}|${f.ORIGEN_RECOMENDACION}|${f.ANIO_RECOMENDACION}`),
    );
    expect(docs).toHaveLength(claves.size);
    expect(docs.map((d) => d.id)).toContain('federal-16-e006-conagua-diseno-2013');
    expect(docs.map((d) => d.id)).toContain('federal-05-p005-sre-consistencia-y-resultados-sin-anio');
    const cat = catalogoDe(utf8.carpeta);
    expect(cat.gobiernos.find((g) => g.id === 'federal')?.datos).toEqual({ nombre: 'Gobierno Federal', nivel: 'federal' });
    expect(cat.programas.find((p) => p.id === 'federal-04-e001')?.datos).toMatchObject({
      clave: 'E001',
      nombre: 'Desarrollo de instrumentos para la prevención del delito',
    });
    expect(cat.entes.find((e) => e.id === 'secretariado-ejecutivo')?.datos).toEqual({
      nombre: 'Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública',
      siglas: 'SECRETARIADO EJECUTIVO',
      gobierno: 'federal',
    });
  });

  it('«N/D» nunca llega como texto a ningún archivo', () => {
    for (const a of utf8.archivos) expect(a.texto, a.ruta).not.toMatch(/N\/D/);
  });

  it('las evidencias sin http:// se completan y se avisan con su línea', () => {
    const avisos = utf8.resumen.avisos.filter((a) => a.tipo === 'evidencia-sin-esquema');
    expect(avisos.map((a) => a.linea)).toEqual([14, 15, 21]);
    expect(lineasDeResumen(utf8.resumen, utf8.archivos, 'extracto.csv', true).join('\n')).toContain('(3 renglones): líneas 14-15, 21');
  });

  it('el sitio calcula los mismos estados que dice el archivo', () => {
    const cat = catalogoDe(utf8.carpeta);
    const indice = construirIndice({ ...cat, convenios: cat.documentos }, '2025-01-15');
    const federales = indice.convenios.filter((c) => c.tipo === 'seguimiento_federal');
    const porEstado = (e: string) => federales.reduce((s, c) => s + c.conteo.porEstado[e as 'cancelado'], 0);
    expect(porEstado('atendido_sin_plazo')).toBe(utf8.resumen.porAvance.atendido);
    // Their reports are from 2015–2017: at a 2025 cut-off, every ASM in progress has gone more than a year without one.
    expect(porEstado('en_proceso')).toBe(0);
    expect(porEstado('sin_reporte_reciente')).toBe(utf8.resumen.porAvance.en_proceso);
    expect(porEstado('cancelado')).toBe(5);
    expect(porEstado('fusionado')).toBe(2);
    expect(porEstado('dado_de_baja')).toBe(2);
    // Nothing without a due date is ever overdue or without information.
    expect(porEstado('vencido') + porEstado('sin_informacion') + porEstado('pendiente')).toBe(0);
    const total = federales.reduce((s, c) => s + c.conteo.total, 0);
    const exigibles = federales.reduce((s, c) => s + c.conteo.exigibles, 0);
    expect([total, exigibles]).toEqual([25, 10]);
  });
});

describe('reimportar', () => {
  const primera = importarEn(carpetaReal(), EXTRACTO);

  it('el mismo archivo otra vez no cambia ni un byte', () => {
    const segunda = importarEn(primera.carpeta, EXTRACTO);
    expect(segunda.archivos.every((a) => a.estado === 'igual')).toBe(true);
    expect([...segunda.carpeta]).toEqual([...primera.carpeta]);
    expect(segunda.resumen.efectos).toMatchObject({ nuevo: 0, 'sin-cambios': 25 });
    // And once more in Windows-1252: the same release, the same bytes.
    expect(importarEn(segunda.carpeta, WINDOWS).archivos.every((a) => a.estado === 'igual')).toBe(true);
  });

  it('una publicación más reciente agrega su reporte al historial, sin duplicar', () => {
    const lineas = TEXTO.trimEnd().split(/\r?\n/);
    const cabecera = lineas[0]!;
    const conagua = lineas.find((l) => l.includes('16e006pdi13_01'))!;
    const nueva = conagua
      .replace('01T2017', '02T2017')
      .replace(',40,31/03/2017,', ',100,30/06/2017,')
      .replace(/,N\/D$/, ',https://www.transparenciapresupuestaria.gob.mx/evidencia.pdf');
    const segunda = importarEn(primera.carpeta, Buffer.from(`${cabecera}\n${nueva}\n`));
    expect(segunda.resumen.efectos['reporte-nuevo']).toBe(1);
    const cambiados = segunda.archivos.filter((a) => a.estado !== 'igual').map((a) => a.ruta);
    expect(cambiados).toEqual(['convenios/federal-16-e006-conagua-diseno-2013.md']);
    const todos = compromisosDe(segunda.carpeta);
    expect(todos).toHaveLength(25);
    const k = todos.find((x) => x.k.id_asm === '16e006pdi13_01')!.k;
    expect(k.seguimiento.map((r) => [r.fecha, r.estado, r.avance, r.periodo])).toEqual([
      ['2017-03-31', 'en_proceso', 40, '01T2017'],
      ['2017-06-30', 'atendido', 100, '02T2017'],
    ]);
    expect(k.seguimiento[1]!.evidencias).toEqual([{ url: 'https://www.transparenciapresupuestaria.gob.mx/evidencia.pdf' }]);
    const doc = federalesDe(segunda.carpeta).find((d) => d.id === 'federal-16-e006-conagua-diseno-2013')!;
    expect(doc.datos.fuente.periodos).toEqual(['01T2017', '02T2017']);
    // Importing that release again changes nothing more; importing the older one again neither.
    expect(importarEn(segunda.carpeta, Buffer.from(`${cabecera}\n${nueva}\n`)).archivos.every((a) => a.estado === 'igual')).toBe(true);
    expect(importarEn(segunda.carpeta, EXTRACTO).archivos.every((a) => a.estado === 'igual')).toBe(true);
  });
});

describe('renglones malos: se dicen con su línea y el resto se importa', () => {
  const lineas = TEXTO.trimEnd().split(/\r?\n/);
  // The excerpt ends its lines with CRLF, like the published file: the broken copies keep them.
  const romper = (i: number, f: (l: string) => string) => lineas.map((l, j) => (j === i ? f(l) : l)).join('\r\n');
  it.each([
    ['una columna de más', 3, (l: string) => `${l},extra`, /tiene 22 columnas \(se esperaban 21/],
    ['una columna de menos', 5, (l: string) => l.replace(/,N\/D$/, ''), /tiene 20 columnas/],
    [
      'un estado desconocido',
      7,
      (l: string) => l.replace(',40,31/03/2017,', ',EN REVISION,31/03/2017,'),
      /AVANCE_ASM «EN REVISION» no es un porcentaje ni un estado conocido/,
    ],
    ['un avance mayor que 100', 11, (l: string) => l.replace(',100,30/09/2015,', ',120,30/09/2015,'), /AVANCE_ASM «120» pasa de 100/],
    ['una fecha imposible', 12, (l: string) => l.replace('31/03/2016', '31/02/2016'), /FECHA_REPORTE «31\/02\/2016» no es una fecha real/],
    [
      'una fecha en otro formato',
      16,
      (l: string) => l.replace('31/03/2017', 'marzo 2017'),
      /FECHA_REPORTE «marzo 2017» no es una fecha real/,
    ],
    ['sin ID_ASM', 20, (l: string) => l.replace('11s221ped15_01', 'N/D'), /falta ID_ASM/],
  ])('%s (línea %i del archivo)', (_n, i, f, motivo) => {
    const r = importarEn(carpetaReal(), Buffer.from(romper(i, f)));
    expect(r.resumen.rechazados).toHaveLength(1);
    expect(r.resumen.rechazados[0]!.linea).toBe(i + 1);
    expect(r.resumen.rechazados[0]!.motivo).toMatch(motivo);
    expect(r.resumen.importados).toBe(24);
    expect(compromisosDe(r.carpeta)).toHaveLength(24);
    const resumen = lineasDeResumen(r.resumen, r.archivos, 'x.csv', true).join('\n');
    expect(resumen).toContain(`línea ${i + 1}: `);
    expect(resumen).toContain('Cuenta: 25 renglones leídos = 24 importados + 1 no importados.');
  });

  it('las siglas de un ente con otras mayúsculas son el mismo ente, en el resumen y en el contenido', () => {
    const otra = lineas[16]!.replace('16s219ppr15_02', '16s219ppr15_99').replace(',CONAFOR,', ',Conafor,');
    const r = importarEn(carpetaReal(), Buffer.from([...lineas, otra].join('\r\n')));
    expect(r.resumen.porEnte.find(([s]) => s === 'CONAFOR')).toEqual(['CONAFOR', 3]);
    expect(r.resumen.porEnte.some(([s]) => s === 'Conafor')).toBe(false);
    expect(catalogoDe(r.carpeta).entes.filter((e) => e.id.startsWith('conafor'))).toHaveLength(1);
  });

  it('un renglón repetido se cuenta una vez; uno que contradice a otro no se importa', () => {
    const repetida = [...lineas, lineas[7]!].join('\r\n');
    const r1 = importarEn(carpetaReal(), Buffer.from(repetida));
    expect(r1.resumen.efectos.repetido).toBe(1);
    expect(compromisosDe(r1.carpeta)).toHaveLength(25);
    const contradice = [...lineas, lineas[7]!.replace(',40,', ',45,')].join('\r\n');
    const r2 = importarEn(carpetaReal(), Buffer.from(contradice));
    expect(r2.resumen.rechazados).toEqual([
      { linea: 27, motivo: expect.stringMatching(/ya tiene en la línea 8 un reporte del mismo día y trimestre con otro avance/) },
    ]);
  });

  it('unas comillas sin cerrar: lo anterior se importa y el resto se dice', () => {
    const r = importarEn(
      carpetaReal(),
      Buffer.from(romper(24, (l) => l.replace('individuales y de grupo.",', 'individuales y de grupo.,'))),
    );
    expect(r.resumen.importados).toBe(23);
    expect(r.resumen.sinLeer?.linea).toBe(25);
    expect(lineasDeResumen(r.resumen, r.archivos, 'x.csv', true).join('\n')).toMatch(/desde la línea 25 el archivo no se pudo leer/);
  });

  it('sin las columnas esperadas no importa nada', () => {
    const r = importarEn(carpetaReal(), Buffer.from('CICLO,TRIMESTRE\n2013-2014,01T2016\n'));
    expect(r.resumen.fatal).toMatch(/^faltan columnas: ID_RAMO, DESC_RAMO/);
    expect(r.archivos).toEqual([]);
  });
});

describe('cada valor de la fuente', () => {
  it.each([
    ['ASM CANCELADO', { estado: 'cancelado' }],
    ['ASM Cancelado', { estado: 'cancelado' }],
    ['asm cancelado', { estado: 'cancelado' }],
    ['ASM dado de baja', { estado: 'dado_de_baja' }],
    ['ASM DADO DE BAJA', { estado: 'dado_de_baja' }],
    ['FUSIONADO', { estado: 'fusionado' }],
    ['Fusionado', { estado: 'fusionado' }],
    ['0', { estado: 'en_proceso', avance: 0 }],
    ['47.5', { estado: 'en_proceso', avance: 47.5 }],
    ['47,5', { estado: 'en_proceso', avance: 47.5 }],
    ['99.99 %', { estado: 'en_proceso', avance: 99.99 }],
    ['100', { estado: 'atendido', avance: 100 }],
    ['100.00', { estado: 'atendido', avance: 100 }],
  ])('AVANCE_ASM «%s»', (texto, esperado) => {
    expect(leerAvance(texto)).toEqual(esperado);
  });
  it.each(['100.5', '-1', 'EN PROCESO', 'ASM atendido', ''])('AVANCE_ASM «%s» es un error', (texto) => {
    expect(leerAvance(texto)).toHaveProperty('error');
  });
  it.each([
    ['31/03/2016', '2016-03-31'],
    ['1/4/2016', '2016-04-01'],
    ['2016-03-31', '2016-03-31'],
    ['31/03/2016 00:00:00', '2016-03-31'],
    ['31/03/2016 13:45', undefined],
    ['29/02/2015', undefined],
    ['03/31/2016', undefined],
  ])('FECHA_REPORTE «%s» → %s', (texto, iso) => {
    expect(leerFecha(texto)).toBe(iso);
  });
  it.each([
    ['N/D', undefined],
    [' n/d ', undefined],
    ['', undefined],
    ['  SEP ', 'SEP'],
  ])('celda «%s» → %s', (celda, esperado) => {
    expect(valor(celda)).toBe(esperado);
  });
  it('TEMA_ASM se parte en «; » sin vacíos, N/D ni repetidos', () => {
    expect(lista('Diseño; Operación; Planeación; Ejecución  ')).toEqual(['Diseño', 'Operación', 'Planeación', 'Ejecución']);
    expect(lista('Planeación; Ejecución   ')).toEqual(['Planeación', 'Ejecución']);
    expect(lista('N/D')).toEqual([]);
    expect(lista('Otros; ; Otros;N/D')).toEqual(['Otros']);
  });
  it('EVIDENCIA: http(s) se publica, sin esquema se completa, lo demás se avisa y no se publica', () => {
    expect(leerEvidencias('https://a.gob.mx/x.pdf', 3)).toEqual({ urls: ['https://a.gob.mx/x.pdf'], avisos: [] });
    expect(leerEvidencias('N/D', 3)).toEqual({ urls: [], avisos: [] });
    const r = leerEvidencias('www.a.gob.mx/x.rar; oficio 123.pdf javascript:alert(1)', 9);
    expect(r.urls).toEqual(['http://www.a.gob.mx/x.rar']);
    expect(r.avisos.map((a) => [a.tipo, a.linea])).toEqual([
      ['evidencia-sin-esquema', 9],
      ['evidencia-no-web', 9],
      ['evidencia-no-web', 9],
      ['evidencia-no-web', 9],
    ]);
  });
  it('decodifica Windows-1252 de verdad: «é», «ñ» y «“»', () => {
    expect(decodificar(iconv.encode('Año,“Diseño”,é\n', 'win1252')).texto).toBe('Año,“Diseño”,é\n');
  });
  it.each([
    [[3, 4, 5, 9, 11, 12], '3-5, 9, 11-12'],
    [[7], '7'],
    [[], ''],
  ])('rangos de líneas %j → «%s»', (lineas, texto) => {
    expect(rangos(lineas)).toBe(texto);
  });
});

describe('los archivos escritos', () => {
  const { archivos } = importarEn(carpetaReal(), EXTRACTO);
  it.each(archivos.map((a) => [a.ruta, a] as const))('%s pasa el esquema de la construcción', (ruta, a: ArchivoShcp) => {
    const esquema = ruta.startsWith('convenios/')
      ? documento
      : ruta.startsWith('entes/')
        ? ente
        : ruta.startsWith('programas/')
          ? programa
          : gobierno;
    expect(leerArchivo(ruta, a.texto, esquema).ok).toBe(true);
  });
});
