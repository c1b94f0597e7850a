import { describe, expect, it } from 'vitest';
import { ESTADOS, type Estado } from '../../src/lib/estados.ts';
import { formatearNumero, formatearPorcentaje, listaConNi } from '../../src/lib/palabras.ts';
import { contar, conteoVacio, describirTasa, sumarConteos } from '../../src/lib/tasas.ts';

/** n copies of a status. */
const veces = (n: number, e: Estado): Estado[] => Array.from({ length: n }, () => e);

describe('contar: which statuses count', () => {
  it.each<{ estado: Estado; exigible: 0 | 1; atendido: 0 | 1; excluido?: 1 }>([
    { estado: 'atendido_a_tiempo', exigible: 1, atendido: 1 },
    { estado: 'atendido_fuera_de_plazo', exigible: 1, atendido: 1 },
    { estado: 'atendido_sin_plazo', exigible: 1, atendido: 1 },
    { estado: 'no_atendido', exigible: 1, atendido: 0 },
    { estado: 'vencido', exigible: 1, atendido: 0 },
    { estado: 'sin_informacion', exigible: 1, atendido: 0 },
    { estado: 'en_proceso', exigible: 0, atendido: 0 },
    { estado: 'pendiente', exigible: 0, atendido: 0 },
    { estado: 'cancelado', exigible: 0, atendido: 0, excluido: 1 },
    { estado: 'fusionado', exigible: 0, atendido: 0, excluido: 1 },
    { estado: 'dado_de_baja', exigible: 0, atendido: 0, excluido: 1 },
  ])('$estado: exigible $exigible, atendido $atendido', ({ estado, exigible, atendido, excluido = 0 }) => {
    const c = contar([estado]);
    expect(c.total).toBe(1);
    expect(c.porEstado[estado]).toBe(1);
    expect(c.exigibles).toBe(exigible);
    expect(c.atendidos).toBe(atendido);
    expect(c.excluidos).toBe(excluido);
    expect(c.tasa).toBe(exigible ? atendido : null);
  });
});

