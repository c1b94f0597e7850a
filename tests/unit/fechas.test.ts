import { describe, expect, it } from 'vitest';
import {
  diasEntre,
  esFechaReal,
  fechaDeCorte,
  formatearFecha,
  precisionDe,
  sumarDias,
  sumarMeses,
  vencimientoDe,
} from '../../src/lib/fechas.ts';

/** SOURCE_DATE_EPOCH (seconds) of a UTC instant. */
const epoca = (iso: string) => String(Date.parse(iso) / 1000);
const escapar = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('vencimientoDe', () => {
  it.each([
    { caso: 'a day stays as it is', fecha: '2021-07-30', vence: '2021-07-30' },
    { caso: 'a day on 29 February stays', fecha: '2024-02-29', vence: '2024-02-29' },
    { caso: 'month: 31-day month', fecha: '2021-07', vence: '2021-07-31' },
    { caso: 'month: 30-day month (April)', fecha: '2022-04', vence: '2022-04-30' },
    { caso: 'month: 30-day month (November)', fecha: '2022-11', vence: '2022-11-30' },
    { caso: 'month: December', fecha: '2022-12', vence: '2022-12-31' },
    { caso: 'month: January', fecha: '2023-01', vence: '2023-01-31' },
    { caso: 'month: February, non-leap year', fecha: '2023-02', vence: '2023-02-28' },
    { caso: 'month: February, leap year', fecha: '2024-02', vence: '2024-02-29' },
    { caso: 'month: February 1900 (divisible by 100, not leap)', fecha: '1900-02', vence: '1900-02-28' },
    { caso: 'month: February 2000 (divisible by 400, leap)', fecha: '2000-02', vence: '2000-02-29' },
  ])('$caso: $fecha → $vence', ({ fecha, vence }) => {
    expect(vencimientoDe(fecha)).toBe(vence);
  });
});

describe('esFechaReal', () => {
  it.each([
    { texto: '2021-07-30', real: true },
    { texto: '2024-02-29', real: true },
    { texto: '2000-02-29', real: true },
    { texto: '2023-02-29', real: false },
    { texto: '1900-02-29', real: false },
    { texto: '2021-02-30', real: false },
    { texto: '2021-04-31', real: false },
    { texto: '2021-12-31', real: true },
    { texto: '2021-13-01', real: false },
    { texto: '2021-00-10', real: false },
    { texto: '2021-01-00', real: false },
    { texto: '2021-7-30', real: false },
    { texto: '30/07/2021', real: false },
    { texto: '2021-07', real: false },
  ])('$texto → $real', ({ texto, real }) => {
    expect(esFechaReal(texto)).toBe(real);
  });
});

describe('precisionDe', () => {
  it.each([
    { fecha: '2021-07-30', precision: 'dia' },
    { fecha: '2022-12', precision: 'mes' },
  ])('$fecha → $precision', ({ fecha, precision }) => {
    expect(precisionDe(fecha)).toBe(precision);
  });
});

