import mammoth from 'mammoth';
import iconv from 'iconv-lite';
import { extractTextItems } from 'unpdf';
import { documentoDePdf, piezasDePdfjs } from '../lib/importador/documento-pdf.ts';
import { franjasDeNumeros, type Pieza } from '../lib/importador/posiciones.ts';
import { textoDeHtmlWord } from '../lib/importador/word.ts';
import { buscarHerramientas, leerEscaneo, leerNumeros, PAQUETES_OCR, type PaginaOcr } from './ocr-fs.ts';

export type Formato = 'texto' | 'docx' | 'pdf' | 'escaneo';

export interface Ocr {
  /** 1-based pages read by OCR. */
  paginas: number[];
  palabras: number;
  /** Words below the confidence threshold (marked «⟦…⟧» in the text). */
  dudosas: number;
  /** Pages where the OCR read almost nothing or with low confidence. */
  paginasIlegibles: number[];
}

export type TextoExtraido =
  | {
      ok: true;
      texto: string;
      formato: Formato;
      aviso?: string;
      /** Where each line came from (index = line - 1): «página 2, línea 7», «tabla 1, fila 3». */
      donde?: (string | undefined)[];
      /** Running headers and footers left out of a PDF. */
      omitidas?: string[];
      /** Header rows of the tables found when none is the commitments table. */
      tablasVistas?: string[];
      ocr?: Ocr;
    }
  | { ok: false; mensaje: string };

export interface OpcionesExtraccion {
  /** PATH and the rest, to find tesseract and pdftoppm. */
  entorno?: Record<string, string | undefined>;
}

