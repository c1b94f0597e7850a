import type { Convenio } from '../../schemas/convenio.ts';
import { ETIQUETAS_REPORTADAS } from '../../schemas/seguimiento.ts';
import { anomaliasConRuta, anomaliasDe } from '../anomalias.ts';
import type { Aviso } from '../calidad.ts';
import { ESTADOS_SIEMPRE, ETIQUETAS, type Estado } from '../estados.ts';
import { formatearFecha } from '../fechas.ts';
import { listaEnEspanol, plural } from '../palabras.ts';
import { MEDIDA_PLAZO } from '../medidas.ts';
import type { TipoDeDocumento } from './tipo-de-documento.ts';

const FORMATOS: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
};

function enteEvaluado(d: Convenio): string {
  const evaluado = d.partes.find((p) => p.rol === 'sujeto_evaluado');
  // The loader refuses a convenio without one; reaching this is a bug, not bad content.
  if (!evaluado) throw new Error(`El convenio «${d.titulo}» no tiene sujeto evaluado`);
  return evaluado.ente;
}

/** Dates that contradict each other and closures without evidence: legal, but worth a second look. */
function avisos(d: Convenio): Omit<Aviso, 'archivo'>[] {
  const lista: Omit<Aviso, 'archivo'>[] = anomaliasConRuta(d).map((a) => ({
    ruta: a.ruta,
    mensaje: `${a.mensaje.replace(/\.$/, '')} (es legal, pero confirme que así lo dice el documento)`,
  }));
  if (Number(d.firma.fecha.slice(0, 4)) < d.pae) {
    lista.push({
      ruta: ['firma', 'fecha'],
      mensaje: `la firma (${formatearFecha(d.firma.fecha)}) es anterior al año del PAE (${d.pae}) (se esperaba una firma del ${d.pae} o posterior: revise la fecha de firma y el año del PAE)`,
    });
  }
  d.compromisos.forEach((k, i) => {
    k.seguimiento.forEach((r, j) => {
      if (r.fecha < d.firma.fecha) {
        lista.push({
          ruta: ['compromisos', i, 'seguimiento', j, 'fecha'],
          mensaje: `el reporte del ${formatearFecha(r.fecha)} es anterior a la firma del convenio (${formatearFecha(d.firma.fecha)}) (se esperaba una fecha posterior a la firma)`,
        });
      }
      if (r.estado === 'atendido' && r.evidencias.length === 0 && r.dictamen === undefined) {
        lista.push({
          ruta: ['compromisos', i, 'seguimiento', j, 'evidencias'],
          mensaje: 'el reporte dice «atendido» sin evidencias ni dictamen (se esperaba al menos un enlace a la evidencia)',
        });
      }
    });
  });
  return lista;
}

