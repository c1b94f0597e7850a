import { describe, expect, it } from 'vitest';
import {
  DIAS_SIN_REPORTE_RECIENTE,
  ATENDIDOS,
  claseDe,
  ESTADOS,
  ETIQUETAS,
  EXCLUIDOS,
  EXIGIBLES,
  EXPLICACIONES,
  situacionDe,
  type Estado,
} from '../../src/lib/estados.ts';
import type { Reporte } from '../../src/schemas/seguimiento.ts';
import { reporte } from './fabrica.ts';

interface Caso {
  caso: string;
  compromete: string;
  reportes: Reporte[];
  corte: string;
  estado: Estado;
  vence?: string;
}

describe('situacionDe: the seven statuses', () => {
  it.each<Caso>([
    {
      caso: 'atendido a tiempo',
      compromete: '2022-12-31',
      reportes: [reporte('2022-12-01', 'atendido')],
      corte: '2023-06-30',
      estado: 'atendido_a_tiempo',
    },
    {
      caso: 'atendido fuera de plazo',
      compromete: '2022-12-31',
      reportes: [reporte('2023-01-10', 'atendido')],
      corte: '2023-06-30',
      estado: 'atendido_fuera_de_plazo',
    },
    {
      caso: 'no atendido',
      compromete: '2022-12-31',
      reportes: [reporte('2023-01-10', 'no_atendido')],
      corte: '2023-06-30',
      estado: 'no_atendido',
    },
    {
      caso: 'no atendido before the due date',
      compromete: '2023-12-31',
      reportes: [reporte('2023-01-10', 'no_atendido')],
      corte: '2023-06-30',
      estado: 'no_atendido',
    },
    {
      caso: 'vencido',
      compromete: '2022-12-31',
      reportes: [reporte('2022-11-01', 'en_proceso', { avance: 40 })],
      corte: '2023-06-30',
      estado: 'vencido',
    },
    { caso: 'sin información', compromete: '2022-12-31', reportes: [], corte: '2023-06-30', estado: 'sin_informacion' },
    {
      caso: 'en proceso',
      compromete: '2023-12-31',
      reportes: [reporte('2023-03-01', 'en_proceso')],
      corte: '2023-06-30',
      estado: 'en_proceso',
    },
    { caso: 'pendiente', compromete: '2023-12-31', reportes: [], corte: '2023-06-30', estado: 'pendiente' },
  ])('$caso', ({ compromete, reportes, corte, estado }) => {
    expect(situacionDe(compromete, reportes, corte).estado).toBe(estado);
  });

  it('every status has a label and an explanation', () => {
    for (const e of ESTADOS) {
      expect(ETIQUETAS[e]).toBeTruthy();
      expect(EXPLICACIONES[e]).toBeTruthy();
    }
  });
});

describe('situacionDe: due dates and the cut-off', () => {
  it.each<Caso>([
    {
      caso: 'cut-off on the due date: not overdue (no report)',
      compromete: '2022-12-31',
      reportes: [],
      corte: '2022-12-31',
      estado: 'pendiente',
    },
    {
      caso: 'cut-off the day after the due date: overdue (no report)',
      compromete: '2022-12-31',
      reportes: [],
      corte: '2023-01-01',
      estado: 'sin_informacion',
    },
    {
      caso: 'cut-off on the due date: still en proceso',
      compromete: '2022-12-31',
      reportes: [reporte('2022-06-01', 'en_proceso')],
      corte: '2022-12-31',
      estado: 'en_proceso',
    },
    {
      caso: 'cut-off the day after the due date: vencido',
      compromete: '2022-12-31',
      reportes: [reporte('2022-06-01', 'en_proceso')],
      corte: '2023-01-01',
      estado: 'vencido',
    },
    {
      caso: 'month precision: due at month end, not on the 1st',
      compromete: '2022-12',
      reportes: [],
      corte: '2022-12-31',
      estado: 'pendiente',
      vence: '2022-12-31',
    },
    {
      caso: 'month precision: overdue the day after the month ends',
      compromete: '2022-12',
      reportes: [],
      corte: '2023-01-01',
      estado: 'sin_informacion',
      vence: '2022-12-31',
    },
    {
      caso: 'month precision, February of a leap year',
      compromete: '2024-02',
      reportes: [],
      corte: '2024-02-29',
      estado: 'pendiente',
      vence: '2024-02-29',
    },
    {
      caso: 'attended on the due date: on time',
      compromete: '2022-12-31',
      reportes: [reporte('2022-12-31', 'atendido')],
      corte: '2023-06-30',
      estado: 'atendido_a_tiempo',
    },
    {
      caso: 'attended one day after the due date: late',
      compromete: '2022-12-31',
      reportes: [reporte('2023-01-01', 'atendido')],
      corte: '2023-06-30',
      estado: 'atendido_fuera_de_plazo',
    },
    {
      caso: 'month precision: attended on the last day of the month is on time',
      compromete: '2022-11',
      reportes: [reporte('2022-11-30', 'atendido')],
      corte: '2023-06-30',
      estado: 'atendido_a_tiempo',
    },
    {
      caso: 'month precision: attended on the 1st of the next month is late',
      compromete: '2022-11',
      reportes: [reporte('2022-12-01', 'atendido')],
      corte: '2023-06-30',
      estado: 'atendido_fuera_de_plazo',
    },
  ])('$caso', ({ compromete, reportes, corte, estado, vence }) => {
    const s = situacionDe(compromete, reportes, corte);
    expect(s.estado).toBe(estado);
    if (vence) expect(s.vencimiento).toBe(vence);
  });
});

