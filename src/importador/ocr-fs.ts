import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { FranjaDeNumeros, Pieza } from '../lib/importador/posiciones.ts';

const ejecutar = promisify(execFile);

/** The Debian packages the OCR needs, as the message names them. */
export const PAQUETES_OCR = 'tesseract-ocr tesseract-ocr-spa poppler-utils';

/** A word the OCR read with less confidence than this is marked as unsure («⟦…⟧») and never used as a value. */
export const CONFIANZA_MINIMA = 65;

/**
 * Readings that are usually OCR slips even with good confidence: an asterisk or a stray symbol
 * inside a word («02*» for «02ª»), or a capital «O»/«Y» alone next to lowercase words (the
 * conjunction «o», «y»). They are marked unsure too, so the value is listed instead of guessed.
 */
function sospechosa(texto: string, conf: number, previa: string | undefined, siguiente: string | undefined): boolean {
  if (/[*¢©€%§¶~^]/.test(texto)) return true;
  // Straight and curly quotes look alike to the OCR: a quoted word needs more confidence.
  if (/["“”'‘’«»]/.test(texto) && conf < 85) return true;
  // «PbRMO8b»: a letter O (or l, I) against a digit is usually a misread zero (or one).
  if (/[OlI]\d|\d[OlI]/.test(texto)) return true;
  return (
    /^[OY]$/.test(texto) &&
    ((previa !== undefined && /\p{Ll}[,;]?$/u.test(previa)) || (siguiente !== undefined && /^\p{Ll}/u.test(siguiente)))
  );
}

export interface Herramientas {
  tesseract: string;
  pdftoppm: string;
  pdfimages?: string;
}

function enPath(nombre: string, entorno: Record<string, string | undefined>): string | undefined {
  for (const dir of (entorno.PATH ?? '').split(delimiter).filter(Boolean)) {
    const ruta = join(dir, nombre);
    try {
      accessSync(ruta, constants.X_OK);
      return ruta;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** tesseract, its Spanish data and pdftoppm, looked up in PATH; or what is missing. */
export async function buscarHerramientas(
  entorno: Record<string, string | undefined> = process.env,
): Promise<{ ok: true; h: Herramientas } | { ok: false; faltan: string }> {
  const tesseract = enPath('tesseract', entorno);
  const pdftoppm = enPath('pdftoppm', entorno);
  if (!tesseract || !pdftoppm)
    return { ok: false, faltan: [!tesseract && 'tesseract', !pdftoppm && 'pdftoppm'].filter(Boolean).join(' ni ') };
  try {
    const { stdout, stderr } = await ejecutar(tesseract, ['--list-langs'], { env: { ...entorno } });
    if (!/^spa$/m.test(`${stdout}\n${stderr}`)) return { ok: false, faltan: 'el idioma español de tesseract (tesseract-ocr-spa)' };
  } catch {
    return { ok: false, faltan: 'tesseract (no se pudo ejecutar)' };
  }
  return { ok: true, h: { tesseract, pdftoppm, pdfimages: enPath('pdfimages', entorno) } };
}

/** The resolution to render a scanned page at: its own (pdfimages) between 300 and 400 dpi, 300 if unknown. */
async function resolucion(h: Herramientas, pdf: string, pagina: number): Promise<number> {
  if (!h.pdfimages) return 300;
  try {
    const { stdout } = await ejecutar(h.pdfimages, ['-list', '-f', String(pagina), '-l', String(pagina), pdf]);
    const fila = stdout.split('\n').find((l) => /^\s*\d+\s+\d+\s+image\b/.test(l));
    const ppi = Number(fila?.trim().split(/\s+/)[12]);
    // Tesseract reads small print best at 300 dpi or more: a 200 dpi scan is enlarged (a third as many unsure words).
    return Number.isFinite(ppi) && ppi > 0 ? Math.min(400, Math.max(300, Math.round(ppi))) : 300;
  } catch {
    return 300;
  }
}

export interface PaginaOcr {
  pagina: number;
  dpi: number;
  /** Page height in points. */
  altoPagina: number;
  piezas: Pieza[];
  palabras: number;
  dudosas: number;
  confianzaMedia: number;
}

/**
 * Word boxes of one TSV page from tesseract, as pieces in PDF points (origin bottom left). Each
 * word takes its OCR line's box as height and baseline, so words of one printed line align.
 */
export function piezasDeTsv(tsv: string, dpi: number, pagina: number): PaginaOcr {
  const escala = 72 / dpi;
  let alturaPagina = 0;
  const palabras = new Map<string, { left: number; top: number; width: number; height: number; conf: number; texto: string }[]>();
  for (const f of tsv
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))) {
    if (f.length < 12) continue;
    const [nivel, , bloque, parrafo, linea, , left, top, width, height, conf, ...resto] = f;
    const texto = resto.join('\t').trim();
    if (nivel === '1') alturaPagina = Number(top) + Number(height);
    // Table borders read as «|», «[» or «_»: lines, not text.
    if (nivel !== '5' || texto === '' || /^[|¦![\]_—–=-]+$/.test(texto)) continue;
    const clave = `${bloque}.${parrafo}.${linea}`;
    palabras.set(clave, [
      ...(palabras.get(clave) ?? []),
      {
        left: Number(left),
        top: Number(top),
        width: Number(width),
        height: Number(height),
        conf: Number(conf),
        texto: texto.replace(/^[|¦]+|[|¦]+$/g, ''),
      },
    ]);
  }
  const piezas: Pieza[] = [];
  let suma = 0;
  let dudosas = 0;
  for (const ws of palabras.values()) {
    // The line's baseline: the usual bottom of its words (descenders go lower); its size: the tallest word.
    const fondos = ws.map((w) => w.top + w.height).sort((a, b) => a - b);
    const base = fondos[Math.floor((fondos.length - 1) / 2)]!;
    const alto = Math.max(...ws.map((w) => w.height)) * escala;
    for (const [k, w] of ws.entries()) {
      if (!w.texto) continue;
      suma += w.conf;
      const dudosa = w.conf < CONFIANZA_MINIMA || sospechosa(w.texto, w.conf, ws[k - 1]?.texto, ws[k + 1]?.texto);
      if (dudosa) dudosas++;
      piezas.push({
        texto: dudosa ? `⟦${w.texto}⟧` : w.texto,
        x0: w.left * escala,
        x1: (w.left + w.width) * escala,
        y: (alturaPagina - base) * escala,
        alto,
        pagina,
        confianza: w.conf,
      });
    }
  }
  return {
    pagina,
    dpi,
    altoPagina: alturaPagina * escala,
    piezas,
    palabras: piezas.length,
    dudosas,
    confianzaMedia: piezas.length ? suma / piezas.length : 0,
  };
}

/** Renders each scanned page (pdftoppm) and reads it with tesseract, two pages at a time. */
export async function leerEscaneo(h: Herramientas, datos: Uint8Array, paginas: number[]): Promise<PaginaOcr[]> {
  const dir = mkdtempSync(join(tmpdir(), 'convenio-ocr-'));
  try {
    const pdf = join(dir, 'documento.pdf');
    writeFileSync(pdf, datos);
    const leerPagina = async (i: number): Promise<PaginaOcr> => {
      const n = i + 1;
      const dpi = await resolucion(h, pdf, n);
      const png = join(dir, `p${n}`);
      await ejecutar(h.pdftoppm, ['-r', String(dpi), '-gray', '-png', '-singlefile', '-f', String(n), '-l', String(n), pdf, png]);
      const { stdout } = await ejecutar(
        h.tesseract,
        [`${png}.png`, 'stdout', '-l', 'spa', '--psm', '3', '-c', 'tessedit_do_invert=0', 'tsv'],
        {
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      return piezasDeTsv(stdout, dpi, i);
    };
    const resultados: PaginaOcr[] = [];
    const cola = [...paginas];
    const trabajar = async () => {
      for (let i = cola.shift(); i !== undefined; i = cola.shift()) resultados.push(await leerPagina(i));
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(2, availableParallelism())) }, trabajar));
    return resultados.sort((a, b) => a.pagina - b.pagina);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Second look at the table's number column, page by page: the strip alone, read as sparse digits.
 * Returns the numbers found as pieces; a number read with little confidence stays marked unsure.
 */
export async function leerNumeros(h: Herramientas, datos: Uint8Array, franjas: FranjaDeNumeros[], paginas: PaginaOcr[]): Promise<Pieza[]> {
  if (franjas.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'convenio-ocr-'));
  try {
    const pdf = join(dir, 'documento.pdf');
    writeFileSync(pdf, datos);
    const piezas: Pieza[] = [];
    for (const [i, f] of franjas.entries()) {
      const p = paginas.find((x) => x.pagina === f.pagina);
      if (!p) continue;
      const px = p.dpi / 72;
      const png = join(dir, `n${i}`);
      const [x, y] = [Math.round(f.x0 * px), Math.round((p.altoPagina - f.arriba) * px)];
      const [w, alto] = [Math.round((f.x1 - f.x0) * px), Math.round((f.arriba - f.abajo) * px)];
      if (w < 4 || alto < 4) continue;
      await ejecutar(h.pdftoppm, [
        '-r',
        String(p.dpi),
        '-gray',
        '-png',
        '-singlefile',
        '-f',
        String(f.pagina + 1),
        '-l',
        String(f.pagina + 1),
        '-x',
        String(x),
        '-y',
        String(y),
        '-W',
        String(w),
        '-H',
        String(alto),
        pdf,
        png,
      ]);
      const { stdout } = await ejecutar(
        h.tesseract,
        [`${png}.png`, 'stdout', '--psm', '6', '-c', 'tessedit_char_whitelist=0123456789.', 'tsv'],
        { env: { ...process.env, OMP_THREAD_LIMIT: '1' } },
      );
      for (const c of stdout.split('\n').map((l) => l.split('\t'))) {
        const texto = (c[11] ?? '').trim();
        if (c[0] !== '5' || !/^\d{1,3}(?:\.\d{1,2})?\.?$/.test(texto)) continue;
        const conf = Number(c[10]);
        const [l, t, ww, hh] = [Number(c[6]), Number(c[7]), Number(c[8]), Number(c[9])];
        piezas.push({
          texto: conf < CONFIANZA_MINIMA ? `⟦${texto}⟧` : texto,
          x0: (x + l) / px,
          x1: (x + l + ww) / px,
          y: p.altoPagina - (y + t + hh) / px,
          alto: (hh / px) * 1.4,
          pagina: f.pagina,
          confianza: conf,
        });
      }
    }
    return piezas;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
