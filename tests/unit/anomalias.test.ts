import { describe, expect, it } from 'vitest';
import { anomaliasDe } from '../../src/lib/anomalias.ts';
import type { Convenio } from '../../src/schemas/convenio.ts';
import { compromiso, convenio, reporte } from './fabrica.ts';

const conProrroga = (limite?: number) => ({ permitida: true, ...(limite === undefined ? {} : { limite_dias_naturales: limite }) });

describe('anomaliasDe', () => {
  it.each<{ caso: string; c: Convenio }>([
    {
      caso: 'distinct numbers, no cap, no extension',
      c: convenio({ compromisos: [compromiso('c1', '2022-12-31'), compromiso('c2', '2023-03')] }),
    },
    {
      caso: 'due dates up to the cap (a month due on the cap’s last day)',
      c: convenio({ fecha_limite_compromisos: '2022-12-31', compromisos: [compromiso('c1', '2022-12-31'), compromiso('c2', '2022-12')] }),
    },
    {
      caso: 'an extension of exactly the limit',
      c: convenio({
        prorroga: conProrroga(15),
        compromisos: [compromiso('c1', '2022-12-31', [reporte('2023-01-02', 'en_proceso', { prorroga: '2023-01-15' })])],
      }),
    },
    {
      caso: 'an extension allowed with no stated limit',
      c: convenio({
        prorroga: conProrroga(),
        compromisos: [compromiso('c1', '2022-12-31', [reporte('2023-01-02', 'en_proceso', { prorroga: '2023-06-30' })])],
      }),
    },
  ])('none for a clean convenio: $caso', ({ c }) => {
    expect(anomaliasDe(c)).toEqual([]);
  });

  it.each<{ caso: string; numeros: (string | number)[]; numero: string; veces: number }>([
    { caso: 'the state seed prints "3" twice', numeros: ['1', '2', '3', '3'], numero: '3', veces: 2 },
    { caso: 'printed three times', numeros: ['1', '1', '1'], numero: '1', veces: 3 },
  ])('a repeated printed number: $caso', ({ numeros, numero, veces }) => {
    const c = convenio({ compromisos: numeros.map((n, i) => compromiso(`c${i + 1}`, '2022-12-31', [], { numero: String(n) })) });
    const notas = anomaliasDe(c);
    expect(notas).toHaveLength(1);
    expect(notas[0]).toContain(`«${numero}» en ${veces} compromisos distintos`);
  });

  it.each([
    { caso: 'a day after the cap', fecha: '2023-01-01', vence: '1 de enero de 2023' },
    { caso: 'a month that ends after the cap', fecha: '2023-01', vence: 'enero de 2023' },
  ])('a due date after fecha_limite_compromisos: $caso', ({ fecha, vence }) => {
    const c = convenio({ fecha_limite_compromisos: '2022-12-31', compromisos: [compromiso('c1', '2022-12-31'), compromiso('c2', fecha)] });
    const notas = anomaliasDe(c);
    expect(notas).toHaveLength(1);
    expect(notas[0]).toMatch(/^El compromiso 2 vence /);
    expect(notas[0]).toContain(vence);
    expect(notas[0]).toContain('(31 de diciembre de 2022)');
  });

  it.each([
    { caso: 'one day over the limit', base: '2022-12-31', prorroga: '2023-01-16', dias: 16 },
    { caso: 'month precision: counted from the month’s last day', base: '2022-11', prorroga: '2022-12-31', dias: 31 },
  ])('an extension longer than limite_dias_naturales: $caso', ({ base, prorroga, dias }) => {
    const c = convenio({
      prorroga: conProrroga(15),
      compromisos: [compromiso('c1', base, [reporte('2023-01-02', 'en_proceso', { prorroga })])],
    });
    expect(anomaliasDe(c)).toEqual([`La prórroga del compromiso 1 (${dias} días) excede el límite de 15 días naturales del convenio.`]);
  });

  it('an extension recorded although the convenio allows none', () => {
    const c = convenio({
      prorroga: { permitida: false },
      compromisos: [compromiso('c1', '2022-12-31', [reporte('2023-01-02', 'en_proceso', { prorroga: '2023-01-05' })])],
    });
    expect(anomaliasDe(c)).toEqual(['El compromiso 1 registra una prórroga aunque el convenio no prevé prórrogas.']);
  });

  it('reports every anomaly, not just the first', () => {
    const c = convenio({
      fecha_limite_compromisos: '2022-12-31',
      prorroga: conProrroga(15),
      compromisos: [
        compromiso('c1', '2022-12-31', [], { numero: '3' }),
        compromiso('c2', '2023-02-28', [], { numero: '3' }),
        compromiso('c3', '2022-12-01', [reporte('2022-12-20', 'en_proceso', { prorroga: '2023-01-31' })], { numero: '4' }),
      ],
    });
    expect(anomaliasDe(c)).toHaveLength(3);
  });
});