describe('situacionDe: extensions (prórrogas)', () => {
  it.each<Caso>([
    {
      caso: 'an extension makes an overdue commitment en proceso again',
      compromete: '2022-12-31',
      reportes: [reporte('2023-01-05', 'en_proceso', { prorroga: '2023-01-15' })],
      corte: '2023-01-10',
      estado: 'en_proceso',
      vence: '2023-01-15',
    },
    {
      caso: 'attended after the original date but within the extension: on time',
      compromete: '2022-12-31',
      reportes: [reporte('2023-01-05', 'en_proceso', { prorroga: '2023-01-15' }), reporte('2023-01-14', 'atendido')],
      corte: '2023-06-30',
      estado: 'atendido_a_tiempo',
      vence: '2023-01-15',
    },
    {
      caso: 'attended after the extension: late',
      compromete: '2022-12-31',
      reportes: [reporte('2023-01-05', 'en_proceso', { prorroga: '2023-01-15' }), reporte('2023-01-16', 'atendido')],
      corte: '2023-06-30',
      estado: 'atendido_fuera_de_plazo',
      vence: '2023-01-15',
    },
    {
      caso: 'two extensions: the later report’s one applies even if it is an earlier date',
      compromete: '2022-12-31',
      reportes: [
        reporte('2023-01-02', 'en_proceso', { prorroga: '2023-03-31' }),
        reporte('2023-01-20', 'en_proceso', { prorroga: '2023-02-15' }),
      ],
      corte: '2023-03-01',
      estado: 'vencido',
      vence: '2023-02-15',
    },
    {
      caso: 'two extensions listed out of order in the file: the later date of report wins',
      compromete: '2022-12-31',
      reportes: [
        reporte('2023-01-20', 'en_proceso', { prorroga: '2023-04-30' }),
        reporte('2023-01-02', 'en_proceso', { prorroga: '2023-01-15' }),
      ],
      corte: '2023-03-01',
      estado: 'en_proceso',
      vence: '2023-04-30',
    },
    {
      caso: 'an extension in a report after the cut-off is ignored',
      compromete: '2022-12-31',
      reportes: [reporte('2022-11-01', 'en_proceso'), reporte('2023-02-01', 'en_proceso', { prorroga: '2023-03-31' })],
      corte: '2023-01-15',
      estado: 'vencido',
      vence: '2022-12-31',
    },
    {
      caso: 'a later report without an extension keeps the earlier extension',
      compromete: '2022-12-31',
      reportes: [reporte('2023-01-02', 'en_proceso', { prorroga: '2023-03-31' }), reporte('2023-02-01', 'en_proceso', { avance: 80 })],
      corte: '2023-03-01',
      estado: 'en_proceso',
      vence: '2023-03-31',
    },
  ])('$caso', ({ compromete, reportes, corte, estado, vence }) => {
    const s = situacionDe(compromete, reportes, corte);
    expect(s.estado).toBe(estado);
    expect(s.vencimiento).toBe(vence);
  });
});