/** What the file is, by its first bytes first (a renamed file still reads), then by its extension. */
export function formatoDe(nombre: string, datos: Uint8Array): Formato | 'binario' | 'doc' {
  const cabeza = Buffer.from(datos.subarray(0, 8));
  if (cabeza.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (cabeza[0] === 0x50 && cabeza[1] === 0x4b && cabeza[2] === 0x03 && cabeza[3] === 0x04) return 'docx';
  if (cabeza.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'doc';
  const muestra = datos.subarray(0, 8192);
  const control = muestra.filter((b) => b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12)).length;
  if (muestra.length > 0 && (muestra.includes(0) || control / muestra.length > 0.02)) return 'binario';
  if (/\.(pdf|docx)$/i.test(nombre)) return 'binario';
  return 'texto';
}

/** Text in UTF-8, or in Windows-1252 when it is not valid UTF-8 (old Word exports). */
function decodificar(datos: Uint8Array): { texto: string; aviso?: string } {
  try {
    return { texto: new TextDecoder('utf-8', { fatal: true }).decode(datos).replace(/^\uFEFF/, '') };
  } catch {
    return { texto: iconv.decode(Buffer.from(datos), 'win1252'), aviso: 'el archivo no estaba en UTF-8; se leyó como Windows-1252' };
  }
}

const ZIP = (d: Uint8Array) => d[0] === 0x50 && d[1] === 0x4b && d[2] === 0x03 && d[3] === 0x04;

/** What a ZIP container holds: a Word document, a spreadsheet, or something else. */
function tipoDeZip(datos: Uint8Array): 'docx' | 'hoja' | 'otro' {
  const cabeza = Buffer.from(datos.subarray(0, Math.min(datos.length, 4096))).toString('latin1');
  const todo = datos.length < 5_000_000 ? Buffer.from(datos).toString('latin1') : cabeza;
  if (/word\/document\.xml/.test(todo)) return 'docx';
  if (/xl\/workbook\.xml|application\/vnd\.oasis\.opendocument\.spreadsheet/.test(todo)) return 'hoja';
  return 'otro';
}

/** Image files by their first bytes: PNG, JPEG, TIFF, GIF, BMP, WebP. */
function esImagen(d: Uint8Array): boolean {
  const b = Buffer.from(d.subarray(0, 12));
  return (
    b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ||
    (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) ||
    b.subarray(0, 4).toString('latin1') === 'II*\0' ||
    b.subarray(0, 4).toString('latin1') === 'MM\0*' ||
    b.subarray(0, 4).toString('latin1') === 'GIF8' ||
    b.subarray(0, 2).toString('latin1') === 'BM' ||
    (b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP')
  );
}

function unirLineas(lineas: string[]): string {
  return lineas.length === 0 ? '' : `${lineas.join('\n')}\n`;
}

async function leerDocx(datos: Uint8Array): Promise<TextoExtraido> {
  try {
    const r = await mammoth.convertToHtml({ buffer: Buffer.from(datos) }, { ignoreEmptyParagraphs: false });
    const { lineas, donde, tablasVistas } = textoDeHtmlWord(r.value);
    return { ok: true, texto: unirLineas(lineas), formato: 'docx', donde, tablasVistas };
  } catch {
    return { ok: false, mensaje: 'el archivo parece un .docx pero no se pudo abrir (¿está dañado o protegido con contraseña?)' };
  }
}

/** A page is a scan when it has no text layer (or only a few stray characters). */
const esPaginaEscaneada = (items: { str: string }[]) =>
  items
    .map((e) => e.str)
    .join('')
    .replace(/\s+/g, '').length < 20;

async function leerPdf(datos: Uint8Array, opciones: OpcionesExtraccion): Promise<TextoExtraido> {
  let items: Awaited<ReturnType<typeof extractTextItems>>['items'];
  try {
    ({ items } = await extractTextItems(new Uint8Array(datos)));
  } catch (e) {
    const protegido = /password/i.test(e instanceof Error ? `${e.name} ${e.message}` : '');
    return {
      ok: false,
      mensaje: protegido
        ? 'el PDF está protegido con contraseña; pida al ente una copia sin contraseña o el archivo de Word'
        : 'el archivo parece un PDF pero no se pudo leer (¿está dañado?)',
    };
  }
  const escaneadas = items.map((it, i) => (esPaginaEscaneada(it) ? i : -1)).filter((i) => i >= 0);
  let ocr: PaginaOcr[] = [];
  if (escaneadas.length > 0) {
    const h = await buscarHerramientas(opciones.entorno);
    if (!h.ok) {
      const todas = escaneadas.length === items.length;
      return {
        ok: false,
        mensaje: `${todas ? 'el PDF es un escaneo (no tiene texto que se pueda copiar)' : `las páginas ${escaneadas.map((i) => i + 1).join(', ')} del PDF son escaneos`} y para leerlo con reconocimiento de texto (OCR) falta ${h.faltan}. Instálelo con «apt-get install ${PAQUETES_OCR}» (Debian o Ubuntu) y vuelva a importar, o use el archivo de Word`,
      };
    }
    try {
      ocr = await leerEscaneo(h.h, datos, escaneadas);
    } catch (e) {
      return { ok: false, mensaje: `no se pudo leer el escaneo con OCR (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
    }
  }
  const paginas: Pieza[][] = items.map((it, i) =>
    escaneadas.includes(i) ? (ocr.find((p) => p.pagina === i)?.piezas ?? []) : piezasDePdfjs(it, i),
  );
  let doc = documentoDePdf(paginas);
  const h = ocr.length > 0 ? await buscarHerramientas(opciones.entorno) : undefined;
  if (doc.tabla && h?.ok) {
    // Numbers the page's OCR missed, read again from their cell alone; then the table once more.
    const franjas = franjasDeNumeros(doc.tabla).filter((f) => escaneadas.includes(f.pagina));
    const numeros = await leerNumeros(h.h, datos, franjas, ocr).catch(() => []);
    if (numeros.length > 0) {
      for (const f of franjas) {
        // A number the page's OCR read inside the strip gives way to the strip's reading of the same line.
        const dentro = (p: Pieza) => p.x0 >= f.x0 - 1 && p.x1 <= f.x1 + 1 && p.y <= f.arriba && p.y >= f.abajo;
        // A digit read where the page has words (the «Fecha comprometida» label) is the whitelist forcing letters into digits.
        const palabras = paginas[f.pagina]!.filter((p) => dentro(p) && /\p{L}/u.test(p.texto));
        const suyos = numeros.filter(
          (n) => n.pagina === f.pagina && !palabras.some((p) => Math.abs(p.y - n.y) < Math.max(p.alto, n.alto) * 0.6),
        );
        const mismaLinea = (p: Pieza) => suyos.some((n) => Math.abs(p.y - n.y) < Math.max(p.alto, n.alto) * 0.6);
        paginas[f.pagina] = [...paginas[f.pagina]!.filter((p) => !dentro(p) || !/^⟦?[\d.|]+⟧?$/.test(p.texto) || !mismaLinea(p)), ...suyos];
      }
      doc = documentoDePdf(paginas);
    }
  }
  const texto = unirLineas(doc.lineas);
  if (texto.replace(/[⟦⟧\s]/g, '') === '') {
    return {
      ok: false,
      mensaje:
        escaneadas.length > 0
          ? 'el PDF es un escaneo y el reconocimiento de texto (OCR) no encontró texto legible'
          : 'el PDF no tiene texto',
    };
  }
  const resultado: TextoExtraido = {
    ok: true,
    texto,
    formato: escaneadas.length > 0 ? 'escaneo' : 'pdf',
    donde: doc.donde,
    omitidas: doc.omitidas,
    tablasVistas: doc.tablasVistas,
  };
  if (ocr.length > 0) {
    resultado.ocr = {
      paginas: ocr.map((p) => p.pagina + 1),
      palabras: ocr.reduce((s, p) => s + p.palabras, 0),
      dudosas: ocr.reduce((s, p) => s + p.dudosas, 0),
      paginasIlegibles: ocr.filter((p) => p.palabras < 15 || p.confianzaMedia < 70).map((p) => p.pagina + 1),
    };
  }
  return resultado;
}

/**
 * The convenio's text from a .txt, .md, .docx or .pdf file. Word paragraphs become lines and the
 * commitments table a Markdown table; a PDF is read from its positioned text (and a scanned page
 * by OCR), its table by columns. Never throws: a file it cannot read is one Spanish sentence.
 */
export async function extraerTexto(nombre: string, datos: Uint8Array, opciones: OpcionesExtraccion = {}): Promise<TextoExtraido> {
  if (datos.length === 0) return { ok: false, mensaje: 'el archivo está vacío' };
  if (esImagen(datos)) {
    return {
      ok: false,
      mensaje:
        'es una imagen, no un documento; si es la foto o el escaneo del convenio, únalo en un PDF (por ejemplo con «img2pdf pagina-*.png -o convenio.pdf») e importe el PDF',
    };
  }
  if (ZIP(datos)) {
    const tipo = tipoDeZip(datos);
    if (tipo === 'hoja')
      return { ok: false, mensaje: 'es una hoja de cálculo (.xlsx u .ods), no un convenio; importe el convenio firmado en PDF o Word' };
    if (tipo === 'otro' && !/\.docx$/i.test(nombre))
      return { ok: false, mensaje: 'es un archivo comprimido que no es un documento de Word (.docx)' };
  }
  const formato = formatoDe(nombre, datos);
  if (formato === 'doc')
    return {
      ok: false,
      mensaje:
        'es un documento de Word antiguo (.doc) o un archivo de Office protegido con contraseña; ábralo en Word o LibreOffice y guárdelo como .docx o PDF sin contraseña',
    };
  if (formato === 'binario')
    return { ok: false, mensaje: 'no es un documento de texto, Word (.docx) ni PDF: parece un archivo binario de otro tipo' };
  if (formato === 'texto') {
    const { texto, aviso } = decodificar(datos);
    return { ok: true, texto, formato, aviso };
  }
  if (formato === 'docx') return leerDocx(datos);
  return leerPdf(datos, opciones);
}
