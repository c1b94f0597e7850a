import type { Reporte } from '../schemas/seguimiento.ts';
import { vencimientoDe } from './fechas.ts';

export const ESTADOS = [
  'atendido_a_tiempo',
  'atendido_fuera_de_plazo',
  'no_atendido',
  'vencido',
  'sin_informacion',
  'en_proceso',
  'pendiente',
] as const;
export type Estado = (typeof ESTADOS)[number];

export const ETIQUETAS: Record<Estado, string> = {
  atendido_a_tiempo: 'Atendido a tiempo',
  atendido_fuera_de_plazo: 'Atendido fuera de plazo',
  no_atendido: 'No atendido',
  vencido: 'Vencido',
  sin_informacion: 'Sin información',
  en_proceso: 'En proceso',
  pendiente: 'Pendiente',
};

export const EXPLICACIONES: Record<Estado, string> = {
  atendido_a_tiempo: 'El último reporte dice que se atendió, con fecha no posterior al vencimiento.',
  atendido_fuera_de_plazo: 'El último reporte dice que se atendió, pero después del vencimiento.',
  no_atendido: 'El último reporte lo cierra formalmente como no atendido.',
  vencido: 'Venció y el último reporte dice que sigue en proceso.',
  sin_informacion: 'Venció y nunca se ha publicado un reporte de seguimiento.',
  en_proceso: 'Un reporte dice que está en proceso y aún no vence.',
  pendiente: 'Aún no vence y todavía no hay reportes.',
};

/** Statuses that count in the denominator of every compliance rate. */
export const EXIGIBLES: ReadonlySet<Estado> = new Set(['atendido_a_tiempo', 'atendido_fuera_de_plazo', 'no_atendido', 'vencido', 'sin_informacion']);
export const ATENDIDOS: ReadonlySet<Estado> = new Set(['atendido_a_tiempo', 'atendido_fuera_de_plazo']);

export interface Situacion {
  estado: Estado;
  /** Effective due date: the latest granted extension, else the committed date. */
  vencimiento: string;
  /** The latest report up to the cut-off, if any. */
  ultimoReporte?: Reporte;
  /** Reports up to the cut-off, oldest first. */
  reportes: Reporte[];
}

/** Status of one commitment as of the cut-off date (see /metodologia/). */
export function situacionDe(fechaComprometida: string, seguimiento: readonly Reporte[], corte: string): Situacion {
  // Stable sort: two reports of the same day keep the order they have in the file.
  const reportes = seguimiento.filter((r) => r.fecha <= corte).sort((a, b) => (a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : 0));
  const prorroga = reportes.findLast((r) => r.prorroga !== undefined)?.prorroga;
  const vencimiento = prorroga ?? vencimientoDe(fechaComprometida);
  const ultimoReporte = reportes.at(-1);
  const vencido = corte > vencimiento;

  let estado: Estado;
  if (ultimoReporte?.estado === 'atendido') {
    estado = ultimoReporte.fecha <= vencimiento ? 'atendido_a_tiempo' : 'atendido_fuera_de_plazo';
  } else if (ultimoReporte?.estado === 'no_atendido') {
    estado = 'no_atendido';
  } else if (ultimoReporte?.estado === 'en_proceso') {
    estado = vencido ? 'vencido' : 'en_proceso';
  } else {
    estado = vencido ? 'sin_informacion' : 'pendiente';
  }
  return { estado, vencimiento, ultimoReporte, reportes };
}
