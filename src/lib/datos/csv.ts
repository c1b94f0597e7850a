import { stringify } from 'csv-stringify/sync';
import type { Fila, Tabla } from './tablas.ts';

const opciones = (tabla: Tabla) =>
  ({
    columns: tabla.columnas.map((c) => c.nombre),
    delimiter: ',',
    record_delimiter: 'windows',
    quoted_match: /\n|\r/,
    cast: { boolean: (v: boolean) => (v ? 'true' : 'false') },
  }) as const;

/**
 * CSV as the Mexican open-data guide asks: UTF-8 with a byte-order mark (Excel in Spanish opens it right),
 * comma-separated, RFC 4180 quoting and CRLF line ends, ISO 8601 dates, numbers as numbers, empty for missing.
 */
export function aCsv(tabla: Tabla, filas: readonly Fila[]): string {
  return stringify(filas as Fila[], { ...opciones(tabla), bom: true, header: true });
}

/** Some rows of aCsv without its mark and header: cabecera + these, in order, is aCsv of all those rows. */
export function renglonesCsv(tabla: Tabla, filas: readonly Fila[]): string {
  return stringify(filas as Fila[], { ...opciones(tabla), bom: false, header: false });
}