/** A signed convenio: parties, signature, legal basis, commitments with an action and a due date. */
export const CONVENIO: TipoDeDocumento<Convenio> = {
  tipo: 'convenio',
  etiqueta: 'Convenio firmado',
  documentos: ['convenio', 'convenios'],
  compromisos: ['compromiso', 'compromisos'],
  titulo: 'Compromisos de convenios',
  medida: MEDIDA_PLAZO,
  estadosSiempre: ESTADOS_SIEMPRE,
  enteEvaluado,
  participaciones: (d) => d.partes.filter((p) => p.rol !== 'sujeto_evaluado').map((p) => ({ ente: p.ente, rol: p.rol })),
  entesCitados: (d) => d.partes.map((p, i) => ({ campo: `partes[${i}].ente`, ente: p.ente })),
  anio: (d) => d.pae,
  anioEs: 'pae',
  describirAnio: (anio) => `PAE ${anio}`,
  fecha: (d) => d.firma.fecha,
  fechaEs: 'firma',
  fuente: (d) => d.documento_fuente,
  problemas: (d) =>
    d.partes.some((p) => p.rol === 'sujeto_evaluado')
      ? []
      : [{ campo: 'partes', mensaje: 'ninguna parte tiene rol sujeto_evaluado (se esperaba el ente evaluado entre las partes)' }],
  anomalias: anomaliasDe,
  avisos,
  columnas: ({ datos: d }) => ({
    pae: d.pae,
    ejercicio_evaluado: d.ejercicio_evaluado,
    fecha_firma: d.firma.fecha,
    lugar_firma: d.firma.lugar,
    lineamientos: d.fundamento.lineamientos,
    disposicion: d.fundamento.disposicion,
    prorroga_permitida: d.prorroga.permitida,
    prorroga_limite_dias: d.prorroga.limite_dias_naturales,
    fecha_limite_compromisos: d.fecha_limite_compromisos,
    hallazgos: d.hallazgos.length,
    documento_url: d.documento_fuente.url,
    documento_sha256: d.documento_fuente.sha256,
  }),
  descripcion: (c) =>
    `${c.enteEvaluado.datos.nombre}: ${c.compromisos.length} compromisos para atender la evaluación del programa «${c.programa.datos.nombre}» (PAE ${c.datos.pae}). ${c.gobierno.datos.nombre}.`,
  describirReporte: (r) =>
    `${ETIQUETAS_REPORTADAS[r.estado]}${r.avance !== undefined ? ` (avance ${r.avance} %)` : ''}.` +
    `${r.prorroga ? ` Prórroga concedida hasta el ${formatearFecha(r.prorroga)}.` : ''}${r.nota ? ` ${r.nota}` : ''}`,
  resumen(c) {
    const ente = c.enteEvaluado.datos.siglas ?? c.enteEvaluado.datos.nombre;
    const n = c.compromisos.length;
    const vencimientos = [
      ...new Set(c.compromisos.flatMap((k) => (k.situacion.vencimiento === undefined ? [] : [k.situacion.vencimiento]))),
    ].sort();
    const cuando =
      vencimientos.length === 0
        ? 'sin fecha comprometida'
        : vencimientos.length === 1
          ? `a más tardar el ${formatearFecha(vencimientos[0]!)}`
          : `entre el ${formatearFecha(vencimientos[0]!)} y el ${formatearFecha(vencimientos.at(-1)!)}`;
    const primera = `${ente} se comprometió a atender ${plural(n, 'aspecto susceptible de mejora', 'aspectos susceptibles de mejora')} del programa «${c.programa.datos.nombre}» ${cuando}.`;
    const reportados = c.compromisos.filter((k) => k.situacion.reportes.length > 0).length;
    const estados = Object.entries(c.conteo.porEstado)
      .filter(([, v]) => v > 0)
      .map(([e, v]) => `${v} ${ETIQUETAS[e as Estado].toLowerCase()}`);
    const seguimiento = reportados === 0 ? ' No se ha publicado ningún reporte de seguimiento.' : '';
    return `${primera}${seguimiento} Estado al corte: ${listaEnEspanol(estados)}.`;
  },
  registro({ datos: d, anomalias }, ctx) {
    const { archivo } = d.documento_fuente;
    return {
      tipo: 'convenio',
      pae: d.pae,
      ejercicio_evaluado: d.ejercicio_evaluado,
      evaluacion: d.evaluacion,
      firma: d.firma,
      fundamento: d.fundamento,
      documento_fuente: { ...d.documento_fuente, copia_url: archivo ? ctx.copia(archivo) : undefined },
      partes: d.partes.map((p) => ({ ...p, ente: ctx.ente(p.ente) })),
      sede_sesiones: d.sede_sesiones,
      hallazgos: d.hallazgos,
      prorroga: d.prorroga,
      fecha_limite_compromisos: d.fecha_limite_compromisos,
      notas_de_calidad: anomalias,
    };
  },
  // A convenio is a signed public document, not legislation, and schema.org has no contract type:
  // DigitalDocument, with the signing bodies as authors, the signing day as dateCreated and the program as `about`.
  jsonLd(c, ctx) {
    const d = c.datos;
    const { archivo, sha256 } = d.documento_fuente;
    return {
      '@context': 'https://schema.org',
      '@type': 'DigitalDocument',
      '@id': `${ctx.url}#convenio`,
      url: ctx.url,
      identifier: c.id,
      name: d.titulo,
      description: ctx.descripcion,
      genre: 'Convenio para la Mejora del Desempeño y Resultados Gubernamentales',
      inLanguage: 'es-MX',
      dateCreated: d.firma.fecha,
      locationCreated: { '@type': 'Place', name: d.firma.lugar },
      author: [...new Set(d.partes.map((p) => p.ente))].map(ctx.organizacion),
      about: ctx.servicio,
      spatialCoverage: { '@type': 'AdministrativeArea', name: c.gobierno.datos.nombre },
      ...(d.documento_fuente.url ? { isBasedOn: d.documento_fuente.url } : {}),
      encoding: [
        ...(archivo
          ? [
              {
                '@type': 'MediaObject',
                contentUrl: ctx.absoluta(ctx.rutaDocumento(archivo)),
                encodingFormat: FORMATOS[archivo.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream',
                ...(sha256 ? { sha256 } : {}),
              },
            ]
          : []),
        { '@type': 'MediaObject', contentUrl: ctx.absoluta(ctx.rutaJson), encodingFormat: 'application/json' },
      ],
    };
  },
};
