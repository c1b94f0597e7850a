import { sumarDias } from './fechas.ts';
import type { CompromisoCalculado, ConvenioCalculado } from './indice.ts';
import type { Situacion } from './estados.ts';
import { formatearNumero, plural } from './palabras.ts';

/** A commitment with an effective due date (federal ASM and undated ones have none). */
export type CompromisoConVencimiento = CompromisoCalculado & { situacion: Situacion & { vencimiento: string } };
/** An open commitment past its due date, with its days late at the cut-off. */
export type CompromisoAtrasado = CompromisoConVencimiento & { situacion: { diasDeAtraso: number } };

const compromisosDe = (documentos: readonly ConvenioCalculado[]) => documentos.flatMap((c) => c.compromisos);
const tieneVencimiento = (k: CompromisoCalculado): k is CompromisoConVencimiento => k.situacion.vencimiento !== undefined;
const porVencimiento = (a: CompromisoConVencimiento, b: CompromisoConVencimiento) =>
  a.situacion.vencimiento < b.situacion.vencimiento ? -1 : a.situacion.vencimiento > b.situacion.vencimiento ? 1 : 0;
const porId = (a: CompromisoCalculado, b: CompromisoCalculado) =>
  a.convenioId < b.convenioId
    ? -1
    : a.convenioId > b.convenioId
      ? 1
      : a.compromiso.id < b.compromiso.id
        ? -1
        : a.compromiso.id > b.compromiso.id
          ? 1
          : 0;

/** Open commitments that fall due within `dias` days after the cut-off, soonest first. */
export function compromisosPorVencer(documentos: readonly ConvenioCalculado[], corte: string, dias: number): CompromisoConVencimiento[] {
  const hasta = sumarDias(corte, dias);
  return compromisosDe(documentos)
    .filter(tieneVencimiento)
    .filter(
      (k) =>
        (k.situacion.estado === 'pendiente' || k.situacion.estado === 'en_proceso' || k.situacion.estado === 'sin_reporte_reciente') &&
        k.situacion.vencimiento <= hasta,
    )
    .sort((a, b) => porVencimiento(a, b) || porId(a, b));
}

/** Every overdue open commitment, most days late first (ties by document and commitment id). */
export function compromisosAtrasados(documentos: readonly ConvenioCalculado[]): CompromisoAtrasado[] {
  return compromisosDe(documentos)
    .filter((k): k is CompromisoAtrasado => k.situacion.diasDeAtraso !== undefined)
    .sort((a, b) => b.situacion.diasDeAtraso - a.situacion.diasDeAtraso || porId(a, b));
}

/** Commitments whose effective due date fell in the `dias` days before the cut-off, whatever their status, latest first. */
export function vencieronRecientemente(documentos: readonly ConvenioCalculado[], corte: string, dias: number): CompromisoConVencimiento[] {
  const desde = sumarDias(corte, -dias);
  return compromisosDe(documentos)
    .filter(tieneVencimiento)
    .filter((k) => k.situacion.vencimiento >= desde && k.situacion.vencimiento < corte)
    .sort((a, b) => porVencimiento(b, a) || porId(a, b));
}

/** "1,234 días" */
export const describirDias = (dias: number) => plural(dias, 'día', 'días');

/**
 * The sentence a reader can quote about what is late: "11 compromisos vencidos sin atender, ninguno con reporte
 * publicado; el más atrasado, 1,234 días".
 */
export function titularDeAtrasos(atrasados: readonly CompromisoAtrasado[]): string {
  if (atrasados.length === 0) return 'Ningún compromiso está vencido sin atender';
  const sinReporte = atrasados.filter((k) => k.situacion.estado === 'sin_informacion').length;
  const n = atrasados.length;
  const cuantos = n === 1 ? '1 compromiso vencido sin atender' : `${formatearNumero(n)} compromisos vencidos sin atender`;
  const reportes =
    sinReporte === n
      ? n === 1
        ? 'sin ningún reporte publicado'
        : 'ninguno con reporte publicado'
      : sinReporte === 0
        ? n === 1
          ? 'con un reporte que dice que sigue en proceso'
          : 'todos con algún reporte que dice que siguen en proceso'
        : `${formatearNumero(sinReporte)} sin ningún reporte publicado y ${formatearNumero(n - sinReporte)} en proceso según su último reporte`;
  const maximo = atrasados[0]!.situacion.diasDeAtraso;
  return `${cuantos}, ${reportes}; ${n === 1 ? 'lleva' : 'el más atrasado lleva'} ${describirDias(maximo)} de atraso`;
}
