import { createHash } from 'node:crypto';
import type { Indice } from '../indice.ts';
import { aCsv } from './csv.ts';
import { absoluta, EDITOR, LICENCIA, TITULO_CONJUNTO, type Publicacion } from './publicacion.ts';
import { TABLAS, type Columna, type Tabla } from './tablas.ts';

/** One CSV download as served: its text and what the /datos/ page and the Data Package say about it. */
export interface ArchivoCsv {
  tabla: Tabla;
  texto: string;
  filas: number;
  bytes: number;
  sha256: string;
}

export function bytesDe(texto: string): number {
  return Buffer.byteLength(texto, 'utf8');
}

/** Serializes every table once; the endpoints, the Data Package and the /datos/ page all read from this. */
export function archivosCsv(indice: Indice, pub: Publicacion): ArchivoCsv[] {
  return TABLAS.map((tabla) => {
    const filas = tabla.filas(indice, pub);
    const texto = aCsv(tabla, filas);
    return { tabla, texto, filas: filas.length, bytes: bytesDe(texto), sha256: createHash('sha256').update(texto, 'utf8').digest('hex') };
  });
}

function campo(c: Columna): Record<string, unknown> {
  const restricciones: Record<string, unknown> = {};
  if (c.obligatorio) restricciones.required = true;
  if (c.valores) restricciones.enum = c.valores.map((v) => v.valor);
  if (c.patron) restricciones.pattern = c.patron;
  if (c.minimo !== undefined) restricciones.minimum = c.minimo;
  if (c.maximo !== undefined) restricciones.maximum = c.maximo;
  return {
    name: c.nombre,
    type: c.tipo,
    ...(c.tipo === 'date' ? { format: 'default' } : {}),
    ...(c.tipo === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    description: c.descripcion,
    ...(Object.keys(restricciones).length > 0 ? { constraints: restricciones } : {}),
  };
}

/**
 * A Frictionless Tabular Data Package (v1) describing every CSV: field types, Spanish descriptions,
 * enum constraints, primary and foreign keys, licence, publisher, cut-off and build dates.
 */
export function paqueteDeDatos(indice: Indice, pub: Publicacion, archivos: readonly ArchivoCsv[]): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'convenios-abiertos',
    title: TITULO_CONJUNTO,
    description:
      'Convenios para la Mejora del Desempeño y Resultados Gubernamentales, los aspectos susceptibles de mejora (ASM) que cada ente evaluado se comprometió a atender y su seguimiento, con el estado de cada compromiso a la fecha de corte.',
    homepage: absoluta(pub, pub.rutas.datos),
    language: 'es-MX',
    keywords: [
      'convenios',
      'aspectos susceptibles de mejora',
      'ASM',
      'evaluación del desempeño',
      'programas presupuestarios',
      'PAE',
      'México',
    ],
    licenses: [{ path: LICENCIA.url, title: LICENCIA.titulo }],
    contributors: [{ title: EDITOR, role: 'publisher', path: absoluta(pub, pub.rutas.inicio) }],
    created: pub.construido.toISOString(),
    fecha_corte: indice.corte,
    resources: archivos.map(({ tabla, bytes, sha256 }) => ({
      profile: 'tabular-data-resource',
      name: tabla.nombre,
      path: tabla.archivo,
      title: tabla.titulo,
      description: tabla.descripcion,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes,
      hash: `sha256:${sha256}`,
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: tabla.columnas.map(campo),
        missingValues: [''],
        primaryKey: tabla.clavePrimaria,
        foreignKeys: tabla.clavesForaneas.map((k) => ({ fields: k.campos, reference: { resource: k.recurso, fields: k.camposReferidos } })),
      },
    })),
  };
}
