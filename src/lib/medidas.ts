import { formatearNumero, formatearPorcentaje } from './palabras.ts';
import type { Conteo } from './tasas.ts';

/**
 * One honest measure per kind of document (see /metodologia/): a convenio's commitments have due dates, so they
 * are judged by what was attended once due; a federal ASM has none, so it is measured the way SHCP and CONEVAL
 * report it, by what was concluded out of what is still committed. The two are never added or ranked together.
 */
export type ClaveMedida = 'plazo' | 'conclusion';

export interface Medida {
  numerador: number;
  denominador: number;
  /** numerador ÷ denominador, or null when the denominator is zero. */
  tasa: number | null;
}

export interface DefinicionDeMedida {
  clave: ClaveMedida;
  /** Heading of the measure: "Cumplimiento de lo exigible". */
  nombre: string;
  /** The ratio in a phrase, lower case: "tasa de cumplimiento", "proporción de ASM concluidos". */
  proporcion: string;
  /** The counted unit, singular and plural: what the denominator counts. */
  unidad: readonly [string, string];
  /** What the numerator adds, singular and plural. */
  logrado: readonly [string, string];
  /** What it counts, in one sentence for readers. */
  queCuenta: string;
  /** Anchor of its section in /metodologia/. */
  ancla: string;
  calcular(c: Conteo): Medida;
  /** Why there is no rate yet, when the denominator is zero. */
  sinDenominador(c: Conteo): string;
}

const medida = (numerador: number, denominador: number): Medida => ({
  numerador,
  denominador,
  tasa: denominador === 0 ? null : numerador / denominador,
});

export const MEDIDA_PLAZO: DefinicionDeMedida = {
  clave: 'plazo',
  nombre: 'Cumplimiento de lo exigible',
  proporcion: 'tasa de cumplimiento',
  unidad: ['compromiso exigible', 'compromisos exigibles'],
  logrado: ['atendido', 'atendidos'],
  queCuenta:
    'Compromisos atendidos entre los exigibles: los que ya vencieron o ya tienen un cierre (atendido o no atendido). Los que aún no vencen no cuentan; los cancelados, fusionados o dados de baja tampoco.',
  ancla: 'tasa-de-cumplimiento',
  calcular: (c) => medida(c.atendidos, c.exigibles),
  sinDenominador: (c) => {
    if (c.total === 0) return 'Sin compromisos registrados';
    if (c.excluidos === c.total) return 'Todos sus compromisos se cancelaron, fusionaron o dieron de baja: no hay tasa';
    return c.total === 1
      ? 'Su único compromiso aún no es exigible'
      : `Ninguno de sus ${formatearNumero(c.total)} compromisos es exigible todavía`;
  },
};

export const MEDIDA_CONCLUSION: DefinicionDeMedida = {
  clave: 'conclusion',
  nombre: 'ASM concluidos',
  proporcion: 'proporción de ASM concluidos',
  unidad: ['ASM comprometido', 'ASM comprometidos'],
  logrado: ['concluido', 'concluidos'],
  queCuenta:
    'ASM concluidos (avance del 100 %) entre los que siguen comprometidos: los cancelados, fusionados o dados de baja se cuentan aparte. La SHCP no publica fechas comprometidas, así que no se dice si algo está atrasado.',
  ancla: 'asm-concluidos',
  calcular: (c) => medida(c.atendidos, c.total - c.excluidos),
  sinDenominador: (c) =>
    c.total === 0 ? 'Sin ASM registrados' : 'Todos sus ASM se cancelaron, fusionaron o dieron de baja: no hay proporción de concluidos',
};

/** "3 de 10 compromisos exigibles atendidos (30%)", or why there is no rate. */
export function describirMedida(def: DefinicionDeMedida, c: Conteo): string {
  const m = def.calcular(c);
  if (m.denominador === 0) return def.sinDenominador(c);
  const plural = m.denominador !== 1;
  return `${formatearNumero(m.numerador)} de ${formatearNumero(m.denominador)} ${def.unidad[plural ? 1 : 0]} ${def.logrado[plural ? 1 : 0]} (${formatearPorcentaje(m.tasa ?? 0)})`;
}

/** Short form for tables and rankings: "30% · 3 de 10". */
export function describirMedidaCorta(m: Medida): string {
  if (m.denominador === 0) return 'sin tasa';
  return `${formatearPorcentaje(m.tasa ?? 0)} · ${formatearNumero(m.numerador)} de ${formatearNumero(m.denominador)}`;
}

/** The buckets of the latest reported progress of the ASM still committed. */
export const TRAMOS_DE_AVANCE = ['100 %', '75 a 99 %', '50 a 74 %', '25 a 49 %', '1 a 24 %', '0 %', 'sin avance reportado'] as const;
export type TramoDeAvance = (typeof TRAMOS_DE_AVANCE)[number];

export function tramoDeAvance(avance: number | undefined): TramoDeAvance {
  if (avance === undefined) return 'sin avance reportado';
  if (avance >= 100) return '100 %';
  if (avance >= 75) return '75 a 99 %';
  if (avance >= 50) return '50 a 74 %';
  if (avance >= 25) return '25 a 49 %';
  if (avance > 0) return '1 a 24 %';
  return '0 %';
}

/** How many items fall in each progress bucket, every bucket present (zeros too, for a stable table). */
export function distribucionDeAvance(avances: Iterable<number | undefined>): Record<TramoDeAvance, number> {
  const cuenta = Object.fromEntries(TRAMOS_DE_AVANCE.map((t) => [t, 0])) as Record<TramoDeAvance, number>;
  for (const a of avances) cuenta[tramoDeAvance(a)]++;
  return cuenta;
}
