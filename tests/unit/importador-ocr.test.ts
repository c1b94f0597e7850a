import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importar } from '../../src/cli/orden-importar.ts';
import { leerCatalogo } from '../../src/contenido/catalogo-fs.ts';
import { compararImportacion, SEMILLAS } from '../../src/importador/comparar-fs.ts';
import { buscarHerramientas } from '../../src/importador/ocr-fs.ts';
import { piezasDeTsv } from '../../src/lib/importador/ocr.ts';

// Scanned PDFs are read with Debian's tesseract-ocr, tesseract-ocr-spa and poppler-utils (.ci/run
// installs them). Without them these tests FAIL with the install command: a skipped OCR test would
// count as passing while scans were never read.

const ESCANEO = 'tests/fixtures/importador/convenio-edomex-issemym-prestaciones-potestativas-2021-escaneado.pdf';
const FIXTURES = 'tests/fixtures/importador/';
const PARCIAL = 'tests/fixtures/importador/convenio-escaneo-parcial.pdf';
const temporales: string[] = [];
afterAll(() => temporales.forEach((t) => rmSync(t, { recursive: true, force: true })));
function contenido(): string {
  const t = mkdtempSync(join(tmpdir(), 'importador-ocr-'));
  temporales.push(t);
  cpSync('content', join(t, 'content'), { recursive: true });
  return join(t, 'content');
}
const archivos = (c: string) =>
  ['convenios', 'entes', 'gobiernos', 'programas', 'documentos'].flatMap((d) => readdirSync(join(c, d)).map((f) => `${d}/${f}`)).sort();

describe('escaneos sin tesseract instalado', () => {
  it('dice exactamente qué instalar, sale con 1 y no escribe nada', async () => {
    const c = contenido();
    const antes = archivos(c);
    const r = await importar([ESCANEO, '--contenido', c], { PATH: '/ninguna-parte' });
    expect(r.codigo).toBe(1);
    expect(r.lineas).toHaveLength(1);
    expect(r.lineas[0]).toMatch(
      /es un escaneo .* falta tesseract ni pdftoppm\. Instálelo con «apt-get install tesseract-ocr tesseract-ocr-spa poppler-utils»/,
    );
    expect(r.lineas[0]).toMatch(/No se escribió nada\.$/);
    expect(archivos(c)).toEqual(antes);
  });
});

describe('palabras de tesseract (TSV) como piezas', () => {
  it('cada palabra toma la línea base de su renglón; las dudosas quedan marcadas', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t1700\t2200\t-1\t',
      '4\t1\t1\t1\t1\t0\t200\t100\t400\t30\t-1\t',
      '5\t1\t1\t1\t1\t1\t200\t100\t60\t26\t96\tFecha',
      '5\t1\t1\t1\t1\t2\t270\t108\t40\t30\t95\tpág',
      '5\t1\t1\t1\t1\t3\t320\t100\t5\t40\t90\t|',
      '5\t1\t1\t1\t1\t4\t330\t104\t60\t22\t41\tjulio',
    ].join('\n');
    const p = piezasDeTsv(tsv, 200, 0);
    expect(p.piezas.map((x) => x.texto)).toEqual(['Fecha', 'pág', '⟦julio⟧']);
    expect(new Set(p.piezas.map((x) => x.y)).size).toBe(1);
    expect(p.dudosas).toBe(1);
    expect(p.piezas[0]!.x0).toBeCloseTo(72);
  });
});

