import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { CajaSinNumero, Pieza } from '../lib/importador/posiciones.ts';

const ejecutar = promisify(execFile);

/** The Debian packages the OCR needs, as the message names them. */
export const PAQUETES_OCR = 'tesseract-ocr tesseract-ocr-spa poppler-utils';

/** A word the OCR read with less confidence than this is marked as unsure («⟦…⟧») and never used as a value. */
export const CONFIANZA_MINIMA = 60;

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
export async function buscarHerramientas(entorno: Record<string, string | undefined> = process.env): Promise<{ ok: true; h: Herramientas } | { ok: false; faltan: string }> {
  const tesseract = enPath('tesseract', entorno);
  const pdftoppm = enPath('pdftoppm', entorno);
  if (!tesseract || !pdftoppm) return { ok: false, faltan: [!tesseract && 'tesseract', !pdftoppm && 'pdftoppm'].filter(Boolean).join(' ni ') };
  try {
    const { stdout, stderr } = await ejecutar(tesseract, ['--list-langs'], { env: { ...entorno } });
    if (!/^spa$/m.test(`${stdout}\n${stderr}`)) return { ok: false, faltan: 'el idioma español de tesseract (tesseract-ocr-spa)' };
  } catch {
    return { ok: false, faltan: 'tesseract (no se pudo ejecutar)' };
  }
  return { ok: true, h: { tesseract, pdftoppm, pdfimages: enPath('pdfimages', entorno) } };
}

/** The scan's own resolution (pdfimages), so the page is rendered at the detail it has: 150–400 dpi, 300 if unknown. */
async function resolucion(h: Herramientas, pdf: string, pagina: number): Promise<number> {
  if (!h.pdfimages) return 300;
  try {
    const { stdout } = await ejecutar(h.pdfimages, ['-list', '-f', String(pagina), '-l', String(pagina), pdf]);
    const fila = stdout.split('\n').find((l) => /^\s*\d+\s+\d+\s+image\b/.test(l));
    const ppi = Number(fila?.trim().split(/\s+/)[12]);
    return Number.isFinite(ppi) && ppi > 0 ? Math.min(400, Math.max(150, Math.round(ppi))) : 300;
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
  for (const f of tsv.split('\n').slice(1).map((l) => l.split('\t'))) {
    if (f.length < 12) continue;
    const [nivel, , bloque, parrafo, linea, , left, top, width, height, conf, ...resto] = f;
    const texto = resto.join('\t').trim();
    if (nivel === '1') alturaPagina = Number(top) + Number(height);
    // Table borders read as «|», «[» or «_»: lines, not text.
    if (nivel !== '5' || texto === '' || /^[|¦!\[\]_—–=-]+$/.test(texto)) continue;
    const clave = `${bloque}.${parrafo}.${linea}`;
    palabras.set(clave, [...(palabras.get(clave) ?? []), { left: Number(left), top: Number(top), width: Number(width), height: Number(height), conf: Number(conf), texto: texto.replace(/^[|¦]+|[|¦]+$/g, '') }]);
  }
  const piezas: Pieza[] = [];
  let suma = 0;
  let dudosas = 0;
  for (const ws of palabras.values()) {
    // The line's baseline: the usual bottom of its words (descenders go lower); its size: the tallest word.
    const fondos = ws.map((w) => w.top + w.height).sort((a, b) => a - b);
    const base = fondos[Math.floor((fondos.length - 1) / 2)]!;
    const alto = Math.max(...ws.map((w) => w.height)) * escala;
    for (const w of ws) {
      if (!w.texto) continue;
      suma += w.conf;
      const dudosa = w.conf < CONFIANZA_MINIMA;
      if (dudosa) dudosas++;
      piezas.push({ texto: dudosa ? `⟦${w.texto}⟧` : w.texto, x0: w.left * escala, x1: (w.left + w.width) * escala, y: (alturaPagina - base) * escala, alto, pagina, confianza: w.conf });
    }
  }
  return { pagina, dpi, altoPagina: alturaPagina * escala, piezas, palabras: piezas.length, dudosas, confianzaMedia: piezas.length ? suma / piezas.length : 0 };
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
      const { stdout } = await ejecutar(h.tesseract, [`${png}.png`, 'stdout', '-l', 'spa', '--psm', '3', '-c', 'tessedit_do_invert=0', 'tsv'], {
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        maxBuffer: 64 * 1024 * 1024,
      });
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
 * Second look at number cells the page's OCR left empty: the cell alone, read as one line of
 * digits. A number read with less confidence than the threshold is still marked unsure.
 */
export async function leerNumeros(h: Herramientas, datos: Uint8Array, cajas: CajaSinNumero[], paginas: PaginaOcr[]): Promise<Pieza[]> {
  if (cajas.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'convenio-ocr-'));
  try {
    const pdf = join(dir, 'documento.pdf');
    writeFileSync(pdf, datos);
    const piezas: Pieza[] = [];
    for (const [i, c] of cajas.entries()) {
      const p = paginas.find((x) => x.pagina === c.pagina);
      if (!p) continue;
      const px = p.dpi / 72;
      const png = join(dir, `n${i}`);
      const caja = [Math.round(c.x0 * px), Math.round((p.altoPagina - c.arriba) * px), Math.round((c.x1 - c.x0) * px), Math.round((c.arriba - c.abajo) * px)];
      await ejecutar(h.pdftoppm, ['-r', String(p.dpi), '-gray', '-png', '-singlefile', '-f', String(c.pagina + 1), '-l', String(c.pagina + 1), '-x', String(caja[0]), '-y', String(caja[1]), '-W', String(caja[2]), '-H', String(caja[3]), pdf, png]);
      const { stdout } = await ejecutar(h.tesseract, [`${png}.png`, 'stdout', '-l', 'spa', '--psm', '7', '-c', 'tessedit_char_whitelist=0123456789.', 'tsv'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
      const palabra = stdout
        .split('\n')
        .map((l) => l.split('\t'))
        .find((f) => f[0] === '5' && /^\d{1,3}(?:\.\d{1,2})?\.?$/.test((f[11] ?? '').trim()));
      if (!palabra) continue;
      const conf = Number(palabra[10]);
      const texto = palabra[11]!.trim();
      piezas.push({ texto: conf < CONFIANZA_MINIMA ? `⟦${texto}⟧` : texto, x0: c.x0 + 1, x1: c.x0 + 1 + c.alto * 0.5 * texto.length, y: c.y, alto: c.alto, pagina: c.pagina, confianza: conf });
    }
    return piezas;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