describe('fechaDeCorte', () => {
  const ahora = new Date('2030-05-05T18:00:00Z');

  it.each([
    { caso: 'FECHA_CORTE alone', entorno: { FECHA_CORTE: '2023-06-30' }, corte: '2023-06-30' },
    {
      caso: 'FECHA_CORTE wins over SOURCE_DATE_EPOCH',
      entorno: { FECHA_CORTE: '2023-06-30', SOURCE_DATE_EPOCH: epoca('2024-01-15T12:00:00Z') },
      corte: '2023-06-30',
    },
    { caso: 'FECHA_CORTE is trimmed', entorno: { FECHA_CORTE: ' 2023-06-30\n' }, corte: '2023-06-30' },
    {
      caso: 'blank FECHA_CORTE falls through to SOURCE_DATE_EPOCH',
      entorno: { FECHA_CORTE: '  ', SOURCE_DATE_EPOCH: epoca('2024-01-15T12:00:00Z') },
      corte: '2024-01-15',
    },
    { caso: 'epoch at midday UTC', entorno: { SOURCE_DATE_EPOCH: epoca('2024-01-15T12:00:00Z') }, corte: '2024-01-15' },
    {
      caso: 'epoch at 03:00 UTC is still the previous day (leap day) in Mexico City',
      entorno: { SOURCE_DATE_EPOCH: epoca('2024-03-01T03:00:00Z') },
      corte: '2024-02-29',
    },
    {
      caso: 'epoch at 03:00 UTC on 1 January is still the previous year',
      entorno: { SOURCE_DATE_EPOCH: epoca('2024-01-01T03:00:00Z') },
      corte: '2023-12-31',
    },
    {
      caso: 'epoch at 06:00 UTC is midnight in Mexico City (UTC−6)',
      entorno: { SOURCE_DATE_EPOCH: epoca('2024-01-01T06:00:00Z') },
      corte: '2024-01-01',
    },
    {
      caso: 'summer 2021 (daylight saving, UTC−5): 04:30 UTC is the previous day',
      entorno: { SOURCE_DATE_EPOCH: epoca('2021-07-01T04:30:00Z') },
      corte: '2021-06-30',
    },
    {
      caso: 'summer 2023 (no daylight saving since 2022, UTC−6): 05:30 UTC is the previous day',
      entorno: { SOURCE_DATE_EPOCH: epoca('2023-07-01T05:30:00Z') },
      corte: '2023-06-30',
    },
    { caso: 'epoch 0 is 31 December 1969 in Mexico City', entorno: { SOURCE_DATE_EPOCH: '0' }, corte: '1969-12-31' },
    { caso: 'SOURCE_DATE_EPOCH is trimmed', entorno: { SOURCE_DATE_EPOCH: ` ${epoca('2024-01-15T12:00:00Z')} ` }, corte: '2024-01-15' },
    { caso: 'nothing set: the Mexico City day of `ahora`', entorno: {}, corte: '2030-05-05' },
    { caso: 'both blank: the Mexico City day of `ahora`', entorno: { FECHA_CORTE: '', SOURCE_DATE_EPOCH: '' }, corte: '2030-05-05' },
  ])('$caso → $corte', ({ entorno, corte }) => {
    expect(fechaDeCorte(entorno, ahora)).toBe(corte);
  });

  it('fallback uses the Mexico City day of `ahora`, not the UTC day', () => {
    expect(fechaDeCorte({}, new Date('2024-03-01T03:00:00Z'))).toBe('2024-02-29');
  });

  it.each([
    { caso: 'slashes', variable: 'FECHA_CORTE', valor: '30/07/2021' },
    { caso: 'no zero padding', variable: 'FECHA_CORTE', valor: '2021-7-30' },
    { caso: 'month 13', variable: 'FECHA_CORTE', valor: '2021-13-01' },
    { caso: 'day 32', variable: 'FECHA_CORTE', valor: '2021-01-32' },
    { caso: 'impossible day 30 February', variable: 'FECHA_CORTE', valor: '2021-02-30' },
    { caso: '29 February of a non-leap year', variable: 'FECHA_CORTE', valor: '2023-02-29' },
    { caso: '31 April', variable: 'FECHA_CORTE', valor: '2023-04-31' },
    { caso: 'a word', variable: 'SOURCE_DATE_EPOCH', valor: 'ayer' },
    { caso: 'negative', variable: 'SOURCE_DATE_EPOCH', valor: '-1' },
    { caso: 'fractional', variable: 'SOURCE_DATE_EPOCH', valor: '1.5' },
    { caso: 'exponent notation', variable: 'SOURCE_DATE_EPOCH', valor: '1e9' },
    { caso: 'beyond the range of a date', variable: 'SOURCE_DATE_EPOCH', valor: '99999999999999999' },
  ])('$variable=$valor ($caso) throws a Spanish message naming the variable', ({ variable, valor }) => {
    expect(() => fechaDeCorte({ [variable]: valor }, ahora)).toThrow(
      new RegExp(`^${variable}: «${escapar(valor)}» no es (una fecha )?válid[oa] \\(se esperaba`),
    );
  });
});

describe('formatearFecha', () => {
  it.each([
    { fecha: '2021-07-30', texto: '30 de julio de 2021' },
    { fecha: '2024-01-01', texto: '1 de enero de 2024' },
    { fecha: '2022-12-31', texto: '31 de diciembre de 2022' },
    { fecha: '2024-02-29', texto: '29 de febrero de 2024' },
    { fecha: '2022-12', texto: 'diciembre de 2022' },
    { fecha: '2023-09', texto: 'septiembre de 2023' },
  ])('$fecha → «$texto»', ({ fecha, texto }) => {
    expect(formatearFecha(fecha)).toBe(texto);
  });
});

