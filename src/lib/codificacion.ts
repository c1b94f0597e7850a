// Content files must be UTF-8. Offices edit them with whatever editor they have, and some save
// Windows-1252 ("ANSI"), UTF-16 ("Unicode") or hand over a PDF by mistake. Reading those as UTF-8
// would publish "Desempe�o" without a word, so each case is refused with a message that says which
// encoding the file seems to be in and how to fix it. Pure: bytes in, text or a problem out.

/** The file's text, or why it cannot be read as text, with the first line that shows it where there is one. */
export type Decodificado = { ok: true; texto: string } | { ok: false; linea?: number; mensaje: string };

const GUARDAR = 'ábralo en su editor y guárdelo con la codificación «UTF-8»';

/** Files that are not text at all, by their first bytes. */
const FIRMAS: { bytes: number[]; que: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], que: 'un PDF' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], que: 'un archivo comprimido (Word .docx, Excel .xlsx o ZIP)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], que: 'un documento de Office antiguo (.doc o .xls)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], que: 'una imagen PNG' },
  { bytes: [0xff, 0xd8, 0xff], que: 'una imagen JPEG' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], que: 'un documento RTF' },
];

const empiezaCon = (b: Uint8Array, firma: number[]) => firma.every((x, i) => b[i] === x);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

/** Up to 60 characters of a line around position `i`, for a message. */
function fragmento(linea: string, i: number): string {
  if (linea.trim().length <= 60) return linea.trim();
  const inicio = Math.max(0, i - 30);
  const fin = Math.min(linea.length, inicio + 60);
  return `${inicio > 0 ? '…' : ''}${linea.slice(inicio, fin).trim()}${fin < linea.length ? '…' : ''}`;
}

/** Two or more NULs at alternating positions in the first bytes: UTF-16 saved without its byte order mark. */
function pareceUtf16SinBom(b: Uint8Array): boolean {
  const n = Math.min(b.length, 200);
  let pares = 0;
  let impares = 0;
  for (let i = 0; i < n; i++) {
    if (b[i] === 0) {
      if (i % 2 === 0) pares++;
      else impares++;
    }
  }
  const mitad = Math.floor(n / 2);
  return mitad > 0 && (pares >= mitad * 0.3 || impares >= mitad * 0.3) && Math.min(pares, impares) <= Math.max(pares, impares) * 0.1;
}

/**
 * Decodes a content file. UTF-8 is the only accepted encoding; a leading UTF-8 byte order mark
 * (what Windows Notepad writes) is accepted silently and removed. Refused, with a message:
 * an empty file, a binary file (PDF, Word, image…), UTF-16 with or without its mark, bytes that
 * are not UTF-8 (usually Windows-1252 / Latin-1: the message shows the first such line as it
 * would read in Windows-1252) and text that already holds U+FFFD, the mark left behind when some
 * program read the file in the wrong encoding and lost the original letters.
 */
export function decodificarContenido(bytes: Uint8Array): Decodificado {
  if (bytes.length === 0) {
    return { ok: false, linea: 1, mensaje: 'el archivo está vacío (se esperaban los datos en texto; si sobra, bórrelo)' };
  }
  const firma = FIRMAS.find((f) => empiezaCon(bytes, f.bytes));
  if (firma) {
    return {
      ok: false,
      mensaje: `el archivo no es texto: es ${firma.que} (se esperaba texto UTF-8 con los datos; los documentos fuente van en content/documentos/)`,
    };
  }
  if (empiezaCon(bytes, [0xff, 0xfe]) || empiezaCon(bytes, [0xfe, 0xff]) || pareceUtf16SinBom(bytes)) {
    return { ok: false, linea: 1, mensaje: `el archivo está guardado como UTF-16 («Unicode») (se esperaba UTF-8: ${GUARDAR})` };
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      mensaje: 'el archivo no es texto: tiene bytes nulos, como un archivo binario (se esperaba texto UTF-8 con los datos)',
    };
  }
  const sinBom = empiezaCon(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  let texto: string;
  try {
    texto = utf8.decode(sinBom);
  } catch {
    // A UTF-8 sequence never contains a line feed byte, so the first line that fails on its own is the first bad one.
    let inicio = 0;
    for (let n = 1; ; n++) {
      let fin = sinBom.indexOf(0x0a, inicio);
      if (fin < 0) fin = sinBom.length;
      const linea = sinBom.subarray(inicio, fin);
      try {
        utf8.decode(linea);
      } catch {
        const leida = windows1252.decode(linea).replace(/\r$/, '');
        const i = leida.search(/[\u0080-\uFFFF]/);
        return {
          ok: false,
          linea: n,
          mensaje: `el archivo no está guardado como UTF-8; parece Windows-1252 o Latin-1 («ANSI»), y en esa codificación esta línea dice «${fragmento(leida, Math.max(0, i))}» (se esperaba UTF-8: ${GUARDAR})`,
        };
      }
      if (fin >= sinBom.length) break;
      inicio = fin + 1;
    }
    return { ok: false, mensaje: `el archivo no está guardado como UTF-8 (se esperaba UTF-8: ${GUARDAR})` };
  }
  if (texto.trim() === '') {
    return { ok: false, linea: 1, mensaje: 'el archivo está vacío (se esperaban los datos en texto; si sobra, bórrelo)' };
  }
  const reemplazo = texto.indexOf('\uFFFD');
  if (reemplazo >= 0) {
    const antes = texto.slice(0, reemplazo);
    const n = antes.split('\n').length;
    const linea = texto.split('\n')[n - 1]!.replace(/\r$/, '');
    const i = reemplazo - (antes.lastIndexOf('\n') + 1);
    return {
      ok: false,
      linea: n,
      mensaje: `el carácter de reemplazo «\uFFFD» en «${fragmento(linea, i)}»: alguna letra se perdió al abrir o guardar el archivo con otra codificación (se esperaba la letra original, p. ej. «ñ» o «é»: escríbala de nuevo y guarde el archivo como UTF-8)`,
    };
  }
  return { ok: true, texto };
}
