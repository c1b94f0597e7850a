/** Calendar days as integers (days since 1970-01-01), without Date or time zones. */
import type { Azar } from './azar.ts';

export function diasDeCivil(y: number, m: number, d: number): number {
  const a = m <= 2 ? y - 1 : y;
  const era = Math.floor(a / 400);
  const yoe = a - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function aDias(fecha: string): number {
  return diasDeCivil(Number(fecha.slice(0, 4)), Number(fecha.slice(5, 7)), Number(fecha.slice(8, 10)));
}

export function civil(dias: number): [number, number, number] {
  const z = dias + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export const dos = (x: number) => (x < 10 ? `0${x}` : String(x));

export function deDias(dias: number): string {
  const [y, m, d] = civil(dias);
  return `${y}-${dos(m)}-${dos(d)}`;
}

export function finDeMes(y: number, m: number): number {
  return m === 12 ? diasDeCivil(y + 1, 1, 1) - 1 : diasDeCivil(y, m + 1, 1) - 1;
}

const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

export function fechaEnPalabras(dias: number): string {
  const [y, m, d] = civil(dias);
  return `${d} de ${MESES[m - 1]} de ${y}`;
}


export function esFechaReal(t: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return false;
  const d = aDias(t);
  return deDias(d) === t;
}

export function fechaEntre(azar: Azar, desde: number, hasta: number): number {
  return hasta <= desde ? desde : azar.entero(desde, hasta);
}
