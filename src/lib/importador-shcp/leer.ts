/**
 * Reading the SHCP's ASM open-data file: its encoding (the published file is Windows-1252; copies saved by
 * other tools are UTF-8, with or without BOM) and its CSV rows, each with the line it starts on.
 */
import { parse, type Options } from 'csv-parse/sync';
import iconv from 'iconv-lite';

export type Codificacion = 'utf-8' | 'windows-1252';

export interface Decodificado {
  texto: string;
  codificacion: Codificacion;
  /** How it was decided, in Spanish, for the summary. */
  motivo: string;
}

const utf8Estricto = new TextDecoder('utf-8', { fatal: true });

function esUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Estricto.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The first line (1-based) holding a byte sequence that is not valid UTF-8. */
function primeraLineaInvalida(bytes: Uint8Array): number {
  let inicio = 0;
  let linea = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (!esUtf8(bytes.subarray(inicio, i))) return linea;
      inicio = i + 1;
      linea++;
    }
  }
  return linea;
}

/**
 * UTF-8 with a BOM is UTF-8. Without one, a file that is valid UTF-8 is read as UTF-8 (Windows-1252 Spanish text
 * is practically never valid UTF-8: every accented letter is a lone byte ≥ 0x80), and anything else as Windows-1252.
 */
export function decodificar(bytes: Uint8Array, forzar?: Codificacion): Decodificado {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (forzar === 'windows-1252')
    return { texto: iconv.decode(Buffer.from(bytes), 'win1252'), codificacion: 'windows-1252', motivo: 'indicada con --codificacion' };
  if (forzar === 'utf-8')
    return {
      texto: new TextDecoder('utf-8').decode(bom ? bytes.subarray(3) : bytes),
      codificacion: 'utf-8',
      motivo: 'indicada con --codificacion',
    };
  if (bom)
    return {
      texto: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      codificacion: 'utf-8',
      motivo: 'empieza con la marca de orden de bytes (BOM) de UTF-8',
    };
  if (esUtf8(bytes)) {
    const ascii = bytes.every((b) => b < 0x80);
    return {
      texto: utf8Estricto.decode(bytes),
      codificacion: 'utf-8',
      motivo: ascii ? 'sólo tiene caracteres ASCII' : 'es UTF-8 válido, sin BOM',
    };
  }
  return {
    texto: iconv.decode(Buffer.from(bytes), 'win1252'),
    codificacion: 'windows-1252',
    motivo: `no es UTF-8 válido (la primera secuencia inválida está en la línea ${primeraLineaInvalida(bytes)})`,
  };
}

export interface Renglon {
  /** Line of the file where the record starts (the header is line 1). */
  linea: number;
  valores: string[];
}

export interface Tabla {
  /** Header names as written (some carry a trailing space in the published file). */
  encabezados: string[];
  renglones: Renglon[];
  /** A quote left open swallows the rest of the file: what was read before it is kept, the rest reported. */
  errorDeFormato?: { linea: number; mensaje: string };
}

/** The delimiter of the header line: the published file uses commas; a spreadsheet in Spanish may save semicolons. */
function delimitador(texto: string): ',' | ';' {
  const primera = texto.slice(0, texto.search(/\r?\n|$/));
  return (primera.match(/;/g)?.length ?? 0) > (primera.match(/,/g)?.length ?? 0) ? ';' : ',';
}

interface Info {
  lines: number;
  empty_lines: number;
}

/** Every record of the file with its starting line; records of the wrong length are kept for the mapper to report. */
export function leerCsv(texto: string): Tabla {
  const registros: { record: string[]; info: Info }[] = [];
  let errorDeFormato: Tabla['errorDeFormato'];
  try {
    parse(texto, {
      delimiter: delimitador(texto),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      // With `info`, each record arrives wrapped with its position; keep it as it comes, even if a later line breaks the parse.
      on_record: (r: unknown) => {
        const { record, info } = r as { record: string[]; info: Info };
        registros.push({ record, info: { lines: info.lines, empty_lines: info.empty_lines } });
        return null;
      },
    } satisfies Options);
  } catch (e) {
    const { lines: linea, code: codigo } = e as { lines?: number; code?: string };
    const desde = (registros.at(-1)?.info.lines ?? 0) + 1;
    const hasta = linea && linea > desde ? ` a la ${linea}` : '';
    errorDeFormato = {
      linea: desde,
      mensaje:
        codigo === 'CSV_QUOTE_NOT_CLOSED'
          ? `de la línea ${desde}${hasta} no se puede leer: unas comillas se abren y no se cierran (se esperaba cada campo entre comillas cerrado en su renglón)`
          : `de la línea ${desde}${hasta} no se puede leer como CSV (${codigo ?? 'error de formato'})`,
    };
  }
  // csv-parse reports the line a record ends on; the next one starts after it and any empty lines skipped.
  const renglones: Renglon[] = [];
  let fin = 0;
  let vacias = 0;
  for (const { record, info } of registros) {
    renglones.push({ linea: fin + 1 + (info.empty_lines - vacias), valores: record });
    fin = info.lines;
    vacias = info.empty_lines;
  }
  const [cabecera, ...datos] = renglones;
  return { encabezados: cabecera?.valores ?? [], renglones: datos, ...(errorDeFormato ? { errorDeFormato } : {}) };
}
