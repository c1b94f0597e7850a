import { describe, expect, it } from 'vitest';
import { clasificar, type Candidato } from '../../src/lib/graficas.ts';
import {
  describirMedida,
  describirMedidaCorta,
  distribucionDeAvance,
  MEDIDA_CONCLUSION,
  MEDIDA_PLAZO,
  tramoDeAvance,
} from '../../src/lib/medidas.ts';
import { contar } from '../../src/lib/tasas.ts';
import {
  describirAntiguedad,
  describirPeriodoCorto,
  describirPublicacionFederal,
  publicacionFederalDe,
} from '../../src/lib/textos-federal.ts';
import type { Estado } from '../../src/lib/estados.ts';
import { filasFederales } from '../../src/lib/federal-por-grupo.ts';
import type { ConvenioCalculado } from '../../src/lib/indice.ts';

const veces = (n: number, e: Estado): Estado[] => Array<Estado>(n).fill(e);

describe('one measure per kind of document', () => {
  it.each<{ caso: string; estados: Estado[]; plazo: string; conclusion: string }>([
    { caso: 'nothing', estados: [], plazo: 'Sin compromisos registrados', conclusion: 'Sin ASM registrados' },
    {
      caso: 'the seeds: eleven overdue without a report',
      estados: veces(11, 'sin_informacion'),
      plazo: '0 de 11 compromisos exigibles atendidos (0%)',
      conclusion: '0 de 11 ASM comprometidos concluidos (0%)',
    },
    {
      caso: 'SEP-like federal record: open ones count as not concluded, closings without a judgment apart',
      estados: [...veces(178, 'atendido_sin_plazo'), ...veces(48, 'sin_reporte_reciente'), ...veces(7, 'dado_de_baja')],
      // The deadline rate would say 178 of 178: nothing federal is ever exigible unless closed.
      plazo: '178 de 178 compromisos exigibles atendidos (100%)',
      conclusion: '178 de 226 ASM comprometidos concluidos (78.8%)',
    },
    {
      caso: 'all cancelled: no denominator',
      estados: veces(2, 'cancelado'),
      plazo: 'Todos sus compromisos se cancelaron, fusionaron o dieron de baja: no hay tasa',
      conclusion: 'Todos sus ASM se cancelaron, fusionaron o dieron de baja: no hay proporción de concluidos',
    },
    {
      caso: 'one not yet due',
      estados: ['pendiente'],
      plazo: 'Su único compromiso aún no es exigible',
      conclusion: '0 de 1 ASM comprometido concluido (0%)',
    },
  ])('$caso', ({ estados, plazo, conclusion }) => {
    const c = contar(estados);
    expect(describirMedida(MEDIDA_PLAZO, c)).toBe(plazo);
    expect(describirMedida(MEDIDA_CONCLUSION, c)).toBe(conclusion);
  });

  it.each([
    [{ numerador: 0, denominador: 0, tasa: null }, 'sin tasa'],
    [{ numerador: 9, denominador: 20, tasa: 0.45 }, '45% · 9 de 20'],
  ])('short form %#', (m, texto) => {
    expect(describirMedidaCorta(m)).toBe(texto);
  });

  it.each<[number | undefined, string]>([
    [undefined, 'sin avance reportado'],
    [0, '0 %'],
    [0.5, '1 a 24 %'],
    [24.9, '1 a 24 %'],
    [25, '25 a 49 %'],
    [74.99, '50 a 74 %'],
    [99, '75 a 99 %'],
    [100, '100 %'],
  ])('progress %s falls in «%s»', (avance, tramo) => {
    expect(tramoDeAvance(avance)).toBe(tramo);
  });

  it('the distribution counts every item once, zeros included', () => {
    const d = distribucionDeAvance([100, 100, 0, undefined, 60]);
    expect(d).toEqual({ '100 %': 2, '75 a 99 %': 0, '50 a 74 %': 1, '25 a 49 %': 0, '1 a 24 %': 0, '0 %': 1, 'sin avance reportado': 1 });
  });
});

