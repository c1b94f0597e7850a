import type { Reporte } from '../schemas/seguimiento.ts';
import { diasEntre, sumarDias, vencimientoDe } from './fechas.ts';

export const ESTADOS = [
  'atendido_a_tiempo',
  'atendido_fuera_de_plazo',
  'atendido_sin_plazo',
  'no_atendido',
  'vencido',
  'sin_informacion',
  'en_proceso',
  'sin_reporte_reciente',
  'pendiente',
  'cancelado',
  'fusionado',
  'dado_de_baja',
] as const;
export type Estado = (typeof ESTADOS)[number];

export const ETIQUETAS: Record<Estado, string> = {
  atendido_a_tiempo: 'Atendido a tiempo',
  atendido_fuera_de_plazo: 'Atendido fuera de plazo',
  atendido_sin_plazo: 'Atendido sin plazo',
  no_atendido: 'No atendido',
  vencido: 'Vencido en proceso',
  // The id keeps PRODUCT.md's name (downloads carry it); the label says what it is: late, not unknown.
  sin_informacion: 'Vencido sin reporte',
  en_proceso: 'En proceso',
  sin_reporte_reciente: 'Sin reporte reciente',
  pendiente: 'Pendiente',
  cancelado: 'Cancelado',
  fusionado: 'Fusionado',
  dado_de_baja: 'Dado de baja',
};

export const EXPLICACIONES: Record<Estado, string> = {
  atendido_a_tiempo: 'El último reporte dice que se atendió, con fecha no posterior al vencimiento.',
  atendido_fuera_de_plazo: 'El último reporte dice que se atendió, pero después del vencimiento.',
  atendido_sin_plazo:
    'El último reporte dice que se atendió (avance del 100 %); la fuente no da fecha comprometida, así que no se sabe si fue a tiempo.',
  no_atendido: 'El último reporte lo cierra formalmente como no atendido.',
  vencido: 'Venció y el último reporte dice que sigue en proceso.',
  sin_informacion: 'Venció y nunca se ha publicado un reporte de seguimiento: está atrasado y no se sabe nada de su avance.',
  en_proceso:
    'El último reporte dice que está en proceso (con su avance reportado), es reciente, y el compromiso aún no vence o no tiene fecha comprometida.',
  sin_reporte_reciente:
    'Abierto, sin fecha vencida, y su último reporte tiene más de doce meses al corte: no se sabe si siguió avanzando. Se muestra la fecha de ese reporte.',
  pendiente: 'Aún no vence, o no tiene fecha comprometida, y todavía no hay reportes.',
  cancelado: 'El último reporte dice que el aspecto se canceló: salió del seguimiento sin juzgarse atendido ni no atendido.',
  fusionado: 'El último reporte dice que el aspecto se fusionó con otro, que sigue su propio seguimiento.',
  dado_de_baja: 'El último reporte dice que el aspecto se dio de baja del seguimiento.',
};

/** Statuses that count in the denominator of every compliance rate. */
export const EXIGIBLES: ReadonlySet<Estado> = new Set([
  'atendido_a_tiempo',
  'atendido_fuera_de_plazo',
  'atendido_sin_plazo',
  'no_atendido',
  'vencido',
  'sin_informacion',
]);
export const ATENDIDOS: ReadonlySet<Estado> = new Set(['atendido_a_tiempo', 'atendido_fuera_de_plazo', 'atendido_sin_plazo']);
/** Closed without a judgment (cancelled, merged, withdrawn): neither exigible nor still open; out of every rate. */
export const EXCLUIDOS: ReadonlySet<Estado> = new Set(['cancelado', 'fusionado', 'dado_de_baja']);
/** The statuses every distribution shows even at zero; the others only appear where some commitment has them. */
export const ESTADOS_SIEMPRE: readonly Estado[] = [
  'atendido_a_tiempo',
  'atendido_fuera_de_plazo',
  'no_atendido',
  'vencido',
  'sin_informacion',
  'en_proceso',
  'pendiente',
];

/** What a commitment without a due date (the federal ASM data) can be: its own table shows these even at zero. */
export const ESTADOS_FEDERALES: readonly Estado[] = [
  'atendido_sin_plazo',
  'en_proceso',
  'sin_reporte_reciente',
  'pendiente',
  'cancelado',
  'fusionado',
  'dado_de_baja',
];

/** Where a status stands with respect to the rate. */
export type Clase = 'exigible' | 'abierto' | 'excluido';
export function claseDe(e: Estado): Clase {
  return EXIGIBLES.has(e) ? 'exigible' : EXCLUIDOS.has(e) ? 'excluido' : 'abierto';
}

export interface Situacion {
  estado: Estado;
  /** Effective due date: the latest granted extension, else the committed date; absent when there is neither. */
  vencimiento?: string;
  /** The latest report up to the cut-off, if any. */
  ultimoReporte?: Reporte;
  /** Reports up to the cut-off, oldest first. */
  reportes: Reporte[];
  /** Days from the effective due date to the cut-off, for a commitment overdue and still open (vencido, sin_informacion). */
  diasDeAtraso?: number;
}

/** Overdue and open: past the effective due date with no closing report. */
export const ATRASADOS: ReadonlySet<Estado> = new Set(['vencido', 'sin_informacion']);

/**
 * An open commitment whose latest report is more than this many days older than the cut-off is "sin reporte
 * reciente": SHCP collects ASM progress twice a year (March and September), so a year means two missed reports.
 */
export const DIAS_SIN_REPORTE_RECIENTE = 365;

/**
 * Status of one commitment as of the cut-off date (see /metodologia/). Without a due date (the federal ASM data
 * gives none) a commitment never falls due: it stays pending or in progress until a report closes it.
 */
export function situacionDe(fechaComprometida: string | undefined, seguimiento: readonly Reporte[], corte: string): Situacion {
  // Stable sort: two reports of the same day keep the order they have in the file.
  const reportes = seguimiento.filter((r) => r.fecha <= corte).sort((a, b) => (a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : 0));
  const prorroga = reportes.findLast((r) => r.prorroga !== undefined)?.prorroga;
  const vencimiento = prorroga ?? (fechaComprometida === undefined ? undefined : vencimientoDe(fechaComprometida));
  const ultimoReporte = reportes.at(-1);
  const vencido = vencimiento !== undefined && corte > vencimiento;

  let estado: Estado;
  if (ultimoReporte?.estado === 'atendido') {
    estado =
      vencimiento === undefined
        ? 'atendido_sin_plazo'
        : ultimoReporte.fecha <= vencimiento
          ? 'atendido_a_tiempo'
          : 'atendido_fuera_de_plazo';
  } else if (ultimoReporte?.estado === 'no_atendido') {
    estado = 'no_atendido';
  } else if (ultimoReporte !== undefined && ultimoReporte.estado !== 'en_proceso') {
    estado = ultimoReporte.estado;
  } else if (ultimoReporte?.estado === 'en_proceso') {
    estado = vencido
      ? 'vencido'
      : ultimoReporte.fecha < sumarDias(corte, -DIAS_SIN_REPORTE_RECIENTE)
        ? 'sin_reporte_reciente'
        : 'en_proceso';
  } else {
    estado = vencido ? 'sin_informacion' : 'pendiente';
  }
  const situacion: Situacion = { estado, vencimiento, ultimoReporte, reportes };
  if (vencimiento !== undefined && ATRASADOS.has(estado)) situacion.diasDeAtraso = diasEntre(vencimiento, corte);
  return situacion;
}
