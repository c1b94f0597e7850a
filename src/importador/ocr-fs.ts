import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import {
  CONFIANZA_MINIMA,
  discrepancia,
  formasDePagina,
  leerTsv,
  palabrasAReleer,
  piezasDePalabras,
  recortarPalabra,
  resolverPalabra,
  vecinas,
  type Lectura,
  type Mirada,
  type PaginaOcr,
  type PalabraTsv,
  type Relectura,
} from '../lib/importador/ocr.ts';
import type { FranjaDeNumeros, Pieza } from '../lib/importador/posiciones.ts';
import { componentes, escribirPgm, indiceDeComponentes, leerPgm, quitarRayas, type Raster } from '../lib/importador/raster.ts';

export type { PaginaOcr } from '../lib/importador/ocr.ts';

const ejecutar = promisify(execFile);

/** The Debian packages the OCR needs, as the message names them. */
export const PAQUETES_OCR = 'tesseract-ocr tesseract-ocr-spa poppler-utils';

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

/** More unsure words than this on a page: it is barely legible, and its words are not read again one by one. */
const MAXIMO_RELECTURAS = 150;

/**
 * A page without its table rules: tesseract skips a short word next to a rule («No.», a row's «1»)
 * or reads the rule as «|» or «[». A dark run over a third of an inch is no letter of body text.
 */
function sinRayas(r: Raster, dpi: number): Raster {
  return quitarRayas(r, Math.round(dpi / 3));
}

