import type { Grupo, GrupoEnte, ConvenioCalculado, Indice } from '../indice.ts';
import type { Programa } from '../../schemas/catalogos.ts';
import { tipoDe } from '../documentos/tipos.ts';
import { resumenDeConvenio, nombreDePrograma } from '../textos.ts';
import type { ArchivoCsv } from './paquete.ts';
import { absoluta, EDITOR, LICENCIA, TITULO_CONJUNTO, type Publicacion } from './publicacion.ts';

type JsonLd = Record<string, unknown>;

/**
 * JSON-LD inside <script type="application/ld+json">: not executable, but "</script>" in a value would
 * end the element, so markup characters are written as \u escapes (still the same JSON).
 */
export function serializarJsonLd(datos: JsonLd): string {
  return JSON.stringify(datos)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function organizacion(id: string, nombre: string, pub: Publicacion): JsonLd {
  return { '@type': 'GovernmentOrganization', name: nombre, url: absoluta(pub, pub.rutas.ente(id)) };
}

/** The evaluated program, as what a convenio or a federal follow-up is about. */
function servicioDePrograma(c: ConvenioCalculado, pub: Publicacion): JsonLd {
  const programa = c.programa.datos;
  return {
    '@type': 'GovernmentService',
    name: nombreDePrograma(programa),
    serviceType: 'Programa presupuestario',
    ...(programa.clave ? { identifier: programa.clave } : {}),
    url: absoluta(pub, pub.rutas.programa(c.programa.id)),
  };
}

export function jsonLdConvenio(c: ConvenioCalculado, indice: Indice, pub: Publicacion): JsonLd {
  return tipoDe(c.datos).jsonLd(c, {
    url: absoluta(pub, pub.rutas.convenio(c.id)),
    descripcion: resumenDeConvenio(c),
    absoluta: (ruta) => absoluta(pub, ruta),
    rutaDocumento: pub.rutas.documento,
    rutaJson: pub.rutas.convenioJson(c.id),
    organizacion: (id) => organizacion(id, indice.porId.entes.get(id)?.datos.nombre ?? id, pub),
    servicio: servicioDePrograma(c, pub),
  });
}

export function jsonLdEnte(e: GrupoEnte, pub: Publicacion): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': `${absoluta(pub, pub.rutas.ente(e.id))}#ente`,
    url: absoluta(pub, pub.rutas.ente(e.id)),
    name: e.datos.nombre,
    ...(e.datos.siglas ? { alternateName: e.datos.siglas } : {}),
    ...(e.datos.naturaleza ? { description: e.datos.naturaleza } : {}),
    ...(e.datos.sitio_web ? { sameAs: e.datos.sitio_web } : {}),
    parentOrganization: {
      '@type': 'GovernmentOrganization',
      name: e.gobierno.datos.nombre,
      url: absoluta(pub, pub.rutas.gobierno(e.gobierno.id)),
    },
  };
}

/** A budget program delivers a public service; its providers are the bodies evaluated on it. */
export function jsonLdPrograma(p: Grupo<Programa>, pub: Publicacion): JsonLd {
  const proveedores = new Map(p.convenios.map((c) => [c.enteEvaluado.id, c.enteEvaluado.datos.nombre]));
  const areas = [...new Set(p.convenios.map((c) => c.gobierno.datos.nombre))];
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': `${absoluta(pub, pub.rutas.programa(p.id))}#programa`,
    url: absoluta(pub, pub.rutas.programa(p.id)),
    name: nombreDePrograma(p.datos),
    serviceType: 'Programa presupuestario',
    ...(p.datos.clave ? { identifier: p.datos.clave } : {}),
    ...(p.datos.estructura ? { category: p.datos.estructura } : {}),
    ...(proveedores.size > 0 ? { provider: [...proveedores].map(([id, nombre]) => organizacion(id, nombre, pub)) } : {}),
    ...(areas.length > 0 ? { areaServed: areas.map((name) => ({ '@type': 'AdministrativeArea', name })) } : {}),
  };
}

/** The open data set, as search engines' dataset search reads it. */
export function jsonLdConjunto(indice: Indice, pub: Publicacion, archivos: readonly ArchivoCsv[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${absoluta(pub, pub.rutas.datos)}#conjunto`,
    url: absoluta(pub, pub.rutas.datos),
    name: TITULO_CONJUNTO,
    description:
      'Convenios para la Mejora del Desempeño y Resultados Gubernamentales de gobiernos de México: cada aspecto susceptible de mejora que un ente evaluado se comprometió a atender, su fecha y su estado a la fecha de corte.',
    inLanguage: 'es-MX',
    isAccessibleForFree: true,
    license: LICENCIA.url,
    publisher: { '@type': 'Organization', name: EDITOR, url: absoluta(pub, pub.rutas.inicio) },
    dateModified: indice.corte,
    keywords: ['convenios', 'aspectos susceptibles de mejora', 'evaluación del desempeño', 'programas presupuestarios'],
    distribution: [
      ...archivos.map((a) => ({
        '@type': 'DataDownload',
        name: a.tabla.titulo,
        encodingFormat: 'text/csv',
        contentUrl: absoluta(pub, pub.rutas.archivoDeDatos(a.tabla.archivo)),
        contentSize: `${a.bytes} B`,
      })),
      {
        '@type': 'DataDownload',
        name: 'Convenios completos',
        encodingFormat: 'application/json',
        contentUrl: absoluta(pub, pub.rutas.archivoDeDatos('convenios.json')),
      },
    ],
  };
}
