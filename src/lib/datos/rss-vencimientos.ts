import type { RSSOptions } from '@astrojs/rss';
import { etiquetaDeCompromiso } from '../../schemas/compromiso.ts';
import { ETIQUETAS } from '../estados.ts';
import { formatearFecha } from '../fechas.ts';
import type { ConvenioCalculado } from '../indice.ts';
import { compromisosPorVencer, vencieronRecientemente, type CompromisoConVencimiento } from '../vencimientos.ts';
import { absoluta, type Publicacion } from './publicacion.ts';

/** The window of the due-date lists and their feed: what fell due in the last 30 days and what falls due in the next 30. */
export const DIAS_DE_AVISO = 30;

export interface AvisosDeVencimiento {
  /** Whose commitments: "ISSEMYM", "Programa 01020401 Derechos Humanos". */
  nombre: string;
  /** The page the feed belongs to (site path). */
  pagina: string;
  /** This feed's own path. */
  propia: string;
  documentos: readonly ConvenioCalculado[];
  corte: string;
}

const escaparXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Whether a set has any commitment with a due date: without one, there is no calendar or due-date feed to offer. */
export const tieneVencimientos = (documentos: readonly ConvenioCalculado[]) =>
  documentos.some((c) => c.compromisos.some((k) => k.situacion.vencimiento !== undefined));

/**
 * RSS of one ente's or program's due dates around the cut-off: one item per commitment that fell due in the last
 * 30 days or falls due in the next 30, dated on its due day, with its status at the cut-off.
 */
export function opcionesRssVencimientos(a: AvisosDeVencimiento, pub: Publicacion): RSSOptions {
  const documento = new Map(a.documentos.map((c) => [c.id, c]));
  const item = (k: CompromisoConVencimiento, vencio: boolean) => {
    const c = documento.get(k.convenioId)!;
    const url = `${absoluta(pub, pub.rutas.convenio(c.id))}#compromiso-${k.compromiso.id}`;
    const ente = c.enteEvaluado.datos.siglas ?? c.enteEvaluado.datos.nombre;
    const dia = formatearFecha(k.situacion.vencimiento);
    return {
      title: `${vencio ? 'Venció' : 'Vence'} el ${dia}: ${etiquetaDeCompromiso(k.compromiso).replace(/^Compromiso/, 'compromiso')} de ${ente}`,
      link: url,
      pubDate: new Date(`${k.situacion.vencimiento}T12:00:00-06:00`),
      description: [
        `${c.datos.titulo}.`,
        `Acción comprometida: ${k.compromiso.accion ?? k.compromiso.aspecto ?? '(la fuente no la da)'}`,
        `Estado al ${formatearFecha(a.corte)}: ${ETIQUETAS[k.situacion.estado]}.`,
      ].join(' '),
    };
  };
  return {
    title: `${a.nombre}: vencimientos de compromisos`,
    description: `Compromisos de ${a.nombre} que vencieron en los últimos ${DIAS_DE_AVISO} días o vencen en los próximos ${DIAS_DE_AVISO}, al ${formatearFecha(a.corte)}.`,
    site: absoluta(pub, a.pagina),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>es-MX</language>',
      `<lastBuildDate>${pub.construido.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escaparXml(absoluta(pub, a.propia))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: [
      ...compromisosPorVencer(a.documentos, a.corte, DIAS_DE_AVISO).map((k) => item(k, false)),
      ...vencieronRecientemente(a.documentos, a.corte, DIAS_DE_AVISO).map((k) => item(k, true)),
    ],
  };
}
