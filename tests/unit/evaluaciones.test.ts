import { readFileSync } from 'node:fs';
import { parse as leerCsvSync } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { leerArchivo } from '../../src/contenido/leer-archivo.ts';
import { asmDelIndice, cruzar, evaluacionDeIdAsm } from '../../src/lib/evaluaciones/cruce.ts';
import {
  idDeEvaluacion,
  importarEvaluaciones,
  indiceDeProgramas,
  leerCosto,
  programaEnlazado,
} from '../../src/lib/evaluaciones/importar.ts';
import { lineasDeResumenEv } from '../../src/lib/evaluaciones/resumen.ts';
import { tablaEvaluaciones } from '../../src/lib/evaluaciones/tabla.ts';
import { describirCiclo, formatearPesos, slugDeCiclo } from '../../src/lib/evaluaciones/textos.ts';
import { EQUIVALENCIAS_DE_TIPO, normalizarTipo, slugDeTipo } from '../../src/lib/evaluaciones/tipos.ts';
import { vistaDeEvaluaciones } from '../../src/lib/evaluaciones/vista.ts';
import { costosPor, ordenDeCiclos } from '../../src/lib/evaluaciones/costos.ts';
import { crearRutas } from '../../src/lib/rutas.ts';
import { construirIndice } from '../../src/lib/indice.ts';
import { evaluacion } from '../../src/schemas/evaluacion.ts';
import { catalogoConExtracto } from './shcp-fabrica.ts';
import { parse } from 'yaml';
import { esquemaDeContenido } from '../../src/lib/datos/esquemas.ts';
import { publicacion } from './datos-catalogo.ts';
import { validador } from './esquema-json.ts';

const UTF8 = readFileSync('tests/fixtures/shcp/evaluaciones-muestra.utf8.csv');
const WINDOWS = readFileSync('tests/fixtures/shcp/evaluaciones-muestra.windows-1252.csv');
const FILAS = leerCsvSync(UTF8.toString('utf8'), { columns: (h: string[]) => h.map((x) => x.trim()) }) as Record<string, string>[];
const PROGRAMAS = catalogoConExtracto().programas;
const nada = { get: () => undefined };

