import type { Grupo, GrupoEnte, ConvenioCalculado, Indice } from '../indice.ts';
import type { Programa } from '../../schemas/catalogos.ts';
import type { Convenio } from '../../schemas/convenio.ts';
import type { SeguimientoFederal } from '../../schemas/seguimiento-federal.ts';
import { esFederal } from '../indice.ts';
import { ETIQUETAS_TIPO_DOCUMENTO } from '../textos-federal.ts';
import { resumenDeConvenio, nombreDePrograma } from '../textos.ts';
import type { ArchivoCsv } from './paquete.ts';
import { absoluta, EDITOR, LICENCIA, TITULO_CONJUNTO, type Publicacion } from './publicacion.ts';

type JsonLd = Record<string, unknown>;

const FORMATOS: Record<string, string> = { pdf: 'application/pdf', txt: 'text/plain', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc: 'application/msword' };

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

/**
 * A convenio is a signed public document, not legislation, and schema.org has no contract type:
 * DigitalDocument, with the signing bodies as authors, the signing day as dateCreated and the program as `about`.
 */
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
  if (esFederal(c)) return jsonLdSeguimientoFederal(c, pub);
  const d = c.datos as Convenio;
  const url = absoluta(pub, pub.rutas.convenio(c.id));
  const autores = [...new Set(d.partes.map((p) => p.ente))].map((id) => organizacion(id, indice.porId.entes.get(id)?.datos.nombre ?? id, pub));
  const { archivo, sha256 } = d.documento_fuente;
  return {
    '@context': 'https://schema.org',
    '@type': 'DigitalDocument',
    '@id': `${url}#convenio`,
    url,
    identifier: c.id,
    name: d.titulo,
    description: resumenDeConvenio(c),
    genre: 'Convenio para la Mejora del Desempeño y Resultados Gubernamentales',
    inLanguage: 'es-MX',
    dateCreated: d.firma.fecha,
    locationCreated: { '@type': 'Place', name: d.firma.lugar },
    author: autores,
    about: servicioDePrograma(c, pub),
    spatialCoverage: { '@type': 'AdministrativeArea', name: c.gobierno.datos.nombre },
    ...(d.documento_fuente.url ? { isBasedOn: d.documento_fuente.url } : {}),
    encoding: [
      ...(archivo
        ? [
            {
              '@type': 'MediaObject',
              contentUrl: absoluta(pub, pub.rutas.documento(archivo)),
              encodingFormat: FORMATOS[archivo.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream',
              ...(sha256 ? { sha256 } : {}),
            },
          ]
        : []),
      { '@type': 'MediaObject', contentUrl: absoluta(pub, pub.rutas.convenioJson(c.id)), encodingFormat: 'application/json' },
    ],
  };
}

/** A federal follow-up is a dataset extract, not a signed document: the body as author, the latest report as dateModified. */
function jsonLdSeguimientoFederal(c: ConvenioCalculado & { datos: SeguimientoFederal }, pub: Publicacion): JsonLd {
  const d = c.datos;
  const url = absoluta(pub, pub.rutas.convenio(c.id));
  return {
    '@context': 'https://schema.org',
    '@type': 'DigitalDocument',
    '@id': `${url}#convenio`,
    url,
    identifier: c.id,
    name: d.titulo,
    description: resumenDeConvenio(c),
    genre: ETIQUETAS_TIPO_DOCUMENTO.seguimiento_federal,
    inLanguage: 'es-MX',
    ...(c.fecha ? { dateModified: c.fecha } : {}),
    author: [organizacion(c.enteEvaluado.id, c.enteEvaluado.datos.nombre, pub)],
    publisher: { '@type': 'GovernmentOrganization', name: d.fuente.editor },
    about: servicioDePrograma(c, pub),
    spatialCoverage: { '@type': 'AdministrativeArea', name: c.gobierno.datos.nombre },
    ...(d.fuente.url ? { isBasedOn: d.fuente.url } : {}),
    encoding: [{ '@type': 'MediaObject', contentUrl: absoluta(pub, pub.rutas.convenioJson(c.id)), encodingFormat: 'application/json' }],
  };
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
    parentOrganization: { '@type': 'GovernmentOrganization', name: e.gobierno.datos.nombre, url: absoluta(pub, pub.rutas.gobierno(e.gobierno.id)) },
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
      { '@type': 'DataDownload', name: 'Convenios completos', encodingFormat: 'application/json', contentUrl: absoluta(pub, pub.rutas.archivoDeDatos('convenios.json')) },
    ],
  };
}
