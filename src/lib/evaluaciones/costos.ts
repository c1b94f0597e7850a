/**
 * What the evaluations cost, by PAE cycle or by type: the sum and the median of the costs the SHCP gives in pesos,
 * always with how many evaluations have one. An evaluation without a cost counts in the group but adds nothing:
 * the sum says «de las N con costo», never an estimate for the rest. Pure.
 */
import type { Registro } from '../indice.ts';
import type { Evaluacion } from '../../schemas/evaluacion.ts';

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

function fila(grupo: string, lista: readonly Registro<Evaluacion>[]): FilaDeCostos {
  const costos = lista.flatMap((e) => (e.datos.costo !== undefined ? [e.datos.costo] : []));
  const m = mediana(costos);
  return { grupo, evaluaciones: lista.length, conCosto: costos.length, total: sumar(costos), ...(m !== undefined ? { mediana: m } : {}) };
}

/** One row per group (in the order `orden` gives, else by name), and the total of all. */
export function costosPor(
  lista: readonly Registro<Evaluacion>[],
  grupoDe: (e: Registro<Evaluacion>) => string,
  orden?: (a: string, b: string) => number,
): { filas: FilaDeCostos[]; total: FilaDeCostos } {
  const grupos = new Map<string, Registro<Evaluacion>[]>();
  for (const e of lista) {
    const g = grupoDe(e);
    grupos.set(g, [...(grupos.get(g) ?? []), e]);
  }
  const nombres = [...grupos.keys()].sort(orden ?? ((a, b) => a.localeCompare(b, 'es-MX')));
  return { filas: nombres.map((g) => fila(g, grupos.get(g)!)), total: fila('Total', lista) };
}

/** PAE cycles newest first, complementary evaluations last. */
export function ordenDeCiclos(a: string, b: string): number {
  const anio = (c: string) => (/^PAE\s*(\d{4})$/i.exec(c.trim()) ? Number(/(\d{4})/.exec(c)![1]) : -1);
  return anio(b) - anio(a) || a.localeCompare(b, 'es-MX');
}