describe('normalizarTipo: las variantes de escritura cuentan como un tipo', () => {
  it.each([
    ['Específica de desempeño', 'Específica de desempeño'],
    ['Específica de Desempeño', 'Específica de desempeño'],
    ['Consistencia y resultados', 'Consistencia y Resultados'],
    ['Consistencia y Resultados', 'Consistencia y Resultados'],
    ['Resultados ', 'Resultados'],
    ['  Diseño', 'Diseño'],
    ['Especifica de desempeno', 'Específica de desempeño'],
    ['Tipo   nuevo ', 'Tipo nuevo'],
  ])('«%s» → «%s»', (publicado, esperado) => expect(normalizarTipo(publicado)).toBe(esperado));

  it('cada tipo de la tabla es su propia forma normal y tiene una dirección distinta', () => {
    for (const e of EQUIVALENCIAS_DE_TIPO) expect(normalizarTipo(e.tipo)).toBe(e.tipo);
    const slugs = EQUIVALENCIAS_DE_TIPO.map((e) => slugDeTipo(e.tipo));
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('cada escritura del archivo de la SHCP da un tipo de la tabla', () => {
    const tipos = new Set(EQUIVALENCIAS_DE_TIPO.map((e) => e.tipo));
    for (const f of FILAS) expect(tipos.has(normalizarTipo(f.TIPO_EVALUACION!))).toBe(true);
  });
});

describe('leerCosto', () => {
  it.each([
    ['1285000.00', { costo: 1285000 }],
    ['550000', { costo: 550000 }],
    ['1,285,000.50', { costo: 1285000.5 }],
    ['$ 95000.00', { costo: 95000 }],
    ['ND', { sinCosto: 'nd' }],
    ['ND ', { sinCosto: 'nd' }],
    ['N/D', { sinCosto: 'nd' }],
    ['', { sinCosto: 'nd' }],
    [' 111,927 USD', { sinCosto: 'otra-moneda' }],
    ['285.000.00', { sinCosto: 'no-es-numero' }],
    ['por definir', { sinCosto: 'no-es-numero' }],
  ])('«%s»', (celda, esperado) => expect(leerCosto(celda)).toEqual(esperado));
});

describe('idDeEvaluacion: estable y apto para una dirección', () => {
  it.each([
    ['06b003cpr10', '06b003cpr10'],
    ['05P005pcr14', '05p005pcr14'],
    ['12U005c0007', '12u005c0007'],
    [' p07es01 ', 'p07es01'],
    ['a/b c', 'a-b-c'],
  ])('«%s» → «%s»', (id, esperado) => expect(idDeEvaluacion(id)).toBe(esperado));
});

describe('programaEnlazado: el programa federal que creó import:shcp, por ramo y clave', () => {
  const programas = indiceDeProgramas([
    { id: 'federal-04-e001', datos: { clave: 'E001', nombre: 'Servicios de inteligencia para la Seguridad Nacional' } },
    { id: 'federal-08-s231', datos: { clave: 'S231', nombre: 'PROCAMPO Productivo' } },
    { id: 'federal-16-k135', datos: { clave: 'K135', nombre: 'Infraestructura de riego' } },
  ]);
  it.each([
    ['4', 'e001', undefined, 'federal-04-e001'],
    ['04', 'E001', undefined, 'federal-04-e001'],
    ['8', '08S231', undefined, 'federal-08-s231'],
    ['9', '08S231', undefined, undefined],
    ['6', 'e001', undefined, undefined],
    ['NA', '0', 'Lo que sea', undefined],
    ['16', '0', 'infraestructura de RIEGO', 'federal-16-k135'],
    ['16', 'e999', 'Otro programa', undefined],
  ])('ramo %s, clave %s, nombre %s → %s', (ramo, clave, nombre, esperado) =>
    expect(programaEnlazado(ramo, clave, nombre, programas)).toBe(esperado),
  );
});

describe('el extracto de evaluaciones, en UTF-8 y en Windows-1252', () => {
  const utf8 = importarEvaluaciones(UTF8, PROGRAMAS, nada, {
    fecha: '2017-07',
    url: 'https://www.transparenciapresupuestaria.gob.mx/es/PTP/Datos_Abiertos',
  });
  const windows = importarEvaluaciones(WINDOWS, PROGRAMAS, nada, { fecha: '2017-07' });

  it('detecta cada codificación y da los mismos archivos', () => {
    expect(utf8.resumen.codificacion).toBe('utf-8');
    expect(windows.resumen.codificacion).toBe('windows-1252');
    expect(windows.archivos.map((a) => a.texto.replace(/^ {2}url: .*\n/m, ''))).toEqual(
      utf8.archivos.map((a) => a.texto.replace(/^ {2}url: .*\n/m, '')),
    );
    const bom = importarEvaluaciones(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), UTF8]), PROGRAMAS, nada, {
      fecha: '2017-07',
      url: 'https://www.transparenciapresupuestaria.gob.mx/es/PTP/Datos_Abiertos',
    });
    expect(bom.resumen.motivoCodificacion).toMatch(/BOM/);
    expect(bom.archivos).toEqual(utf8.archivos);
  });

  it('recorta el encabezado «CICLO_CONCLUSION » y cuenta cada renglón', () => {
    const r = utf8.resumen;
    expect(r.recortadas).toEqual(['CICLO_CONCLUSION ']);
    expect(r.leidos).toBe(FILAS.length);
    expect(r.importados + r.rechazados.length).toBe(r.leidos);
    expect(r.importados).toBe(FILAS.length);
    expect(r.porTipo.reduce((s, t) => s + t.total, 0)).toBe(r.importados);
    expect(r.porTipo.find((t) => t.tipo === 'Específica de desempeño')?.escrituras).toEqual([
      ['Específica de Desempeño', 2],
      ['Específica de desempeño', 1],
    ]);
  });

  it('ND y lo que no es un número de pesos quedan sin costo y se cuentan', () => {
    const r = utf8.resumen;
    expect(r.sinCosto.nd.map((x) => x.linea)).toEqual(FILAS.flatMap((f, i) => (/^\s*ND\s*$/.test(f.COSTOS!) ? [i + 2] : [])));
    expect(r.sinCosto.nd.length).toBeGreaterThanOrEqual(3);
    expect(r.sinCosto['otra-moneda'].map((x) => [x.linea, x.celda])).toEqual([4, 5, 13].map((l) => [l, '111,927 USD']));
    expect(r.sinCosto['no-es-numero'].map((x) => x.celda)).toEqual(['285.000.00']);
    const costos = utf8.evaluaciones.filter((e) => e.datos.costo !== undefined).length;
    expect(costos + r.sinCosto.nd.length + r.sinCosto['otra-moneda'].length + r.sinCosto['no-es-numero'].length).toBe(r.importados);
    expect(utf8.evaluaciones.find((e) => e.id === '06e011cpr11')?.datos.costo).toBe(1285000);
  });

  it('cada archivo pasa el esquema de la construcción y conserva los datos de la fuente', () => {
    for (const a of utf8.archivos) {
      const l = leerArchivo(a.ruta, a.texto, evaluacion);
      expect(l.ok, a.ruta).toBe(true);
    }
    const e = utf8.evaluaciones.find((x) => x.id === '04e001pcr13')!.datos;
    expect(e).toMatchObject({
      id_evaluacion: '04e001pcr13',
      ciclo_pae: 'PAE2013',
      ramo: { clave: '4', nombre: 'Gobernación' },
      programa: { id: 'federal-04-e001', clave: 'e001' },
      tipo: 'Consistencia y Resultados',
      costo: 550000,
      ciclo_conclusion: 2013,
      fuente: { fecha: '2017-07' },
    });
    expect(e.url).toMatch(/^http:\/\/www\.transparenciapresupuestaria\.gob\.mx\//);
    const na = utf8.evaluaciones.find((x) => x.id === 'c14es01')!.datos;
    expect(na.ramo).toEqual({});
    expect(na.programa.clave).toBeUndefined();
    expect(utf8.evaluaciones.find((x) => x.id === '05p005pcr14')!.datos.id_evaluacion).toBe('05P005pcr14');
  });

  it('importar otra vez el mismo archivo no cambia ni un byte, y sin --fecha ni --url conserva las escritas', () => {
    const carpeta = new Map(utf8.archivos.map((a) => [a.ruta, a.texto]));
    const otra = importarEvaluaciones(WINDOWS, PROGRAMAS, carpeta);
    expect(otra.archivos.every((a) => a.estado === 'igual')).toBe(true);
    const lineas = lineasDeResumenEv(otra.resumen, otra.archivos, 'x.csv', true);
    expect(lineas.at(-1)).toBe(`Cuenta: ${FILAS.length} renglones leídos = ${FILAS.length} importados + 0 no importados.`);
    expect(lineas.join('\n')).toContain(`0 nuevos, 0 actualizados, ${FILAS.length} sin cambios`);
  });
});

