/**
 * Words for the federal ASM follow-up documents (SHCP open data): how they are labelled and summarised.
 * Pure; pages and downloads share them so a federal document is never called a signed convenio.
 */
import type { TipoDocumento } from '../schemas/documento.ts';
import type { SeguimientoFederal } from '../schemas/seguimiento-federal.ts';
import { ETIQUETAS, ESTADOS, type Estado } from './estados.ts';
import type { ConvenioCalculado } from './indice.ts';

export const ETIQUETAS_TIPO_DOCUMENTO: Record<TipoDocumento, string> = {
  convenio: 'Convenio firmado',
  seguimiento_federal: 'Seguimiento federal de ASM',
};

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

const listaEnEspanol = (elementos: string[]) => new Intl.ListFormat('es-MX', { style: 'long', type: 'conjunction' }).format(elementos);
const plural = (n: number, uno: string, varios: string) => (n === 1 ? `1 ${uno}` : `${n.toLocaleString('es-MX')} ${varios}`);

/** "La SEGOB seleccionó 3 ASM de la Evaluación de Diseño 2013 del programa «…». Según su último reporte: …". */
export function resumenDeSeguimientoFederal(c: ConvenioCalculado & { datos: SeguimientoFederal }): string {
  const d = c.datos;
  const ente = c.enteEvaluado.datos.siglas ?? c.enteEvaluado.datos.nombre;
  const evaluacion = d.evaluacion ? `de la ${d.evaluacion}${d.anio_evaluacion ? ` ${d.anio_evaluacion}` : ''}` : 'de una evaluación (la fuente no dice cuál)';
  const primera = `${ente} seleccionó ${plural(c.compromisos.length, 'aspecto susceptible de mejora', 'aspectos susceptibles de mejora')} ${evaluacion} del programa «${c.programa.datos.nombre}».`;
  const estados = (ESTADOS as readonly Estado[])
    .filter((e) => c.conteo.porEstado[e] > 0)
    .map((e) => `${c.conteo.porEstado[e]} ${ETIQUETAS[e].toLowerCase()}`);
  return `${primera} La SHCP no publica acción ni fecha comprometida; estado al corte según el último avance reportado: ${listaEnEspanol(estados)}.`;
}
