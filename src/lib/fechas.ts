/** Dates are ISO strings (AAAA-MM-DD): they compare as text and carry no time zone. */

const ZONA_MEXICO = 'America/Mexico_City';

export type Precision = 'dia' | 'mes';

// The calendar check lives with the schemas that validate content dates; domain code reaches it from here.
import { esFechaReal } from '../schemas/fecha-real.ts';

export { esFechaReal };

export function precisionDe(fechaComprometida: string): Precision {
  return fechaComprometida.length === 7 ? 'mes' : 'dia';
}

/** A month-precision due date falls due on the last day of that month. */
export function vencimientoDe(fechaComprometida: string): string {
  if (precisionDe(fechaComprometida) === 'dia') return fechaComprometida;
  const [anio, mes] = fechaComprometida.split('-').map(Number) as [number, number];
  const ultimo = new Date(Date.UTC(anio, mes, 0)).getUTCDate();
  return `${fechaComprometida}-${String(ultimo).padStart(2, '0')}`;
}

/** The calendar day in Mexico City at an instant. */
export function diaEnMexico(instante: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONA_MEXICO, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instante);
}

/**
 * The cut-off date statuses are computed at: FECHA_CORTE when set, else the day of
 * SOURCE_DATE_EPOCH (so builds are reproducible), else today, all in Mexico City time.
 */
export function fechaDeCorte(entorno: Record<string, string | undefined>, ahora: Date = new Date()): string {
  const fija = entorno.FECHA_CORTE?.trim();
  if (fija) {
    if (!esFechaReal(fija)) {
      throw new Error(`FECHA_CORTE: «${fija}» no es una fecha válida (se esperaba AAAA-MM-DD)`);
    }
    return fija;
  }
  const epoca = entorno.SOURCE_DATE_EPOCH?.trim();
  if (epoca) {
    const instante = new Date(Number(epoca) * 1000);
    if (!/^\d+$/.test(epoca) || Number.isNaN(instante.getTime())) {
      throw new Error(`SOURCE_DATE_EPOCH: «${epoca}» no es válido (se esperaban segundos desde 1970)`);
    }
    return diaEnMexico(instante);
  }
  return diaEnMexico(ahora);
}

const formatoDia = new Intl.DateTimeFormat('es-MX', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const formatoMes = new Intl.DateTimeFormat('es-MX', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function comoUTC(fecha: string): Date {
  return new Date(`${fecha.length === 7 ? `${fecha}-01` : fecha}T00:00:00Z`);
}

// A build formats the same few thousand days again and again (pages, feeds, download rows): 3 s of its CPU profile
// at 30,000 convenios.
const fechasFormateadas = new Map<string, string>();

/** "30 de julio de 2021"; a month alone: "diciembre de 2022". */
export function formatearFecha(fecha: string): string {
  let texto = fechasFormateadas.get(fecha);
  if (texto === undefined) {
    texto = (precisionDe(fecha) === 'mes' ? formatoMes : formatoDia).format(comoUTC(fecha));
    fechasFormateadas.set(fecha, texto);
  }
  return texto;
}

export function sumarDias(fecha: string, dias: number): string {
  const d = comoUTC(fecha);
  d.setUTCDate(d.getUTCDate() + dias);
  return d.toISOString().slice(0, 10);
}

export function diasEntre(desde: string, hasta: string): number {
  return Math.round((comoUTC(hasta).getTime() - comoUTC(desde).getTime()) / 86_400_000);
}

/** The same day `meses` months later (or earlier); a day the target month lacks becomes its last (31 Aug + 6 → 28 or 29 Feb). */
export function sumarMeses(fecha: string, meses: number): string {
  const [anio, mes, dia] = fecha.split('-').map(Number) as [number, number, number];
  const ultimo = new Date(Date.UTC(anio, mes - 1 + meses + 1, 0));
  return new Date(Date.UTC(ultimo.getUTCFullYear(), ultimo.getUTCMonth(), Math.min(dia, ultimo.getUTCDate()))).toISOString().slice(0, 10);
}
