import type { SeguimientoFederal } from '../../schemas/seguimiento-federal.ts';
import { ETIQUETAS_REPORTADAS } from '../../schemas/seguimiento.ts';
import { describirPeriodo } from '../textos-federal.ts';
import { ETIQUETAS, ESTADOS, ESTADOS_FEDERALES, type Estado } from '../estados.ts';
import { listaEnEspanol, plural } from '../palabras.ts';
import { MEDIDA_CONCLUSION } from '../medidas.ts';
import type { TipoDeDocumento } from './tipo-de-documento.ts';

const porcentaje = (n: number) => `${n.toLocaleString('es-MX', { maximumFractionDigits: 2 })} %`;

/** The latest report date in the document (all reports, not only up to the cut-off: it only orders lists). */
function ultimoReporte(d: SeguimientoFederal): string | undefined {
  let ultima: string | undefined;
  for (const k of d.compromisos) for (const r of k.seguimiento) if (ultima === undefined || r.fecha > ultima) ultima = r.fecha;
  return ultima;
}

/**
 * A federal ASM follow-up as the SHCP publishes it: nothing is signed, and the source gives neither an action
 * nor a due date, so those columns stay empty and its commitments never fall due.
 */
export const SEGUIMIENTO_FEDERAL: TipoDeDocumento<SeguimientoFederal> = {
  tipo: 'seguimiento_federal',
  etiqueta: 'Seguimiento federal de ASM',
  documentos: ['seguimiento federal de ASM', 'seguimientos federales de ASM'],
  compromisos: ['ASM', 'ASM'],
  titulo: 'ASM del seguimiento federal',
  medida: MEDIDA_CONCLUSION,
  estadosSiempre: ESTADOS_FEDERALES,
  enteEvaluado: (d) => d.ente,
  participaciones: () => [],
  entesCitados: (d) => [{ campo: 'ente', ente: d.ente }],
  anio: (d) => d.anio_evaluacion,
  anioEs: 'evaluacion',
  describirAnio: (anio) => `evaluación ${anio}`,
  fecha: ultimoReporte,
  fechaEs: 'reporte',
  fuente: (d) => ({ url: d.fuente.url }),
  problemas: () => [],
  anomalias: () => [],
  // The SHCP's data as published: nothing in it is ours to correct, so it gets no warnings.
  avisos: () => [],
  columnas: (c) => ({
    anio_evaluacion: c.datos.anio_evaluacion,
    ramo_clave: c.datos.ramo.clave,
    ramo: c.datos.ramo.nombre,
    hallazgos: 0,
    instancia_coordinadora: c.datos.instancia_coordinadora,
    fecha_ultimo_reporte: c.fecha,
    documento_url: c.datos.fuente.url,
  }),
  descripcion: (c) =>
    `${c.enteEvaluado.datos.nombre}: ${c.compromisos.length} aspectos susceptibles de mejora del programa «${c.programa.datos.nombre}» y su avance según la SHCP (seguimiento federal de ASM, no es un convenio firmado).`,
  // The SHCP reports progress as a percentage; a status word only when it gives none (cancelled, merged…).
  describirReporte: (r) =>
    `${r.avance !== undefined ? `avance reportado ${porcentaje(r.avance)}` : ETIQUETAS_REPORTADAS[r.estado]}` +
    `${r.avance !== undefined && r.estado === 'atendido' ? ' (atendido)' : ''}${r.periodo ? ` (informe del ${describirPeriodo(r.periodo)})` : ''}.${r.nota ? ` ${r.nota}` : ''}`,
  // "La SEGOB seleccionó 3 ASM de la Evaluación de Diseño 2013 del programa «…». Según su último reporte: …".
  resumen(c) {
    const d = c.datos;
    const ente = c.enteEvaluado.datos.siglas ?? c.enteEvaluado.datos.nombre;
    const evaluacion = d.evaluacion
      ? `de la ${d.evaluacion}${d.anio_evaluacion ? ` ${d.anio_evaluacion}` : ''}`
      : 'de una evaluación (la fuente no dice cuál)';
    const primera = `${ente} seleccionó ${plural(c.compromisos.length, 'aspecto susceptible de mejora', 'aspectos susceptibles de mejora')} ${evaluacion} del programa «${c.programa.datos.nombre}».`;
    const estados = (ESTADOS as readonly Estado[])
      .filter((e) => c.conteo.porEstado[e] > 0)
      .map((e) => `${c.conteo.porEstado[e]} ${ETIQUETAS[e].toLowerCase()}`);
    return `${primera} La SHCP no publica acción ni fecha comprometida; estado al corte según el último avance reportado: ${listaEnEspanol(estados)}.`;
  },
  aclaracion: 'Seguimiento federal de aspectos susceptibles de mejora publicado por la SHCP; no es un convenio firmado.',
  registro: (c) => ({
    tipo: 'seguimiento_federal',
    ramo: c.datos.ramo,
    instancia_coordinadora: c.datos.instancia_coordinadora,
    evaluacion: c.datos.evaluacion,
    anio_evaluacion: c.datos.anio_evaluacion,
    fecha_ultimo_reporte: c.fecha,
    fuente: c.datos.fuente,
  }),
  // A dataset extract, not a signed document: the body as author, the latest report as dateModified.
  jsonLd(c, ctx) {
    const d = c.datos;
    return {
      '@context': 'https://schema.org',
      '@type': 'DigitalDocument',
      '@id': `${ctx.url}#convenio`,
      url: ctx.url,
      identifier: c.id,
      name: d.titulo,
      description: ctx.descripcion,
      genre: SEGUIMIENTO_FEDERAL.etiqueta,
      inLanguage: 'es-MX',
      ...(c.fecha ? { dateModified: c.fecha } : {}),
      author: [ctx.organizacion(c.enteEvaluado.id)],
      publisher: { '@type': 'GovernmentOrganization', name: d.fuente.editor },
      about: ctx.servicio,
      spatialCoverage: { '@type': 'AdministrativeArea', name: c.gobierno.datos.nombre },
      ...(d.fuente.url ? { isBasedOn: d.fuente.url } : {}),
      encoding: [{ '@type': 'MediaObject', contentUrl: ctx.absoluta(ctx.rutaJson), encodingFormat: 'application/json' }],
    };
  },
};