describe('rankings by the federal measure', () => {
  const c = (nombre: string, estados: Estado[]): Candidato => ({ nombre, conteo: contar(estados) });
  it('ranks by concluded over committed, with the floor on that denominator', () => {
    const r = clasificar(
      [
        c('Todo concluido', veces(6, 'atendido_sin_plazo')),
        c('Mitad', [...veces(5, 'atendido_sin_plazo'), ...veces(5, 'sin_reporte_reciente')]),
        // 100 % of 1: listed apart, never ranked first.
        c('Uno', ['atendido_sin_plazo']),
        c('Sólo cancelados', veces(9, 'cancelado')),
      ],
      10,
      5,
      MEDIDA_CONCLUSION,
    );
    expect(r.partes[0]!.filas.map((f) => [f.nombre, f.posicion, f.medida.numerador, f.medida.denominador])).toEqual([
      ['Todo concluido', 1, 6, 6],
      ['Mitad', 2, 5, 10],
    ]);
    expect(r.pocos.map((p) => p.nombre)).toEqual(['Uno']);
    expect(r.sinExigibles).toBe(1);
    expect(r.definicion).toBe(MEDIDA_CONCLUSION);
  });
});

describe('the SHCP publication federal figures cite', () => {
  it('takes the latest period and the latest report over every document', () => {
    const p = publicacionFederalDe([
      { periodos: ['03T2015', '01T2016'], ultimoReporte: '2016-03-31' },
      { periodos: ['01T2017'], ultimoReporte: '2017-03-31' },
      { periodos: ['03T2016'] },
    ]);
    expect(p).toEqual({ periodo: '01T2017', ultimoReporte: '2017-03-31' });
    expect(describirPublicacionFederal(p!)).toBe(
      'la publicación del primer trimestre de 2017 de la SHCP (último reporte: 31 de marzo de 2017)',
    );
    expect(publicacionFederalDe([])).toBeUndefined();
    expect(describirPeriodoCorto('01T2017')).toBe('1T 2017');
    expect(describirPeriodoCorto('otro')).toBe('otro');
  });

  it.each([
    ['2017-03-31', '2026-12-01', 'más de 9 años'],
    ['2026-01-15', '2026-12-01', '10 meses'],
    ['2026-11-20', '2026-12-01', '11 días'],
    ['2025-11-30', '2026-12-01', 'más de 1 año'],
  ])('data of %s at a cut-off of %s is %s old', (desde, corte, texto) => {
    expect(describirAntiguedad(desde, corte)).toBe(texto);
  });
});

describe('filasFederales: ASM by body or ramo, from their latest report', () => {
  const federal = (id: string, ente: string, ramo: string, casos: [Estado, number | undefined][]) =>
    ({
      id,
      tipo: 'seguimiento_federal',
      enteEvaluado: { id: ente, datos: { nombre: ente.toUpperCase() } },
      datos: { tipo: 'seguimiento_federal', ramo: { clave: ramo } },
      compromisos: casos.map(([estado, avance], i) => ({
        convenioId: id,
        compromiso: { id: `${id}-${i}` },
        situacion: {
          estado,
          reportes: [],
          ultimoReporte: avance === undefined ? undefined : { fecha: '2017-03-31', estado: 'en_proceso', avance },
        },
      })),
    }) as unknown as ConvenioCalculado;
  const documentos = [
    federal('a', 'sep', '11', [
      ['atendido_sin_plazo', 100],
      ['sin_reporte_reciente', 40],
      ['sin_reporte_reciente', 0],
      ['cancelado', undefined],
    ]),
    federal('b', 'sep', '11', [['en_proceso', 80]]),
    federal('c', 'imss', '50', [['atendido_sin_plazo', 100]]),
  ];

  it('adds up each body’s documents, most ASM first, with the measure and the progress of the open ones', () => {
    const filas = filasFederales(documentos, (c) => ({ id: c.enteEvaluado.id, nombre: c.enteEvaluado.datos.nombre }));
    expect(filas.map((f) => [f.id, f.conteo.total, f.medida.numerador, f.medida.denominador])).toEqual([
      ['sep', 5, 1, 4],
      ['imss', 1, 1, 1],
    ]);
    expect(filas[0]!.avance).toEqual({
      '100 %': 0,
      '75 a 99 %': 1,
      '50 a 74 %': 0,
      '25 a 49 %': 1,
      '1 a 24 %': 0,
      '0 %': 1,
      'sin avance reportado': 0,
    });
  });

  it('ignores convenios: they have their own measure', () => {
    const convenio = { ...documentos[0]!, tipo: 'convenio' } as ConvenioCalculado;
    expect(filasFederales([convenio], (c) => ({ id: c.id, nombre: c.id }))).toEqual([]);
  });
});
