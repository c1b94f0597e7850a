// Regenerates the importer's fixtures as public offices publish convenios (tests/fixtures/importador/README.md):
// a Word file whose commitments are a real Word table, the PDF LibreOffice prints from it (narrow columns,
// the table crossing a page break with its header repeated, a running motto and page numbers), and an
// image-only scan of that PDF. Needs LibreOffice (soffice), poppler-utils (pdftoppm) and img2pdf.
//
//   node scripts/generar-fixtures-importador.ts                 # the committed fixtures
//   node scripts/generar-fixtures-importador.ts --paginas 30 --salida tmp/largo   # a ~30-page copy, for timing
//   node scripts/generar-fixtures-importador.ts --orden fecha-primero --salida tmp/orden   # other column order
//   node scripts/generar-fixtures-importador.ts --fuente 'Liberation Serif' --anchos 1.3 --dpi 300 --salida tmp/otra
//     # another typeface, columns 1.3 times as wide, a finer scan: copies unlike the committed ones
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: o } = parseArgs({
  options: {
    salida: { type: 'string', default: 'tests/fixtures/importador' },
    paginas: { type: 'string' },
    orden: { type: 'string', default: 'normal' },
    dpi: { type: 'string', default: '200' },
    fuente: { type: 'string', default: 'Liberation Sans' },
    anchos: { type: 'string', default: '1' },
  },
});

const SEMILLAS = [
  {
    texto: 'content/documentos/convenio-edomex-issemym-prestaciones-potestativas-2021.txt',
    lema: '“2021. Año de la Consumación de la Independencia y la Grandeza de México”',
    anchos: [1.2, 4.6, 4.6],
  },
  {
    texto: 'content/documentos/convenio-cuautitlan-izcalli-derechos-humanos-2022.txt',
    lema: '“2022. Año del Quincentenario de Toluca, Capital del Estado de México”',
    anchos: [1.1, 4.2, 3.6, 2.1],
  },
];

type Celda = string[]; // paragraphs
type Bloque =
  | { tipo: 'p'; texto: string }
  | { tipo: 'tabla'; filas: { celdas: { parrafos: Celda; span: number }[]; encabezado?: boolean }[]; compromisos: boolean };

const LEMA = /A[ñn]o de la Consumaci[óo]n/;
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Markdown and HTML marks of the seed text → ODF spans (bold), tabs and plain text. */
function enLinea(t: string): string {
  const limpio = t
    .replace(/^#{1,6}\s+/, '')
    .replace(/^-\s+(?=[a-z]\)\s)/, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\\_/g, '_')
    .replace(/\[bookmark: [^\]]+\]/g, '')
    .replace(/<\/?b>/g, '**')
    .replace(/\s+$/, '');
  const partes = limpio.split('**');
  return partes
    .map((p, i) => {
      const x = esc(p)
        .replace(/\t/g, '<text:tab/>')
        .replace(/ {2,}/g, (s) => ` <text:s text:c="${s.length - 1}"/>`);
      return i % 2 === 1 && p ? `<text:span text:style-name="B">${x}</text:span>` : x;
    })
    .join('');
}

/** The seed's text as paragraphs and tables: tab-separated rows, or one cell per line (a leading tab). */
function bloquesDe(texto: string): Bloque[] {
  const lineas = texto.replace(/\r\n?/g, '\n').split('\n');
  const bloques: Bloque[] = [];
  let i = 0;
  while (i < lineas.length) {
    const l = lineas[i]!;
    if (LEMA.test(l)) {
      i++;
      continue;
    }
    const celdasTab = l.split('\t');
    if (!l.startsWith('\t') && celdasTab.length >= 3) {
      // Tab-separated commitments table; the repeated header and motto inside it are page artefacts.
      const filas: Extract<Bloque, { tipo: 'tabla' }>['filas'] = [];
      const encabezado = l;
      while (
        i < lineas.length &&
        (lineas[i]!.split('\t').length >= 3 || lineas[i]!.trim() === '' || LEMA.test(lineas[i]!) || lineas[i] === encabezado)
      ) {
        const x = lineas[i]!;
        i++;
        if (x.trim() === '' || LEMA.test(x) || (x === encabezado && filas.length > 0)) continue;
        const cs = x.split('\t').map((c) => c.trim());
        if (/^(<b>)?fecha/i.test(cs[0]!))
          filas.push({
            celdas: [
              { parrafos: [cs[0]!], span: cs.length - 1 },
              { parrafos: [cs.at(-1)!], span: 1 },
            ],
          });
        else filas.push({ celdas: cs.map((c) => ({ parrafos: [c], span: 1 })), encabezado: x === encabezado });
      }
      bloques.push({ tipo: 'tabla', filas, compromisos: true });
      continue;
    }
    if (l.startsWith('\t')) {
      // One cell per line: a row ends at a blank line, a line without the tab continues the cell.
      const filas: Extract<Bloque, { tipo: 'tabla' }>['filas'] = [];
      let fila: { parrafos: Celda; span: number }[] = [];
      while (i < lineas.length) {
        const x = lineas[i]!;
        if (x.trim() === '') {
          if (fila.length) filas.push({ celdas: fila });
          fila = [];
          if (
            !lineas
              .slice(i + 1)
              .find((y) => y.trim() !== '')
              ?.startsWith('\t')
          )
            break;
        } else if (x.startsWith('\t')) fila.push({ parrafos: [x.slice(1).trim()], span: 1 });
        else fila.at(-1)?.parrafos.push(x.trim());
        i++;
      }
      if (fila.length) filas.push({ celdas: fila });
      const compromisos = /^No\.?$/.test(filas[0]?.celdas[0]?.parrafos[0] ?? '');
      if (compromisos) filas[0]!.encabezado = true;
      else {
        // A signature table: two boxes a row, as offices lay them out.
        const celdas = filas.flatMap((f) => f.celdas);
        for (const c of celdas) c.parrafos.push('');
        filas.splice(
          0,
          filas.length,
          ...Array.from({ length: Math.ceil(celdas.length / 2) }, (_, k) => ({ celdas: celdas.slice(2 * k, 2 * k + 2) })),
        );
      }
      bloques.push({ tipo: 'tabla', filas, compromisos });
      continue;
    }
    bloques.push({ tipo: 'p', texto: l });
    i++;
  }
  return bloques;
}

