/** Calendar facts the schemas need to validate a date; src/lib/fechas.ts re-exports them for domain code. */

const DIAS_POR_MES = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function esBisiesto(anio: number): boolean {
  return (anio % 4 === 0 && anio % 100 !== 0) || anio % 400 === 0;
}

/** Whether the text is AAAA-MM-DD and that day exists in the calendar. */
export function esFechaReal(texto: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(texto);
  if (!m) return false;
  const [anio, mes, dia] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mes < 1 || mes > 12 || dia < 1) return false;
  const max = mes === 2 && !esBisiesto(anio) ? 28 : DIAS_POR_MES[mes - 1]!;
  return dia <= max;
}
