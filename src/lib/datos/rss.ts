import { nombreDePrograma } from '../textos.ts';
import type { RSSOptions } from '@astrojs/rss';
import { formatearFecha } from '../fechas.ts';
import type { Indice } from '../indice.ts';
import { describirTasa } from '../tasas.ts';
import { ETIQUETAS_TIPO_DOCUMENTO } from '../textos-federal.ts';
import { absoluta, type Publicacion } from './publicacion.ts';

const escaparXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The RSS feed of convenios, newest signing first, each with its program, ente and commitment count. */
export function opcionesRss(indice: Indice, pub: Publicacion): RSSOptions {
  const propia = absoluta(pub, pub.rutas.rss);
  return {
    title: 'Convenios Abiertos: convenios nuevos',
    description: 'Convenios para la Mejora del Desempeño y Resultados Gubernamentales publicados en Convenios Abiertos, del más reciente al más antiguo.',
    site: absoluta(pub, pub.rutas.inicio),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>es-MX</language>',
      `<lastBuildDate>${pub.construido.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escaparXml(propia)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: indice.convenios.map((c) => {
      const programa = nombreDePrograma(c.programa.datos);
      const n = c.compromisos.length;
      const d = c.datos;
      const federal = d.tipo === 'seguimiento_federal';
      const anio = federal ? (d.anio_evaluacion === undefined ? undefined : `evaluación ${d.anio_evaluacion}`) : `PAE ${d.pae}`;
      return {
        title: federal ? `${ETIQUETAS_TIPO_DOCUMENTO.seguimiento_federal}: ${d.titulo}` : d.titulo,
        link: absoluta(pub, pub.rutas.convenio(c.id)),
        // Signing (or a federal document's latest report) is a calendar day: midday in Mexico City keeps that day in any reader's zone near it.
        pubDate: c.fecha === undefined ? undefined : new Date(`${c.fecha}T12:00:00-06:00`),
        description: [
          ...(federal ? [`Seguimiento federal de aspectos susceptibles de mejora publicado por la SHCP; no es un convenio firmado.`] : []),
          `Ente evaluado: ${c.enteEvaluado.datos.nombre}.`,
          `Programa presupuestario: ${programa}.`,
          `${c.gobierno.datos.nombre}${anio ? `, ${anio}` : ''}.`,
          ...(c.fecha === undefined ? [] : [federal ? `Último reporte del ${formatearFecha(c.fecha)}.` : `Firmado el ${formatearFecha(c.fecha)}.`]),
          `${n === 1 ? '1 compromiso' : `${n} compromisos`}; al ${formatearFecha(indice.corte)}: ${describirTasa(c.conteo)}.`,
        ].join(' '),
        categories: [programa, c.enteEvaluado.datos.nombre, c.gobierno.datos.nombre, ...(anio ? [anio] : []), ...(federal ? [ETIQUETAS_TIPO_DOCUMENTO.seguimiento_federal] : [])],
      };
    }),
  };
}
