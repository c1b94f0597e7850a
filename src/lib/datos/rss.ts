import { describirCumplimiento, nombreDePrograma } from '../textos.ts';
import type { RSSOptions } from '@astrojs/rss';
import { formatearFecha } from '../fechas.ts';
import type { Indice } from '../indice.ts';
import { tipoDe } from '../documentos/tipos.ts';
import { absoluta, type Publicacion } from './publicacion.ts';

const escaparXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Entries in the feed, like the first page of /convenios/: a reader polls the feed again and again, and with every
 * document at 10,000 convenios it weighed 9.6 MB (issue 15). Every document is in convenios.csv and convenios.json.
 */
export const ENTRADAS_DEL_RSS = 100;

/** The RSS feed of the ENTRADAS_DEL_RSS newest convenios, each with its program, ente and commitment count. */
export function opcionesRss(indice: Indice, pub: Publicacion): RSSOptions {
  const propia = absoluta(pub, pub.rutas.rss);
  // «convenios» only when every item is one: federal follow-ups share this feed, and are not signed.
  const mixto = indice.convenios.some((c) => tipoDe(c.datos).aclaracion !== undefined);
  return {
    title: mixto ? 'Convenios Abiertos: convenios y seguimientos federales nuevos' : 'Convenios Abiertos: convenios nuevos',
    description: mixto
      ? `Convenios para la Mejora del Desempeño y Resultados Gubernamentales, y seguimientos federales de ASM de la SHCP, publicados en Convenios Abiertos: los ${ENTRADAS_DEL_RSS} más recientes.`
      : `Convenios para la Mejora del Desempeño y Resultados Gubernamentales publicados en Convenios Abiertos: los ${ENTRADAS_DEL_RSS} más recientes.`,
    site: absoluta(pub, pub.rutas.inicio),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>es-MX</language>',
      `<lastBuildDate>${pub.construido.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escaparXml(propia)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: indice.convenios.slice(0, ENTRADAS_DEL_RSS).map((c) => {
      const programa = nombreDePrograma(c.programa.datos);
      const n = c.compromisos.length;
      const tipo = tipoDe(c.datos);
      const anio = c.anio === undefined ? undefined : tipo.describirAnio(c.anio);
      // A kind that is not a signed convenio says so in its title, first sentence and categories.
      const distinto = tipo.aclaracion !== undefined;
      return {
        title: distinto ? `${tipo.etiqueta}: ${c.datos.titulo}` : c.datos.titulo,
        link: absoluta(pub, pub.rutas.convenio(c.id)),
        // Signing (or a federal document's latest report) is a calendar day: midday in Mexico City keeps that day in any reader's zone near it.
        pubDate: c.fecha === undefined ? undefined : new Date(`${c.fecha}T12:00:00-06:00`),
        description: [
          ...(tipo.aclaracion === undefined ? [] : [tipo.aclaracion]),
          `Ente evaluado: ${c.enteEvaluado.datos.nombre}.`,
          `Programa presupuestario: ${programa}.`,
          `${c.gobierno.datos.nombre}${anio ? `, ${anio}` : ''}.`,
          ...(c.fecha === undefined
            ? []
            : [tipo.fechaEs === 'reporte' ? `Último reporte del ${formatearFecha(c.fecha)}.` : `Firmado el ${formatearFecha(c.fecha)}.`]),
          `${n === 1 ? '1 compromiso' : `${n} compromisos`}; al ${formatearFecha(indice.corte)}: ${describirCumplimiento(c)}.`,
        ].join(' '),
        categories: [
          programa,
          c.enteEvaluado.datos.nombre,
          c.gobierno.datos.nombre,
          ...(anio ? [anio] : []),
          ...(distinto ? [tipo.etiqueta] : []),
        ],
      };
    }),
  };
}
