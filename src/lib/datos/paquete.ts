import { createHash } from 'node:crypto';
import type { ConvenioCalculado, Indice } from '../indice.ts';
import { bytesDePieza, comoTexto, sinRecordar, type Pieza, type Recordar } from '../reconstruccion.ts';
import { aCsv, renglonesCsv } from './csv.ts';
import { archivoDeParte, claveDeAnio, DIRECTORIO_POR_ANIO, partesPorAnio } from './por-anio.ts';
import { absoluta, EDITOR, LICENCIA, TITULO_CONJUNTO, type Publicacion } from './publicacion.ts';
import { TABLAS, type Columna, type Tabla } from './tablas.ts';

/** A file as pieces to write in order, measured without joining them (joining would be one more copy of it). */
export interface Trozos {
  trozos: readonly Pieza[];
  bytes: number;
  sha256: string;
}

export function bytesDe(texto: string): number {
  return Buffer.byteLength(texto, 'utf8');
}

export function medirTrozos(trozos: readonly Pieza[]): Trozos {
  const huella = createHash('sha256');
  let bytes = 0;
  for (const t of trozos) {
    huella.update(t);
    bytes += bytesDePieza(t);
  }
  return { trozos, bytes, sha256: huella.digest('hex') };
}

/** One year's part of a split table: the same columns, only the rows of that year's documents. */
export interface ParteCsv extends Trozos {
  anio?: number;
  clave: string;
  archivo: string;
  filas: number;
}

/** One CSV download as served: its text and what the /datos/ page and the Data Package say about it. */
export interface ArchivoCsv extends Trozos {
  tabla: Tabla;
  filas: number;
  /** The tables that grow with the documents, split by year (years newest first, then the documents without one). */
  porAnio?: ParteCsv[];
}

/** One document's rows of a table, serialized once for the whole file and for its year's. */
interface Tramo {
  documento: string;
  texto: Pieza;
  filas: number;
}

/** A document's rows as `recordar` keeps them: their number, a line break, then their CSV text. */
function tramoDe(
  tabla: Tabla,
  porDocumento: NonNullable<Tabla['porDocumento']>,
  c: ConvenioCalculado,
  indice: Indice,
  pub: Publicacion,
  recordar: Recordar,
): Tramo {
  const guardado = recordar(`csv-${tabla.nombre}`, c, () => {
    const filas = porDocumento.filas(c, indice, pub);
    return `${filas.length}\n${renglonesCsv(tabla, filas)}`;
  });
  // The count is a few ASCII digits: as text or as bytes, the line break is at the same index.
  const corte = typeof guardado === 'string' ? guardado.indexOf('\n') : guardado.indexOf(0x0a);
  const filas = Number(comoTexto(guardado.slice(0, corte)));
  const texto = typeof guardado === 'string' ? guardado.slice(corte + 1) : guardado.subarray(corte + 1);
  return { documento: c.id, filas, texto };
}

/**
 * Serializes every table once; the endpoints, the Data Package and the /datos/ page all read from this. The tables
 * that grow with the documents are serialized one document at a time (through `recordar`, which may give a
 * document's rows as the last build made them), and the whole file and each year's share those pieces, in the whole
 * file's order.
 */
export function archivosCsv(indice: Indice, pub: Publicacion, recordar: Recordar = sinRecordar): ArchivoCsv[] {
  return TABLAS.map((tabla) => {
    const { porDocumento } = tabla;
    if (porDocumento === undefined) {
      const filas = tabla.filas(indice, pub);
      return { tabla, filas: filas.length, ...medirTrozos([aCsv(tabla, filas)]) };
    }
    const cabecera = aCsv(tabla, []);
    const lista = indice.convenios.map((c) => tramoDe(tabla, porDocumento, c, indice, pub, recordar));
    const clave = new Map(indice.convenios.map((c) => [c.id, claveDeAnio(c.anio)]));
    const porAnio = partesPorAnio(indice.convenios).map((p) => {
      const suyos = lista.filter((t) => clave.get(t.documento) === p.clave);
      return {
        ...(p.anio === undefined ? {} : { anio: p.anio }),
        clave: p.clave,
        archivo: archivoDeParte(tabla.nombre, p.clave, 'csv'),
        filas: suyos.reduce((n, t) => n + t.filas, 0),
        ...medirTrozos([cabecera, ...suyos.map((t) => t.texto)]),
      };
    });
    const filas = lista.reduce((n, t) => n + t.filas, 0);
    return { tabla, filas, ...medirTrozos([cabecera, ...lista.map((t) => t.texto)]), porAnio };
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
    resources: archivos.map(({ tabla, bytes, sha256, porAnio }) => ({
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
      // The year files hold the same rows again, so they are listed here rather than as resources of their own:
      // a tool that loads every resource of the package would otherwise load each row twice.
      ...(porAnio
        ? {
            por_anio: porAnio.map((p) => ({
              anio: p.anio ?? null,
              path: `${DIRECTORIO_POR_ANIO}/${p.archivo}`,
              bytes: p.bytes,
              hash: `sha256:${p.sha256}`,
              filas: p.filas,
            })),
          }
        : {}),
    })),
  };
}