describe('situacionDe: which report is the latest', () => {
  it('reports dated after the cut-off are ignored', () => {
    const s = situacionDe('2022-12-31', [reporte('2022-10-01', 'en_proceso'), reporte('2023-02-01', 'atendido')], '2023-01-15');
    expect(s.estado).toBe('vencido');
    expect(s.reportes.map((r) => r.fecha)).toEqual(['2022-10-01']);
    expect(s.ultimoReporte?.fecha).toBe('2022-10-01');
  });

  it('a report dated on the cut-off counts', () => {
    expect(situacionDe('2022-12-31', [reporte('2023-01-15', 'atendido')], '2023-01-15').estado).toBe('atendido_fuera_de_plazo');
  });

  it('only reports after the cut-off: as if none existed', () => {
    const s = situacionDe('2022-12-31', [reporte('2023-02-01', 'atendido')], '2023-01-15');
    expect(s.estado).toBe('sin_informacion');
    expect(s.ultimoReporte).toBeUndefined();
    expect(s.reportes).toEqual([]);
  });

  it.each<Caso & { nota: string }>([
    {
      caso: 'same day, en_proceso then atendido: the one later in the file wins',
      compromete: '2022-12-31',
      reportes: [reporte('2022-12-01', 'en_proceso', { nota: 'primero' }), reporte('2022-12-01', 'atendido', { nota: 'segundo' })],
      corte: '2023-06-30',
      estado: 'atendido_a_tiempo',
      nota: 'segundo',
    },
    {
      caso: 'same day, atendido then en_proceso: the one later in the file wins',
      compromete: '2022-12-31',
      reportes: [reporte('2022-12-01', 'atendido', { nota: 'primero' }), reporte('2022-12-01', 'en_proceso', { nota: 'segundo' })],
      corte: '2023-06-30',
      estado: 'vencido',
      nota: 'segundo',
    },
    {
      caso: 'attended, then a later en_proceso report: the latest wins',
      compromete: '2022-12-31',
      reportes: [reporte('2022-11-01', 'atendido', { nota: 'primero' }), reporte('2022-12-15', 'en_proceso', { nota: 'segundo' })],
      corte: '2022-12-20',
      estado: 'en_proceso',
      nota: 'segundo',
    },
    {
      caso: 'listed newest first in the file: sorted by date, not file order',
      compromete: '2022-12-31',
      reportes: [reporte('2022-12-15', 'atendido', { nota: 'segundo' }), reporte('2022-11-01', 'en_proceso', { nota: 'primero' })],
      corte: '2023-06-30',
      estado: 'atendido_a_tiempo',
      nota: 'segundo',
    },
  ])('$caso', ({ compromete, reportes, corte, estado, nota }) => {
    const s = situacionDe(compromete, reportes, corte);
    expect(s.estado).toBe(estado);
    expect(s.ultimoReporte?.nota).toBe(nota);
  });

  it('returns the reports oldest first without reordering the input', () => {
    const entrada = [reporte('2022-12-15', 'en_proceso'), reporte('2022-11-01', 'en_proceso'), reporte('2022-11-20', 'en_proceso')];
    const copia = structuredClone(entrada);
    const s = situacionDe('2022-12-31', entrada, '2023-06-30');
    expect(s.reportes.map((r) => r.fecha)).toEqual(['2022-11-01', '2022-11-20', '2022-12-15']);
    expect(entrada).toEqual(copia);
  });
});