describe('escaneos con tesseract', () => {
  beforeAll(async () => {
    const h = await buscarHerramientas();
    if (!h.ok) throw new Error(`Falta ${h.faltan} para probar los escaneos: apt-get install tesseract-ocr tesseract-ocr-spa poppler-utils`);
  });

  it('lee la tabla del escaneo con su fila de fecha, y dice de qué página salió cada compromiso', { timeout: 300_000 }, async () => {
    const c = contenido();
    const r = await importar([ESCANEO, '--contenido', c, '--sin-escribir', '--id', 'prueba-ocr']);
    const salida = r.lineas.join('\n');
    expect(salida).toMatch(/PDF escaneado/);
    expect(salida).toMatch(/Páginas leídas con reconocimiento de texto \(OCR\): 1, 2, 3, 4, 5, 6, 7, 8/);
    expect(salida).toMatch(/Compromisos encontrados: 5\./);
    for (const id of ['asm-1', 'asm-2', 'asm-3', 'asm-3-bis', 'asm-4'])
      expect(salida).toMatch(new RegExp(`  ${id} \\(número \\d\\): página [56], línea \\d+ \\(tabla, fila \\d+\\); fecha 2021-07-30`));
    // Every value read by OCR is in the review list, with its page.
    expect(salida).toMatch(
      /REVISAR compromisos\[0\]: leído con reconocimiento de texto \(OCR\)[^\n]*\n\s+página 5, línea \d+ \(tabla, fila 1\)/,
    );
    expect(salida).toMatch(/REVISAR firma\.fecha: leído con reconocimiento de texto \(OCR\): «2021-05-17»\n\s+página 7, línea \d+/);
    expect(salida).toMatch(/Se omitieron los encabezados y pies que se repiten en las páginas: .*Consumación/);
  });

  it(
    'un escaneo legible sólo en parte no escribe nada sin --forzar; con --forzar escribe el borrador y lista lo dudoso',
    { timeout: 300_000 },
    async () => {
      const c = contenido();
      const antes = archivos(c);
      const sin = await importar([PARCIAL, '--contenido', c, '--id', 'prueba-parcial']);
      expect(sin.codigo).toBe(1);
      expect(sin.lineas.join('\n')).toMatch(/El escaneo sólo se leyó en parte \(páginas casi ilegibles: 2\)[\s\S]*Use --forzar/);
      expect(archivos(c)).toEqual(antes);
      const con = await importar([PARCIAL, '--contenido', c, '--id', 'prueba-parcial', '--forzar']);
      expect([0, 2]).toContain(con.codigo);
      const borrador = readFileSync(join(c, 'convenios', 'prueba-parcial.md'), 'utf8');
      expect(borrador).toMatch(/^# BORRADOR/m);
      expect(borrador).toMatch(/REVISAR: leído con reconocimiento de texto \(OCR\)/);
      expect(borrador).not.toMatch(/⟦|⟧/);
    },
  );

  it.each(SEMILLAS.map((s) => [basename(s.curado), s.texto.replace('content/documentos/', FIXTURES).replace('.txt', '-escaneado.pdf')]))(
    'el borrador del escaneo de %s pasa la validación: lo que no leyó queda vacío y en la lista',
    { timeout: 300_000 },
    async (curado, escaneo) => {
      const c = contenido();
      // As a new convenio: the curated one would make the draft a duplicate.
      rmSync(join(c, 'convenios', curado));
      const r = await importar([escaneo, '--contenido', c]);
      expect(r.lineas.join('\n')).toContain('El borrador pasa la validación');
      expect(r.codigo).toBe(0);
    },
  );

  it('el escaneo coincide con el archivo curado en al menos 95 % de los campos y no inventa ninguno', { timeout: 300_000 }, async () => {
    const { comparacion: c, resultado } = await compararImportacion(ESCANEO, SEMILLAS[0], leerCatalogo('content'));
    expect(c.discrepancias).toEqual([]);
    expect(c.coinciden / c.total).toBeGreaterThanOrEqual(0.95);
    expect(resultado.lectura.compromisos.map((k) => k.id)).toEqual(['asm-1', 'asm-2', 'asm-3', 'asm-3-bis', 'asm-4']);
    // What the OCR was not sure of is empty and listed, never guessed.
    for (const n of resultado.importacion.notas.filter((x) => /no leyó con seguridad/.test(x.mensaje))) expect(n.tipo).toBe('falta');
  });
});
