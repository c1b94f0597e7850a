import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { Pieza } from '../lib/importador/posiciones.ts';

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
  const filas = tsv.split('\n').slice(1).map((l) => l.split('\t'));
  const escala = 72 / dpi;
  let alturaPagina = 0;
  const lineas = new Map<string, { top: number; height: number }>();
  const piezas: Pieza[] = [];
  let suma = 0;
  let dudosas = 0;
  for (const f of filas) {
    if (f.length < 12) continue;
    const [nivel, , bloque, parrafo, linea, , left, top, width, height, conf, ...resto] = f;
    const texto = resto.join('\t').trim();
    const clave = `${bloque}.${parrafo}.${linea}`;
    if (nivel === '1') alturaPagina = Number(top) + Number(height);
    else if (nivel === '4') lineas.set(clave, { top: Number(top), height: Number(height) });
    else if (nivel === '5' && texto !== '') {
      const l = lineas.get(clave) ?? { top: Number(top), height: Number(height) };
      const c = Number(conf);
      suma += c;
      const dudosa = c < CONFIANZA_MINIMA;
      if (dudosa) dudosas++;
      piezas.push({
        texto: dudosa ? `⟦${texto}⟧` : texto,
        x0: Number(left) * escala,
        x1: (Number(left) + Number(width)) * escala,
        y: (alturaPagina - (l.top + l.height)) * escala,
        alto: l.height * escala * 0.8,
        pagina,
        confianza: c,
      });
    }
  }
  return { pagina, piezas, palabras: piezas.length, dudosas, confianzaMedia: piezas.length ? suma / piezas.length : 0 };
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
      const { stdout } = await ejecutar(h.tesseract, [`${png}.png`, 'stdout', '-l', 'spa', '--psm', '3', 'tsv'], {
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
