import { compararPeriodos } from './importador-shcp/mapear.ts';
import { diasEntre, formatearFecha } from './fechas.ts';
import { plural } from './palabras.ts';
/** Words for the SHCP's open data (federal ASM follow-up): its name, its publisher, its periods. */
/** The source's name for what the importer reads (Transparencia Presupuestaria, SHCP). */
export const CONJUNTO_SHCP = 'Seguimiento a los Aspectos Susceptibles de Mejora de programas presupuestarios federales (datos abiertos)';
export const EDITOR_SHCP = 'Secretaría de Hacienda y Crédito Público (SHCP), Transparencia Presupuestaria';

/** "01T2016" → "primer trimestre de 2016"; anything else is returned as written. */
export function describirPeriodo(periodo: string): string {
  const m = /^0?([1-4])T(\d{4})$/i.exec(periodo.trim());
  if (!m) return periodo;
  const ordinal = ['primer', 'segundo', 'tercer', 'cuarto'][Number(m[1]) - 1];
  return `${ordinal} trimestre de ${m[2]}`;
}

/** "01T2017" → "1T 2017", for a badge; anything else as written. */
export function describirPeriodoCorto(periodo: string): string {
  const m = /^0?([1-4])T(\d{4})$/i.exec(periodo.trim());
  return m ? `${m[1]}T ${m[2]}` : periodo;
}

/** Which SHCP publication the federal figures come from: its latest period and the date of its latest report. */
export interface PublicacionFederal {
  periodo?: string;
  ultimoReporte?: string;
}

/** The latest of the periods and report dates of the federal documents (undefined when there are none). */
export function publicacionFederalDe(
  documentos: readonly { periodos: readonly string[]; ultimoReporte?: string }[],
): PublicacionFederal | undefined {
  if (documentos.length === 0) return undefined;
  let periodo: string | undefined;
  let ultimoReporte: string | undefined;
  for (const d of documentos) {
    for (const p of d.periodos) if (periodo === undefined || compararPeriodos(p, periodo) > 0) periodo = p;
    if (d.ultimoReporte !== undefined && (ultimoReporte === undefined || d.ultimoReporte > ultimoReporte)) ultimoReporte = d.ultimoReporte;
  }
  return { periodo, ultimoReporte };
}

/** "la publicación del primer trimestre de 2017 de la SHCP (último reporte: 31 de marzo de 2017)" */
export function describirPublicacionFederal(p: PublicacionFederal): string {
  const periodo = p.periodo
    ? `la publicación del ${describirPeriodo(p.periodo)} de la SHCP`
    : 'la publicación más reciente importada de la SHCP';
  return p.ultimoReporte ? `${periodo} (último reporte: ${formatearFecha(p.ultimoReporte)})` : periodo;
}

/** How old data is at the cut-off, in whole years or months: "más de 9 años", "4 meses". */
export function describirAntiguedad(desde: string, corte: string): string {
  const dias = diasEntre(desde, corte);
  const anios = Math.floor(dias / 365.25);
  if (anios >= 1) return `más de ${plural(anios, 'año', 'años')}`;
  const meses = Math.floor(dias / 30.44);
  return meses >= 1 ? plural(meses, 'mes', 'meses') : plural(Math.max(dias, 0), 'día', 'días');
}
