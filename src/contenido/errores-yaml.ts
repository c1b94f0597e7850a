import type { ErrorCode } from 'yaml';

// The yaml library explains syntax errors in English; editors get them in Spanish.
const MENSAJES: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'este campo aparece dos veces (se esperaba cada campo una sola vez)',
  MISSING_CHAR: 'falta cerrar unas comillas, un corchete o una llave',
  BAD_INDENT: 'la sangría no cuadra (se esperaban espacios alineados con los campos del mismo nivel)',
  TAB_AS_INDENT: 'hay un tabulador en la sangría (se esperaban sólo espacios)',
  BLOCK_IN_FLOW: 'una lista entre corchetes no se cerró o está mal sangrada (se esperaba «]» al final)',
  MULTILINE_IMPLICIT_KEY:
    'un campo ocupa varias líneas (se esperaban comillas alrededor de un texto largo, o «>» para un texto en varias líneas)',
  BLOCK_AS_IMPLICIT_KEY:
    'un campo ocupa varias líneas (se esperaban comillas alrededor de un texto largo, o «>» para un texto en varias líneas)',
  UNEXPECTED_TOKEN: 'hay un carácter inesperado (si el texto lleva «:» o «#», póngalo entre comillas)',
  BAD_SCALAR_START: 'un texto empieza con un carácter reservado (se esperaba el texto entre comillas)',
  BAD_DQ_ESCAPE: 'una secuencia con «\\» no es válida dentro de comillas dobles (use comillas simples)',
  MULTIPLE_DOCS: 'hay más de un documento YAML (se esperaba uno solo, sin «---» intermedios)',
  KEY_OVER_1024_CHARS: 'el nombre de un campo es demasiado largo (¿falta «:» después del nombre?)',
};

export function explicarErrorYaml(codigo: ErrorCode): string {
  return MENSAJES[codigo] ?? 'el YAML no se puede leer en esta línea (revise comillas, sangría y los dos puntos después de cada campo)';
}