describe('sumarDias', () => {
  it.each([
    { caso: 'within a month', fecha: '2022-03-10', dias: 5, resultado: '2022-03-15' },
    { caso: 'zero days', fecha: '2022-03-10', dias: 0, resultado: '2022-03-10' },
    { caso: 'across a 30-day month end', fecha: '2022-04-30', dias: 1, resultado: '2022-05-01' },
    { caso: 'across February, non-leap', fecha: '2023-02-28', dias: 1, resultado: '2023-03-01' },
    { caso: 'into 29 February, leap', fecha: '2024-02-28', dias: 1, resultado: '2024-02-29' },
    { caso: 'across the year end', fecha: '2022-12-31', dias: 1, resultado: '2023-01-01' },
    { caso: 'a prórroga of 15 natural days across the year end', fecha: '2022-12-31', dias: 15, resultado: '2023-01-15' },
    { caso: 'backwards across the year start', fecha: '2023-01-01', dias: -1, resultado: '2022-12-31' },
    { caso: 'a whole leap year', fecha: '2024-01-01', dias: 366, resultado: '2025-01-01' },
  ])('$caso: $fecha + $dias → $resultado', ({ fecha, dias, resultado }) => {
    expect(sumarDias(fecha, dias)).toBe(resultado);
  });
});

describe('sumarMeses', () => {
  it.each([
    { caso: 'same day, six months on', fecha: '2026-11-21', meses: 6, resultado: '2027-05-21' },
    { caso: 'zero months', fecha: '2026-11-21', meses: 0, resultado: '2026-11-21' },
    { caso: 'across the year end', fecha: '2026-09-15', meses: 6, resultado: '2027-03-15' },
    { caso: '31 August into a non-leap February', fecha: '2026-08-31', meses: 6, resultado: '2027-02-28' },
    { caso: '31 August into a leap February', fecha: '2027-08-31', meses: 6, resultado: '2028-02-29' },
    { caso: '31 October into a 30-day April', fecha: '2026-10-31', meses: 6, resultado: '2027-04-30' },
    { caso: 'backwards across the year start', fecha: '2027-03-31', meses: -6, resultado: '2026-09-30' },
    { caso: 'twelve months from 29 February', fecha: '2024-02-29', meses: 12, resultado: '2025-02-28' },
  ])('$caso: $fecha + $meses → $resultado', ({ fecha, meses, resultado }) => {
    expect(sumarMeses(fecha, meses)).toBe(resultado);
  });
});

describe('diasEntre', () => {
  it.each([
    { caso: 'same day', desde: '2022-03-10', hasta: '2022-03-10', dias: 0 },
    { caso: 'across a month end', desde: '2022-04-30', hasta: '2022-05-02', dias: 2 },
    { caso: 'across February, non-leap', desde: '2023-02-01', hasta: '2023-03-01', dias: 28 },
    { caso: 'across February, leap', desde: '2024-02-01', hasta: '2024-03-01', dias: 29 },
    { caso: 'across the year end', desde: '2022-12-31', hasta: '2023-01-15', dias: 15 },
    { caso: 'backwards is negative', desde: '2023-01-15', hasta: '2022-12-31', dias: -15 },
    { caso: 'a whole non-leap year', desde: '2022-01-01', hasta: '2023-01-01', dias: 365 },
    { caso: 'a whole leap year', desde: '2024-01-01', hasta: '2025-01-01', dias: 366 },
  ])('$caso: $desde → $hasta = $dias', ({ desde, hasta, dias }) => {
    expect(diasEntre(desde, hasta)).toBe(dias);
  });

  it.each([
    { fecha: '2022-12-31', dias: 15 },
    { fecha: '2024-02-20', dias: 10 },
    { fecha: '2023-03-01', dias: -365 },
  ])('is the inverse of sumarDias ($fecha, $dias)', ({ fecha, dias }) => {
    expect(diasEntre(fecha, sumarDias(fecha, dias))).toBe(dias);
  });
});