describe('renglones que no se importan, con su línea y su motivo', () => {
  const cabecera = UTF8.toString('utf8').split('\r\n')[0]!;
  const fila = UTF8.toString('utf8').split('\r\n')[1]!;
  it.each([
    ['columnas de más', `${fila},extra`, /tiene 12 columnas y la cabecera 11/],
    ['sin ID_EVALUACION', fila.replace('06b003cpr10', ''), /falta ID_EVALUACION/],
    ['sin tipo', fila.replace(',Procesos,', ',ND,'), /falta TIPO_EVALUACION/],
    ['año imposible', fila.replace(',ND,2010,', ',ND,dos mil,'), /CICLO_CONCLUSION «dos mil»/],
  ])('%s', (_nombre, mala, motivo) => {
    const r = importarEvaluaciones(Buffer.from(`${cabecera}\r\n${mala}\r\n${UTF8.toString('utf8').split('\r\n')[2]}\r\n`), [], nada);
    expect(r.resumen.rechazados).toHaveLength(1);
    expect(r.resumen.rechazados[0]!.linea).toBe(2);
    expect(r.resumen.rechazados[0]!.motivo).toMatch(motivo);
    expect(r.resumen.importados).toBe(1);
  });

  it('una clave repetida: igual se cuenta una vez; con otros datos no se importa', () => {
    const otra = fila.replace('06b003cpr10', '06B003CPR10').replace('ND,2010', '5.00,2010');
    const r = importarEvaluaciones(Buffer.from(`${cabecera}\r\n${fila}\r\n${fila}\r\n${otra}\r\n`), [], nada);
    expect(r.resumen.importados).toBe(1);
    expect(r.resumen.rechazados.map((x) => x.linea)).toEqual([3, 4]);
    expect(r.resumen.rechazados[0]!.motivo).toMatch(/repite la línea 2/);
    expect(r.resumen.rechazados[1]!.motivo).toMatch(/mismo archivo/);
    expect(r.resumen.sinCosto.nd).toHaveLength(1);
  });

  it('sin las columnas de la SHCP no importa nada', () => {
    const r = importarEvaluaciones(Buffer.from('A,B\n1,2\n'), [], nada);
    expect(r.resumen.fatal).toMatch(/faltan columnas: CICLO_PAE/);
    expect(r.archivos).toEqual([]);
  });
});