describe('contar: the rate is atendidos ÷ (atendidos + no atendidos + vencidos + sin información)', () => {
  it.each<{ caso: string; estados: Estado[]; total: number; exigibles: number; tasa: number | null }>([
    { caso: 'empty set', estados: [], total: 0, exigibles: 0, tasa: null },
    { caso: 'only pendiente and en_proceso', estados: ['pendiente', 'en_proceso', 'en_proceso'], total: 3, exigibles: 0, tasa: null },
    {
      caso: 'pendiente and en_proceso do not dilute the rate',
      estados: ['atendido_a_tiempo', 'no_atendido', ...veces(5, 'pendiente'), ...veces(5, 'en_proceso')],
      total: 12,
      exigibles: 2,
      tasa: 0.5,
    },
    {
      caso: 'one of each exigible status',
      estados: ['atendido_a_tiempo', 'atendido_fuera_de_plazo', 'no_atendido', 'vencido', 'sin_informacion', 'pendiente', 'en_proceso'],
      total: 7,
      exigibles: 5,
      tasa: 2 / 5,
    },
    { caso: 'all sin información', estados: veces(4, 'sin_informacion'), total: 4, exigibles: 4, tasa: 0 },
    { caso: 'late attention still counts as attended', estados: veces(3, 'atendido_fuera_de_plazo'), total: 3, exigibles: 3, tasa: 1 },
  ])('$caso', ({ estados, total, exigibles, tasa }) => {
    const c = contar(estados);
    expect(c.total).toBe(total);
    expect(c.exigibles).toBe(exigibles);
    expect(c.tasa).toBe(tasa);
    expect(Object.values(c.porEstado).reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('sumarConteos', () => {
  it('of nothing is the empty count', () => {
    expect(sumarConteos([])).toEqual(conteoVacio());
  });

  it.each<{ caso: string; grupos: Estado[][] }>([
    { caso: 'one group', grupos: [['atendido_a_tiempo', 'vencido']] },
    {
      caso: 'a group with nothing exigible and one with a rate',
      grupos: [['pendiente'], ['no_atendido', 'atendido_fuera_de_plazo', 'sin_informacion']],
    },
    { caso: 'with an empty group', grupos: [[], ['en_proceso', 'atendido_a_tiempo']] },
    { caso: 'one of each, split', grupos: [ESTADOS.slice(0, 3), ESTADOS.slice(3)] },
  ])('equals counting everything at once: $caso', ({ grupos }) => {
    expect(sumarConteos(grupos.map((g) => contar(g)))).toEqual(contar(grupos.flat()));
  });

  it('weights by commitments, not by averaging rates', () => {
    // 1 of 1 and 0 of 3: 1 of 4 (25 %), not the mean of 100 % and 0 %.
    const c = sumarConteos([contar(['atendido_a_tiempo']), contar(veces(3, 'vencido'))]);
    expect(c.tasa).toBe(0.25);
  });
});

describe('es-MX number formatting', () => {
  it.each([
    { tasa: 0, texto: '0%' },
    { tasa: 0.25, texto: '25%' },
    { tasa: 1 / 3, texto: '33.3%' },
    { tasa: 2 / 3, texto: '66.7%' },
    { tasa: 1, texto: '100%' },
  ])('formatearPorcentaje($tasa) → «$texto»', ({ tasa, texto }) => {
    expect(formatearPorcentaje(tasa)).toBe(texto);
  });

  it('groups thousands with a comma', () => {
    expect(formatearNumero(50000)).toBe('50,000');
  });
});

describe('describirTasa', () => {
  it.each<{ caso: string; estados: Estado[]; texto: string }>([
    { caso: 'empty set', estados: [], texto: 'Sin compromisos registrados' },
    { caso: 'one commitment, not exigible yet', estados: ['pendiente'], texto: 'Su único compromiso aún no es exigible' },
    {
      caso: 'several, none exigible yet',
      estados: ['pendiente', 'en_proceso', 'en_proceso'],
      texto: 'Ninguno de sus 3 compromisos es exigible todavía',
    },
    { caso: 'singular: 0 of 1', estados: ['no_atendido'], texto: '0 de 1 compromiso exigible atendido (0%)' },
    {
      caso: 'singular: 1 of 1, not exigible ones left out',
      estados: ['atendido_a_tiempo', 'pendiente', 'en_proceso'],
      texto: '1 de 1 compromiso exigible atendido (100%)',
    },
    {
      caso: 'plural',
      estados: ['atendido_a_tiempo', 'vencido', 'sin_informacion'],
      texto: '1 de 3 compromisos exigibles atendidos (33.3%)',
    },
    { caso: 'plural, none attended', estados: veces(11, 'sin_informacion'), texto: '0 de 11 compromisos exigibles atendidos (0%)' },
    {
      caso: 'cancelled and withdrawn ones stay out of the rate',
      estados: ['atendido_sin_plazo', 'cancelado', 'dado_de_baja', 'en_proceso'],
      texto: '1 de 1 compromiso exigible atendido (100%)',
    },
    { caso: 'only one, cancelled', estados: ['cancelado'], texto: 'Su único compromiso se canceló, fusionó o dio de baja: no hay tasa' },
    {
      caso: 'all closed without a judgment',
      estados: ['cancelado', 'fusionado'],
      texto: 'Sus 2 compromisos se cancelaron, fusionaron o dieron de baja: no hay tasa',
    },
    { caso: 'some closed, the rest open', estados: ['cancelado', 'en_proceso'], texto: 'Ninguno de sus 2 compromisos es exigible todavía' },
    {
      caso: 'thousands separator',
      estados: [...veces(1000, 'atendido_a_tiempo'), ...veces(1000, 'vencido')],
      texto: '1,000 de 2,000 compromisos exigibles atendidos (50%)',
    },
  ])('$caso → «$texto»', ({ estados, texto }) => {
    expect(describirTasa(contar(estados))).toBe(texto);
  });
});

describe('listaConNi: the list after a negation', () => {
  it.each([
    [[], ''],
    [['«a»'], '«a»'],
    [['«a»', '«b»'], '«a» ni «b»'],
    [['«a»', '«b»', '«c»'], '«a», «b» ni «c»'],
  ] as const)('%j → «%s»', (elementos, texto) => expect(listaConNi(elementos)).toBe(texto));
});
