import { stringify } from 'csv-stringify/sync';
import type { Fila, Tabla } from './tablas.ts';

/**
 * CSV as the Mexican open-data guide asks: UTF-8 with a byte-order mark (Excel in Spanish opens it right),
 * comma-separated, RFC 4180 quoting and CRLF line ends, ISO 8601 dates, numbers as numbers, empty for missing.
 */
export function aCsv(tabla: Tabla, filas: readonly Fila[]): string {
  return stringify(filas as Fila[], {
    bom: true,
    header: true,
    columns: tabla.columnas.map((c) => c.nombre),
    delimiter: ',',
    record_delimiter: 'windows',
    quoted_match: /\n|\r/,
    cast: { boolean: (v) => (v ? 'true' : 'false') },
  });
}