describe('situacionDe: without a due date (federal ASM) and closings without a judgment', () => {
  it.each<{ caso: string; compromete?: string; reportes: Reporte[]; estado: Estado }>([
    { caso: 'no due date, no report: pending, never «sin información»', reportes: [], estado: 'pendiente' },
    {
      caso: 'no due date, in progress years later: never «vencido», but «sin reporte reciente»',
      reportes: [reporte('2015-09-30', 'en_proceso', { avance: 40 })],
      estado: 'sin_reporte_reciente',
    },
    {
      caso: 'no due date, 0 % reported within the year: still in progress',
      reportes: [reporte('2024-09-30', 'en_proceso', { avance: 0 })],
      estado: 'en_proceso',
    },
    {
      caso: 'no due date, attended: «sin plazo»',
      reportes: [reporte('2016-03-31', 'atendido', { avance: 100 })],
      estado: 'atendido_sin_plazo',
    },
    { caso: 'no due date, cancelled', reportes: [reporte('2016-03-31', 'cancelado')], estado: 'cancelado' },
    { caso: 'no due date, merged', reportes: [reporte('2016-03-31', 'fusionado')], estado: 'fusionado' },
    { caso: 'no due date, withdrawn', reportes: [reporte('2016-03-31', 'dado_de_baja')], estado: 'dado_de_baja' },
    {
      caso: 'in progress, then cancelled: the latest report counts',
      reportes: [reporte('2015-09-30', 'en_proceso', { avance: 50 }), reporte('2016-03-31', 'cancelado')],
      estado: 'cancelado',
    },
    {
      caso: 'cancelled, then attended in a later release',
      reportes: [reporte('2016-03-31', 'cancelado'), reporte('2016-06-30', 'atendido', { avance: 100 })],
      estado: 'atendido_sin_plazo',
    },
    {
      caso: 'a convenio commitment can be withdrawn too, even overdue',
      compromete: '2022-12-31',
      reportes: [reporte('2023-02-01', 'dado_de_baja')],
      estado: 'dado_de_baja',
    },
  ])('$caso', ({ compromete, reportes, estado }) => {
    const s = situacionDe(compromete, reportes, '2025-01-15');
    expect(s.estado).toBe(estado);
    if (compromete === undefined) expect(s.vencimiento).toBeUndefined();
  });

  it('cancelled, merged and withdrawn are neither exigible nor open; attended without a due date is attended', () => {
    expect([...EXCLUIDOS].sort()).toEqual(['cancelado', 'dado_de_baja', 'fusionado']);
    for (const e of EXCLUIDOS) {
      expect(EXIGIBLES.has(e)).toBe(false);
      expect(claseDe(e)).toBe('excluido');
    }
    expect(ATENDIDOS.has('atendido_sin_plazo')).toBe(true);
    expect(EXIGIBLES.has('atendido_sin_plazo')).toBe(true);
    expect(ESTADOS.filter((e) => claseDe(e) === 'abierto')).toEqual(['en_proceso', 'sin_reporte_reciente', 'pendiente']);
  });
});

describe('situacionDe: staleness (sin reporte reciente) and days late', () => {
  it.each<{ caso: string; compromete?: string; reportes: Reporte[]; corte: string; estado: Estado; atraso?: number }>([
    {
      caso: 'last report exactly 365 days old: still recent',
      reportes: [reporte('2024-01-15', 'en_proceso', { avance: 50 })],
      corte: '2025-01-14',
      estado: 'en_proceso',
    },
    {
      caso: 'last report 366 days old: stale',
      reportes: [reporte('2024-01-15', 'en_proceso', { avance: 50 })],
      corte: '2025-01-15',
      estado: 'sin_reporte_reciente',
    },
    {
      caso: 'a stale report on a commitment not yet due: stale, not late',
      compromete: '2027-12-31',
      reportes: [reporte('2024-01-15', 'en_proceso')],
      corte: '2025-06-30',
      estado: 'sin_reporte_reciente',
    },
    {
      caso: 'a stale report on an overdue commitment: late wins, with its days',
      compromete: '2024-12-31',
      reportes: [reporte('2023-01-15', 'en_proceso')],
      corte: '2025-06-30',
      estado: 'vencido',
      atraso: 181,
    },
    {
      caso: 'overdue with nothing reported: its days from the due date',
      compromete: '2021-07-30',
      reportes: [],
      corte: '2026-12-01',
      estado: 'sin_informacion',
      atraso: 1950,
    },
    {
      caso: 'month precision: due at the month end, one day late the day after',
      compromete: '2022-12',
      reportes: [],
      corte: '2023-01-01',
      estado: 'sin_informacion',
      atraso: 1,
    },
    {
      caso: 'attended late: closed, so no days late accrue',
      compromete: '2022-12-31',
      reportes: [reporte('2023-03-01', 'atendido')],
      corte: '2026-12-01',
      estado: 'atendido_fuera_de_plazo',
    },
    {
      caso: 'closed as not attended: not counted as late either',
      compromete: '2022-12-31',
      reportes: [reporte('2023-03-01', 'no_atendido')],
      corte: '2026-12-01',
      estado: 'no_atendido',
    },
  ])('$caso', ({ compromete, reportes, corte, estado, atraso }) => {
    const s = situacionDe(compromete, reportes, corte);
    expect(s.estado).toBe(estado);
    expect(s.diasDeAtraso).toBe(atraso);
  });

  it('the threshold is a year, as /metodologia/ says', () => {
    expect(DIAS_SIN_REPORTE_RECIENTE).toBe(365);
  });
});
