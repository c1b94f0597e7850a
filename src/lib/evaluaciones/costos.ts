/**
 * What the evaluations cost, by PAE cycle, year of conclusion, type or evaluator: the sum and the median of the
 * costs the SHCP gives in pesos, always with how many evaluations have one. An evaluation without a cost counts in
 * the group but adds nothing: the sum says «de las N con costo», never an estimate for the rest. Pure.
 */
import type { Registro } from '../indice.ts';
import type { Evaluacion } from '../../schemas/evaluacion.ts';
import { MINIMO_PARA_COMPARAR } from '../graficas.ts';

export interface FilaDeCostos {
  grupo: string;
  evaluaciones: number;
  conCosto: number;
  /** Sum in pesos of the evaluations with a cost; 0 when none has one. */
  total: number;
  /** Median cost of those with one; undefined when none has one. */
  mediana?: number;
}

function mediana(valores: number[]): number | undefined {
  if (valores.length === 0) return undefined;
  const v = [...valores].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  // Rounded to centavos, as pesos are written.
  return v.length % 2 === 1 ? v[m]! : Math.round(((v[m - 1]! + v[m]!) / 2) * 100) / 100;
}

/** Centavos added as integers: a sum of hundreds of costs must not drift by floating point. */
const sumar = (valores: number[]) => valores.reduce((s, x) => s + Math.round(x * 100), 0) / 100;

/** The costs of one group of evaluations. */
export function filaDeCostos(grupo: string, lista: readonly Registro<Pick<Evaluacion, 'costo'>>[]): FilaDeCostos {
  const costos = lista.flatMap((e) => (e.datos.costo !== undefined ? [e.datos.costo] : []));
  const m = mediana(costos);
  return { grupo, evaluaciones: lista.length, conCosto: costos.length, total: sumar(costos), ...(m !== undefined ? { mediana: m } : {}) };
}

/** One row per group (in the order `orden` gives, else by name), and the total of all. */
export function costosPor<E extends Registro<Pick<Evaluacion, 'costo'>>>(
  lista: readonly E[],
  grupoDe: (e: E) => string,
  orden?: (a: string, b: string) => number,
): { filas: FilaDeCostos[]; total: FilaDeCostos } {
  const grupos = new Map<string, E[]>();
  for (const e of lista) {
    const g = grupoDe(e);
    grupos.set(g, [...(grupos.get(g) ?? []), e]);
  }
  const nombres = [...grupos.keys()].sort(orden ?? ((a, b) => a.localeCompare(b, 'es-MX')));
  return { filas: nombres.map((g) => filaDeCostos(g, grupos.get(g)!)), total: filaDeCostos('Total', lista) };
}

/**
 * A sum or median over fewer than MINIMO_PARA_COMPARAR costs: one evaluation more or less moves it by a fifth or
 * more, so the pages say «muy pocos para comparar» beside it.
 */
export function pocosCostos(f: Pick<FilaDeCostos, 'conCosto'>, minimo = MINIMO_PARA_COMPARAR): boolean {
  return f.conCosto > 0 && f.conCosto < minimo;
}

/** PAE cycles newest first, complementary evaluations last. */
export function ordenDeCiclos(a: string, b: string): number {
  const anio = (c: string) => (/^PAE\s*(\d{4})$/i.exec(c.trim()) ? Number(/(\d{4})/.exec(c)![1]) : -1);
  return anio(b) - anio(a) || a.localeCompare(b, 'es-MX');
}

/** Group name of an evaluation without CICLO_CONCLUSION in the tables by year of conclusion. */
export const SIN_ANIO = 'Sin año de conclusión';

/** Year the final report was delivered (CICLO_CONCLUSION), or SIN_ANIO. */
export function anioDeConclusion(e: Registro<Pick<Evaluacion, 'ciclo_conclusion'>>): string {
  return e.datos.ciclo_conclusion === undefined ? SIN_ANIO : String(e.datos.ciclo_conclusion);
}

/** Years newest first, «sin año» last. */
export function ordenDeAnios(a: string, b: string): number {
  const n = (x: string) => (/^\d{4}$/.test(x) ? Number(x) : -1);
  return n(b) - n(a) || a.localeCompare(b, 'es-MX');
}
