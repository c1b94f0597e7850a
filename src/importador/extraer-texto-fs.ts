import mammoth from 'mammoth';
import iconv from 'iconv-lite';
import { extractTextItems } from 'unpdf';
import { textoDePdf } from '../lib/importador/pdf.ts';

export type Formato = 'texto' | 'docx' | 'pdf';

export type TextoExtraido = { ok: true; texto: string; formato: Formato; aviso?: string } | { ok: false; mensaje: string };

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

/**
 * The convenio's text from a .txt, .md, .docx or .pdf file. Word paragraphs become lines
 * (mammoth separates them with a blank line); PDF lines are rebuilt from glyph positions.
 */
export async function extraerTexto(nombre: string, datos: Uint8Array): Promise<TextoExtraido> {
  if (datos.length === 0) return { ok: false, mensaje: 'el archivo está vacío' };
  const formato = formatoDe(nombre, datos);
  if (formato === 'doc') return { ok: false, mensaje: 'es un documento de Word antiguo (.doc); ábralo en Word o LibreOffice y guárdelo como .docx o PDF' };
  if (formato === 'binario') return { ok: false, mensaje: 'no es un documento de texto, Word (.docx) ni PDF: parece un archivo binario de otro tipo' };
  if (formato === 'texto') {
    const { texto, aviso } = decodificar(datos);
    return { ok: true, texto, formato, aviso };
  }
  if (formato === 'docx') {
    try {
      const r = await mammoth.extractRawText({ buffer: Buffer.from(datos) });
      const parrafos = r.value.split('\n\n');
      while (parrafos.length > 0 && parrafos.at(-1) === '') parrafos.pop();
      return { ok: true, texto: `${parrafos.join('\n')}\n`, formato };
    } catch {
      return { ok: false, mensaje: 'el archivo parece un .docx pero no se pudo abrir (¿está dañado o protegido con contraseña?)' };
    }
  }
  try {
    const { items } = await extractTextItems(new Uint8Array(datos));
    const texto = textoDePdf(items);
    if (texto.trim() === '') {
      return { ok: false, mensaje: 'el PDF no tiene texto que se pueda copiar (¿es un escaneo?); pase el documento por reconocimiento de texto (OCR) o use el archivo de Word' };
    }
    return { ok: true, texto, formato };
  } catch {
    return { ok: false, mensaje: 'el archivo parece un PDF pero no se pudo leer (¿está dañado o protegido con contraseña?)' };
  }
}
