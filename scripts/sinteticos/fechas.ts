/**
 * Date helpers of the generator, on top of the project's own (src/lib/fechas.ts). Dates are ISO
 * strings (AAAA-MM-DD): they compare as text, so the earlier of two is the smaller string.
 */
import { diasEntre, sumarDias } from '../../src/lib/fechas.ts';
import type { Azar } from './azar.ts';

/** The earlier of two dates. */
export function primera(a: string, b: string): string {
  return a <= b ? a : b;
}

/** The later of two dates. */
export function ultima(a: string, b: string): string {
  return a >= b ? a : b;
}

export function anioDe(fecha: string): number {
  return Number(fecha.slice(0, 4));
}

/** A random day in [desde, hasta], both included; desde when the range is empty. */
export function fechaEntre(azar: Azar, desde: string, hasta: string): string {
  return hasta <= desde ? desde : sumarDias(desde, azar.entero(0, diasEntre(desde, hasta)));
}
