import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { columnaDe } from './posiciones.ts';

/** Text lines of a document, each with where it came from («tabla 1, fila 3», «página 2, línea 7»). */
export interface TextoConOrigen {
  lineas: string[];
  donde: (string | undefined)[];
  /** First rows of the tables that are not the commitments table («Nombre, Cargo»). */
  tablasVistas?: string[];
}

const BLOQUES = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'table']);

/** A paragraph's text: bold as «**», line breaks as spaces, the rest as plain text. */
function enLinea(n: Node): string {
  if (n.nodeType === 3) return n.text;
  const e = n as HTMLElement;
  const tag = e.rawTagName?.toLowerCase();
  if (tag === 'br') return ' ';
  if (tag === 'img') return '';
  const dentro = e.childNodes.map(enLinea).join('');
  if ((tag === 'strong' || tag === 'b') && dentro.trim()) {
    const [, a, t, z] = /^(\s*)([\s\S]*?)(\s*)$/.exec(dentro)!;
    return `${a}**${t}**${z}`;
  }
  return dentro;
}

const limpio = (t: string) =>
  t
    .replace(/\*\*\s*\*\*/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ ]{2,}/g, ' ')
    .replace(/\s+$/, '');

/** The paragraphs inside a table cell (nested tables read as their text). */
function parrafosDeCelda(celda: HTMLElement): string[] {
  const ps = celda.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li');
  const textos = ps.length > 0 ? ps.map((p) => limpio(enLinea(p)).trim()) : [limpio(enLinea(celda)).trim()];
  return textos.filter((t) => t !== '');
}

/**
 * A Word table as a grid: merged cells (colspan, rowspan) fill the cells they cover with empty
 * text, so that every row has one cell per column and a value stays under its header.
 */
export function rejillaDeTabla(tabla: HTMLElement): string[][][] {
  const filas = tabla.querySelectorAll('tr').filter((tr) => tr.closest('table') === tabla);
  const rejilla: string[][][] = [];
  const ocupadas = new Map<string, true>();
  filas.forEach((tr, i) => {
    const fila: string[][] = [];
    let j = 0;
    for (const td of tr.childNodes.filter((c): c is HTMLElement => c.nodeType === 1 && /^t[dh]$/i.test((c as HTMLElement).rawTagName))) {
      while (ocupadas.has(`${i},${j}`)) fila[j++] = [];
      const colspan = Math.max(1, Number(td.getAttribute('colspan') ?? 1) || 1);
      const rowspan = Math.max(1, Number(td.getAttribute('rowspan') ?? 1) || 1);
      fila[j] = parrafosDeCelda(td);
      for (let c = 1; c < colspan; c++) fila[j + c] = [];
      for (let r = 1; r < rowspan; r++) for (let c = 0; c < colspan; c++) ocupadas.set(`${i + r},${j + c}`, true);
      j += colspan;
    }
    while (ocupadas.has(`${i},${j}`)) fila[j++] = [];
    rejilla.push(Array.from({ length: fila.length }, (_, k) => fila[k] ?? []));
  });
  return rejilla;
}

/** Whether a row of cells names a number, an aspect or recommendation, and an action or a date. */
export function esEncabezadoDeCompromisos(celdas: string[]): boolean {
  const tipos = celdas.map(columnaDe);
  return tipos.includes('numero') && tipos.includes('aspecto') && (tipos.includes('accion') || tipos.includes('fecha'));
}

const celdaMd = (t: string) => t.replace(/\*\*/g, '').replace(/\|/g, '/').replace(/\s+/g, ' ').trim();

/**
 * The commitments table as a Markdown table, one line per row, one cell per column (the form the
 * table reader and the draft's body both understand). Other tables keep the text layout of the
 * seeds: each cell's first paragraph after a tab, a blank line after each row.
 */
function lineasDeTabla(rejilla: string[][][], numero: number, salida: TextoConOrigen): void {
  const iEnc = rejilla.slice(0, 3).findIndex((f) => esEncabezadoDeCompromisos(f.map((c) => c.join(' '))));
  if (iEnc >= 0) {
    const ancho = Math.max(...rejilla.map((f) => f.length));
    const fila = (f: string[][]) => `| ${Array.from({ length: ancho }, (_, k) => celdaMd((f[k] ?? []).join(' '))).join(' | ')} |`;
    rejilla.forEach((f, r) => {
      if (r < iEnc) return;
      salida.lineas.push(fila(f));
      salida.donde.push(`tabla ${numero}, fila ${r + 1}`);
      if (r === iEnc) {
        salida.lineas.push(`|${' --- |'.repeat(ancho)}`);
        salida.donde.push(undefined);
      }
    });
    salida.lineas.push('');
    salida.donde.push(undefined);
    return;
  }
  const primera = (rejilla[0] ?? []).map((c) => c.join(' ').replace(/\*\*/g, '').trim()).filter(Boolean);
  if (primera.length >= 2) (salida.tablasVistas ??= []).push(primera.join(', '));
  rejilla.forEach((f, r) => {
    for (const celda of f) {
      celda.forEach((p, k) => {
        salida.lineas.push(k === 0 ? `\t${p}` : p);
        salida.donde.push(`tabla ${numero}, fila ${r + 1}`);
      });
    }
    salida.lineas.push('');
    salida.donde.push(undefined);
  });
}

/**
 * A Word document's text from mammoth's HTML: one line per paragraph (an empty paragraph is a
 * blank line, as in the plain-text conversion), bold kept as «**», and tables read as tables.
 */
export function textoDeHtmlWord(html: string): TextoConOrigen {
  const raiz = parse(html);
  const salida: TextoConOrigen = { lineas: [], donde: [] };
  let tablas = 0;
  let parrafos = 0;
  const recorrer = (n: Node) => {
    if (n.nodeType !== 1) {
      if (n.text.trim()) {
        salida.lineas.push(limpio(n.text));
        salida.donde.push(undefined);
      }
      return;
    }
    const e = n as HTMLElement;
    const tag = e.rawTagName?.toLowerCase();
    if (tag === 'table') {
      lineasDeTabla(rejillaDeTabla(e), ++tablas, salida);
      return;
    }
    if (tag && BLOQUES.has(tag) && !e.querySelector('table, p, li')) {
      parrafos++;
      salida.lineas.push(limpio(enLinea(e)));
      salida.donde.push(`párrafo ${parrafos}`);
      return;
    }
    e.childNodes.forEach(recorrer);
  };
  raiz.childNodes.forEach(recorrer);
  while (salida.lineas.length > 0 && salida.lineas.at(-1) === '') {
    salida.lineas.pop();
    salida.donde.pop();
  }
  return salida;
}
