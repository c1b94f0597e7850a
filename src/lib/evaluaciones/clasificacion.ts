/**
 * Rankings by a count or a sum of pesos (evaluators by evaluations or by cost, programs by evaluations), under the
 * rule every ranking of the site keeps: a group whose figure rests on fewer than MINIMO_PARA_COMPARAR items is
 * not ranked but listed apart, by name, as «muy pocos para comparar». Pure.
 */
import { MINIMO_PARA_COMPARAR } from '../graficas.ts';

export interface Posicion<T> {
  elemento: T;
  /** 1 = the largest; equal figures share a position (1, 2, 2, 4). */
  posicion: number;
}

export interface Ranking<T> {
  /** Groups with at least `minimo` items, largest figure first. */
  clasificados: Posicion<T>[];
  /** Groups with some items but fewer than `minimo`, by name. */
  pocos: T[];
  /** Groups with no item at all (an evaluator with no cost, in the ranking by cost): only counted. */
  sinDatos: number;
  minimo: number;
}

export interface Criterio<T> {
  /** What the ranking orders by (evaluations, pesos). */
  medida: (t: T) => number;
  /** How many items the figure rests on (the denominator that must reach `minimo`). */
  base: (t: T) => number;
  nombre: (t: T) => string;
  minimo?: number;
}

const comparar = (a: string, b: string) => a.localeCompare(b, 'es-MX');

export function clasificarPor<T>(
  elementos: readonly T[],
  { medida, base, nombre, minimo = MINIMO_PARA_COMPARAR }: Criterio<T>,
): Ranking<T> {
  const con = elementos
    .filter((e) => base(e) >= minimo)
    // Ties: the same figure over more items first (it says more), then by name.
    .sort((a, b) => medida(b) - medida(a) || base(b) - base(a) || comparar(nombre(a), nombre(b)));
  const clasificados: Posicion<T>[] = [];
  con.forEach((elemento, i) => {
    const anterior = clasificados[i - 1];
    const posicion = anterior && medida(con[i - 1]!) === medida(elemento) ? anterior.posicion : i + 1;
    clasificados.push({ elemento, posicion });
  });
  const pocos = elementos.filter((e) => base(e) > 0 && base(e) < minimo).sort((a, b) => comparar(nombre(a), nombre(b)));
  return { clasificados, pocos, sinDatos: elementos.filter((e) => base(e) === 0).length, minimo };
}