describe('cruce de ASM con su evaluación', () => {
  it.each([
    ['04e001pcr13_01', '04e001pcr13'],
    ['05P005pcr14_02', '05p005pcr14'],
    ['16e014c0014_04', '16e014c0014'],
    ['sin-sufijo', undefined],
  ])('%s → %s', (idAsm, esperado) => expect(evaluacionDeIdAsm(idAsm)).toBe(esperado));

  it('enlaza cada ASM cuyo ID_ASM es un ID_EVALUACION más _NN, y sólo esos', () => {
    const evs = [
      { id: '04e001pcr13', datos: { id_evaluacion: '04e001pcr13' } },
      { id: '05p005pcr14', datos: { id_evaluacion: '05P005pcr14' } },
      { id: 'sin-asm', datos: { id_evaluacion: 'sinasm' } },
    ];
    const asm = ['04e001pcr13_10', '04e001pcr13_2', '05p005pcr14_01', '99x999pcr99_01', 'raro'].map((idAsm) => ({ idAsm }));
    const c = cruzar(evs, asm);
    expect(c.asmDe.get('04e001pcr13')!.map((a) => a.idAsm)).toEqual(['04e001pcr13_2', '04e001pcr13_10']);
    expect(c.asmDe.get('05p005pcr14')!.map((a) => a.idAsm)).toEqual(['05p005pcr14_01']);
    expect(c.asmDe.has('sin-asm')).toBe(false);
    expect(c.evaluacionDe.get('05p005pcr14_01')).toBe('05p005pcr14');
    expect(c.sinEvaluacion.map((a) => a.idAsm)).toEqual(['99x999pcr99_01', 'raro']);
  });

  it('con el extracto de ASM y el de evaluaciones: cada ASM queda enlazado o sin evaluación, y la tabla lo cuenta', () => {
    const cat = catalogoConExtracto();
    const evs = importarEvaluaciones(UTF8, cat.programas, nada, { fecha: '2017-07' }).evaluaciones;
    const indice = { ...construirIndice(cat, '2025-01-15'), evaluaciones: evs };
    const vista = vistaDeEvaluaciones(indice);
    const asm = asmDelIndice(indice);
    expect(asm).toHaveLength(25);
    expect(vista.cruce.evaluacionDe.size + vista.cruce.sinEvaluacion.length).toBe(25);
    expect(vista.porId.get('04e001pcr13')!.asm.map((a) => a.idAsm)).toEqual(['04e001pcr13_01']);
    expect(vista.porId.get('05p005pcr14')!.asm.map((a) => a.idAsm)).toEqual(['05p005pcr14_01', '05p005pcr14_02']);
    expect(vista.porId.get('04e001pcr13')!.programa?.id).toBe('federal-04-e001');
    expect(vista.porPrograma.get('federal-04-e001')!.map((e) => e.id)).toContain('04e001pcr13');

    const pub = { rutas: crearRutas('/'), sitio: 'https://ejemplo.mx', construido: new Date(0) };
    const filas = tablaEvaluaciones.filas(indice, pub);
    expect(filas).toHaveLength(evs.length);
    const f = filas.find((x) => x.id === '05p005pcr14')!;
    expect(f).toMatchObject({ asm: 2, programa_id: 'federal-05-p005', url: 'https://ejemplo.mx/evaluaciones/05p005pcr14/' });
    for (const fila of filas) expect(Object.keys(fila)).toEqual(tablaEvaluaciones.columnas.map((c) => c.nombre));
  });
});