/** Column order for variants: the date (or its row) before the action. */
function reordenar(b: Extract<Bloque, { tipo: 'tabla' }>, orden: string): void {
  if (orden !== 'fecha-primero' || b.filas[0]!.celdas.length !== 4) return;
  for (const f of b.filas) if (f.celdas.length === 4) f.celdas = [f.celdas[0]!, f.celdas[1]!, f.celdas[3]!, f.celdas[2]!];
}

function fodt(bloques: Bloque[], lema: string, anchos: number[]): string {
  let cuerpo = '';
  let n = 0;
  for (const b of bloques) {
    if (b.tipo === 'p') {
      cuerpo += `<text:p text:style-name="Standard">${enLinea(b.texto)}</text:p>\n`;
      continue;
    }
    n++;
    const cols = Math.max(...b.filas.map((f) => f.celdas.reduce((s, c) => s + c.span, 0)));
    const w = b.compromisos ? anchos.slice(0, cols) : Array.from({ length: cols }, () => 16 / cols);
    const celda = (c: { parrafos: Celda; span: number }, enc: boolean) =>
      `<table:table-cell table:style-name="Celda"${c.span > 1 ? ` table:number-columns-spanned="${c.span}"` : ''} office:value-type="string">${c.parrafos
        .map((p) => `<text:p text:style-name="${enc ? 'Encabezado' : b.compromisos ? 'EnTabla' : 'Firma'}">${enLinea(p)}</text:p>`)
        .join('')}</table:table-cell>${'<table:covered-table-cell/>'.repeat(c.span - 1)}`;
    const fila = (f: (typeof b.filas)[number]) =>
      `<table:table-row>${f.celdas.map((c) => celda(c, !!f.encabezado)).join('')}</table:table-row>`;
    const enc = b.filas.filter((f) => f.encabezado);
    cuerpo += `<table:table table:name="Tabla${n}" table:style-name="Tabla${n}">`;
    cuerpo += w.map((_, k) => `<table:table-column table:style-name="Tabla${n}.${k}"/>`).join('');
    if (enc.length) cuerpo += `<table:table-header-rows>${enc.map(fila).join('')}</table:table-header-rows>`;
    cuerpo += b.filas
      .filter((f) => !f.encabezado)
      .map(fila)
      .join('');
    cuerpo += '</table:table>\n';
  }
  const estilosTablas = bloques
    .filter((b): b is Extract<Bloque, { tipo: 'tabla' }> => b.tipo === 'tabla')
    .map((b, k) => {
      const cols = Math.max(...b.filas.map((f) => f.celdas.reduce((s, c) => s + c.span, 0)));
      const w = b.compromisos ? anchos.slice(0, cols) : Array.from({ length: cols }, () => 16 / cols);
      return (
        `<style:style style:name="Tabla${k + 1}" style:family="table"><style:table-properties style:width="${w.reduce((s, x) => s + x, 0).toFixed(2)}cm" table:align="left"/></style:style>` +
        w
          .map(
            (x, j) =>
              `<style:style style:name="Tabla${k + 1}.${j}" style:family="table-column"><style:table-column-properties style:column-width="${x.toFixed(2)}cm"/></style:style>`,
          )
          .join('')
      );
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${esc(o.fuente!)}" svg:font-family="'${esc(o.fuente!)}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="${esc(o.fuente!)}" fo:font-size="10.5pt" fo:language="es" fo:country="MX"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="EnTabla" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="Encabezado" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Firma" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:class="extra"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="Hoja"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
<style:style style:name="Celda" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
${estilosTablas}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Hoja"><style:header><text:p text:style-name="Header">${esc(lema)}</text:p></style:header><style:footer><text:p text:style-name="Footer">Página <text:page-number text:select-page="current">1</text:page-number> de <text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
${cuerpo}</office:text></office:body></office:document>
`;
}

function correr(orden: string, args: string[]): void {
  execFileSync(orden, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

const salida = o.salida!;
const tmp = join('tmp', 'fixtures-importador');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
mkdirSync(salida, { recursive: true });
for (const s of SEMILLAS) {
  const base = basename(s.texto, '.txt');
  let bloques = bloquesDe(readFileSync(s.texto, 'utf8'));
  for (const b of bloques) if (b.tipo === 'tabla' && b.compromisos) reordenar(b, o.orden!);
  if (o.paginas) {
    // A long convenio: the background paragraphs repeated until the document is about N pages long.
    const veces = Math.max(1, Math.round(Number(o.paginas) / 6));
    const iAnt = bloques.findIndex((b) => b.tipo === 'p' && /ANTECEDENTES/.test(b.texto));
    const iDec = bloques.findIndex((b) => b.tipo === 'p' && /^#*\s*DECLARACIONES/.test(b.texto));
    const antecedentes = bloques.slice(iAnt + 1, iDec);
    bloques = [...bloques.slice(0, iDec), ...Array.from({ length: veces * 4 }, () => antecedentes).flat(), ...bloques.slice(iDec)];
  }
  // --anchos: the commitment table's columns that many times as wide (the table stays within the 16.6 cm of text).
  const escala = Math.min(Number(o.anchos), 16.5 / s.anchos.reduce((a, b) => a + b, 0));
  const propios = s.anchos.map((x) => x * escala);
  const anchos = o.orden === 'fecha-primero' && propios.length === 4 ? [propios[0]!, propios[1]!, propios[3]!, propios[2]!] : propios;
  writeFileSync(join(tmp, `${base}.fodt`), fodt(bloques, s.lema, anchos));
  // The Word file, then the PDF printed from that Word file (as an office would).
  correr('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp, join(tmp, `${base}.fodt`)]);
  mkdirSync(join(tmp, 'pdf'), { recursive: true });
  correr('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(tmp, 'pdf'), join(tmp, `${base}.docx`)]);
  copyFileSync(join(tmp, `${base}.docx`), join(salida, `${base}.docx`));
  copyFileSync(join(tmp, 'pdf', `${base}.pdf`), join(salida, `${base}.pdf`));
  // The scan: every page as a black-and-white image (a document scanner's usual mode; a few KB a
  // page), wrapped again into a PDF without a text layer.
  const paginas = join(tmp, `${base}-paginas`);
  mkdirSync(paginas, { recursive: true });
  correr('pdftoppm', ['-r', o.dpi!, '-mono', '-tiff', '-tiffcompression', 'deflate', join(salida, `${base}.pdf`), join(paginas, 'p')]);
  const imagenes = readdirSync(paginas)
    .sort()
    .map((f) => join(paginas, f));
  correr('img2pdf', ['--output', join(salida, `${base}-escaneado.pdf`), ...imagenes]);
  console.log(`Escritos ${join(salida, base)}.docx, .pdf y -escaneado.pdf (${imagenes.length} páginas).`);
  if (s === SEMILLAS[0] && !o.paginas) {
    // A partly readable scan: the first page, an illegible page (scanned at 25 dpi) and the table's pages.
    const borrosa = join(tmp, `${base}-borrosa`);
    correr('pdftoppm', [
      '-r',
      '25',
      '-mono',
      '-tiff',
      '-tiffcompression',
      'deflate',
      '-f',
      '4',
      '-l',
      '4',
      '-singlefile',
      join(salida, `${base}.pdf`),
      borrosa,
    ]);
    correr('img2pdf', [
      '--pagesize',
      'Letter',
      '--output',
      join(salida, 'convenio-escaneo-parcial.pdf'),
      imagenes[0]!,
      `${borrosa}.tif`,
      imagenes[4]!,
      imagenes[5]!,
    ]);
    console.log(`Escrito ${join(salida, 'convenio-escaneo-parcial.pdf')} (4 páginas, la segunda ilegible).`);
  }
}
// A password-protected PDF (password «secreto»), for the message the importer gives.
writeFileSync(join(tmp, 'protegido-con-contrasena.txt'), 'Convenio protegido con contraseña.\n');
correr('soffice', [
  '--headless',
  '--convert-to',
  'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secreto"}}',
  '--outdir',
  salida,
  join(tmp, 'protegido-con-contrasena.txt'),
]);