/** tesseract's TSV for each image: of a list file, the images are pages 1, 2…; `psm` as tesseract takes it. */
async function tesseractTsv(h: Herramientas, entrada: string, psm: number, extra: string[] = []): Promise<string> {
  const { stdout } = await ejecutar(h.tesseract, [entrada, 'stdout', '-l', 'spa', '--psm', String(psm), ...extra, 'tsv'], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** Per image of a TSV (1-based page number), its words joined by spaces and their lowest confidence. */
function relecturasDeTsv(tsv: string): Map<number, Relectura> {
  const salida = new Map<number, { palabras: string[]; conf: number }>();
  for (const f of tsv.split('\n').map((l) => l.split('\t'))) {
    const texto = (f[11] ?? '').trim();
    if (f[0] !== '5' || !texto) continue;
    const n = Number(f[1]);
    const r = salida.get(n) ?? { palabras: [], conf: 100 };
    r.palabras.push(texto);
    r.conf = Math.min(r.conf, Number(f[10]));
    salida.set(n, r);
  }
  return new Map([...salida].map(([n, r]) => [n, { texto: r.palabras.join(' '), conf: r.conf }]));
}

/**
 * The second look at a page's unsure words: each word cut out alone and read again as one line,
 * an ordinal's raised glyph read alone, the glyphs' shapes measured; then each word resolved
 * (src/lib/importador/ocr.ts). Two tesseract runs per page at most, over lists of small images.
 */
async function segundaMirada(
  h: Herramientas,
  dir: string,
  n: number,
  pagina: Raster,
  palabras: PalabraTsv[],
): Promise<Map<number, Lectura>> {
  // The page's ink, to check each word's reading against (accents, raised glyphs, letter sizes, spaces).
  const { formas, alturas } = formasDePagina(indiceDeComponentes(componentes(pagina)), palabras);
  const discrepancias = palabras.map((p, i) => discrepancia(p, formas[i]!, alturas.get(p.linea)));
  const indices = palabrasAReleer(palabras, discrepancias);
  const lecturas = new Map<number, Lectura>();
  if (indices.length === 0) return lecturas;
  // A page with this many unsure words is barely legible: not worth reading word by word.
  const releer = indices.length <= MAXIMO_RELECTURAS ? indices : [];
  const recortes = releer.map((i) => recortarPalabra(pagina, palabras[i]!, formas[i]!.renglon));
  const lineas: string[] = [];
  const glifos: string[] = [];
  const escribir = (lista: string[], nombre: string, r: Raster) => {
    const ruta = join(dir, `${nombre}.pgm`);
    writeFileSync(ruta, escribirPgm(r));
    lista.push(ruta);
    return lista.length;
  };
  const donde = new Map(
    releer.map((i, k) => {
      const r = recortes[k]!;
      return [
        i,
        {
          palabra: escribir(lineas, `r${n}-${k}`, r.palabra),
          sinVolada: r.sinVolada ? escribir(lineas, `r${n}-${k}-s`, r.sinVolada) : undefined,
          volada: r.volada ? escribir(glifos, `r${n}-${k}-v`, r.volada) : undefined,
          conBarra: r.conBarra,
        },
      ];
    }),
  );
  const leer = async (lista: string[], nombre: string, psm: number) => {
    if (lista.length === 0) return new Map<number, Relectura>();
    const archivo = join(dir, nombre);
    writeFileSync(archivo, `${lista.join('\n')}\n`);
    return relecturasDeTsv(await tesseractTsv(h, archivo, psm));
  };
  const deLineas = await leer(lineas, `lineas${n}.txt`, 7);
  // A glyph alone reads best as a one-letter word (psm 8; psm 10 took an enlarged «a» for «d»).
  const deGlifos = await leer(glifos, `glifos${n}.txt`, 8);
  const alrededor = vecinas(palabras);
  for (const i of indices) {
    const d = donde.get(i);
    const f = formas[i]!;
    const mirada: Mirada = {
      discrepancia: discrepancias[i],
      palabra: d && deLineas.get(d.palabra),
      sinVolada: d?.sinVolada === undefined ? undefined : deLineas.get(d.sinVolada),
      volada: d?.volada === undefined ? undefined : deGlifos.get(d.volada),
      conBarra: d?.conBarra ?? false,
      proporciones: f.glifos.map((g) => (g.x1 - g.x0) / Math.max(1, g.y1 - g.y0)),
    };
    lecturas.set(i, resolverPalabra(palabras[i]!, mirada, alrededor[i]!.previa, alrededor[i]!.siguiente));
    // CONVENIO_OCR_DEPURAR=1: what the second look read and decided, word by word, on stderr.
    if (process.env.CONVENIO_OCR_DEPURAR)
      console.error(
        `p${n} «${palabras[i]!.crudo}» (${Math.round(palabras[i]!.conf)}) ${JSON.stringify({ ...mirada, proporciones: undefined })} → ${JSON.stringify(lecturas.get(i))}`,
      );
  }
  return lecturas;
}

/** Renders each scanned page (pdftoppm), reads it with tesseract and looks again at its unsure words, two pages at a time. */
export async function leerEscaneo(h: Herramientas, datos: Uint8Array, paginas: number[]): Promise<PaginaOcr[]> {
  const dir = mkdtempSync(join(tmpdir(), 'convenio-ocr-'));
  try {
    const pdf = join(dir, 'documento.pdf');
    writeFileSync(pdf, datos);
    const leerPagina = async (i: number): Promise<PaginaOcr> => {
      const n = i + 1;
      const dpi = await resolucion(h, pdf, n);
      const imagen = join(dir, `p${n}`);
      // Grey PGM: read here without decoding a PNG, cleaned of table rules, then given to tesseract.
      await ejecutar(h.pdftoppm, ['-r', String(dpi), '-gray', '-singlefile', '-f', String(n), '-l', String(n), pdf, imagen]);
      const pagina = sinRayas(leerPgm(readFileSync(`${imagen}.pgm`)), dpi);
      writeFileSync(`${imagen}.pgm`, escribirPgm(pagina));
      const tsv = await tesseractTsv(h, `${imagen}.pgm`, 3, ['-c', 'tessedit_do_invert=0']);
      rmSync(`${imagen}.pgm`, { force: true });
      const { alto, palabras } = leerTsv(tsv);
      const lecturas = await segundaMirada(h, dir, n, pagina, palabras);
      return piezasDePalabras(palabras, alto, dpi, i, lecturas);
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
      const imagen = join(dir, `n${i}`);
      const [x, y] = [Math.round(f.x0 * px), Math.round((p.altoPagina - f.arriba) * px)];
      const [w, alto] = [Math.round((f.x1 - f.x0) * px), Math.round((f.arriba - f.abajo) * px)];
      if (w < 4 || alto < 4) continue;
      await ejecutar(h.pdftoppm, [
        '-r',
        String(p.dpi),
        '-gray',
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
        imagen,
      ]);
      // The cells' rules out, or tesseract reads nothing in a strip boxed by them.
      writeFileSync(`${imagen}.pgm`, escribirPgm(sinRayas(leerPgm(readFileSync(`${imagen}.pgm`)), p.dpi)));
      const { stdout } = await ejecutar(
        h.tesseract,
        [`${imagen}.pgm`, 'stdout', '--psm', '6', '-c', 'tessedit_char_whitelist=0123456789.', 'tsv'],
        { env: { ...process.env, OMP_THREAD_LIMIT: '1' } },
      );
      for (const c of stdout.split('\n').map((l) => l.split('\t'))) {
        const texto = (c[11] ?? '').trim();
        if (c[0] !== '5' || !/^\d{1,3}(?:\.\d{1,2})?\.?$/.test(texto)) continue;
        const conf = Number(c[10]);
        const [l, t, ww, hh] = [Number(c[6]), Number(c[7]), Number(c[8]), Number(c[9])];
        // A number cut by the strip's edge is part of a digit, not a number.
        if (l <= 1 || l + ww >= w - 1) continue;
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