describe('textos', () => {
  it.each([
    [1285000, '$1,285,000.00'],
    [95000.5, '$95,000.50'],
  ])('%d pesos → %s', (n, t) => expect(formatearPesos(n)).toBe(t));
  it.each([
    ['PAE2015', 'PAE 2015', 'pae-2015'],
    ['Complementaria', 'Complementaria (fuera del PAE)', 'complementaria'],
  ])('%s', (ciclo, texto, s) => {
    expect(describirCiclo(ciclo)).toBe(texto);
    expect(slugDeCiclo(ciclo)).toBe(s);
  });
});

describe('costos por ciclo y por tipo', () => {
  const ev = (id: string, ciclo_pae: string, tipo: string, costo?: number) => ({
    id,
    datos: {
      id_evaluacion: id,
      ciclo_pae,
      ramo: {},
      programa: {},
      tipo,
      tipo_normalizado: tipo,
      ...(costo !== undefined ? { costo } : {}),
      fuente: { nombre: 'x', publicacion: 'y' },
    },
  });
  const lista = [
    ev('a', 'PAE2015', 'Diseño', 100.1),
    ev('b', 'PAE2015', 'Diseño', 200.2),
    ev('c', 'PAE2015', 'Procesos'),
    ev('d', 'Complementaria', 'Procesos', 50),
    ev('e', 'PAE2009', 'Diseño', 0.1),
    ev('f', 'PAE2009', 'Diseño', 0.2),
  ];

  it.each([
    [
      'por ciclo',
      (e: (typeof lista)[number]) => e.datos.ciclo_pae,
      ordenDeCiclos,
      [
        { grupo: 'PAE2015', evaluaciones: 3, conCosto: 2, total: 300.3, mediana: 150.15 },
        { grupo: 'PAE2009', evaluaciones: 2, conCosto: 2, total: 0.3, mediana: 0.15 },
        { grupo: 'Complementaria', evaluaciones: 1, conCosto: 1, total: 50, mediana: 50 },
      ],
    ],
    [
      'por tipo',
      (e: (typeof lista)[number]) => e.datos.tipo_normalizado,
      undefined,
      [
        { grupo: 'Diseño', evaluaciones: 4, conCosto: 4, total: 300.6, mediana: 50.15 },
        { grupo: 'Procesos', evaluaciones: 2, conCosto: 1, total: 50, mediana: 50 },
      ],
    ],
  ] as const)('%s', (_n, grupo, orden, filas) => {
    const r = costosPor(lista, grupo, orden);
    expect(r.filas).toEqual(filas);
    expect(r.total).toMatchObject({ grupo: 'Total', evaluaciones: 6, conCosto: 5, total: 350.6 });
  });

  it('un grupo sin ningún costo suma 0 y no tiene mediana', () => {
    const r = costosPor([ev('x', 'PAE2010', 'Impacto')], (e) => e.datos.tipo_normalizado);
    expect(r.filas).toEqual([{ grupo: 'Impacto', evaluaciones: 1, conCosto: 0, total: 0 }]);
  });
});

describe('el esquema JSON de una evaluación', () => {
  const validar = validador(esquemaDeContenido('evaluacion', publicacion()));
  it('acepta cada archivo que escribe el importador y rechaza un costo como texto', () => {
    const { archivos } = importarEvaluaciones(UTF8, PROGRAMAS, nada, { fecha: '2017-07' });
    for (const a of archivos) expect(validar(parse(a.texto)), a.ruta).toEqual([]);
    const uno = parse(archivos[0]!.texto) as Record<string, unknown>;
    expect(validar({ ...uno, costo: 'mucho' }).join(' ')).toMatch(/costo/);
  });
});
