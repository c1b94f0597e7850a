import { lineasDePdf, type ElementoPdf } from './pdf.ts';
import { encabezadosVistos, leerTablaPosicional, lineasRepetidas, renglonesDePagina, type Pieza, type Renglon, type TablaPosicional } from './posiciones.ts';
import type { TextoConOrigen } from './word.ts';

export interface DocumentoPdf extends TextoConOrigen {
  /** Running headers, footers and page numbers left out (one example of each text). */
  omitidas: string[];
  tabla?: TablaPosicional;
  /** Header rows of other tables seen, for the message when the commitments table is missing. */
  tablasVistas: string[];
}

const donde = (r: Renglon) => `página ${r.pagina + 1}, línea ${r.linea}`;

/** Lines back into runs for the paragraph reader (pdf.ts), which rebuilds wrapped paragraphs. */
function elementos(renglones: Renglon[]): ElementoPdf[][] {
  const paginas: ElementoPdf[][] = [];
  for (const r of renglones) {
    const pagina = (paginas[r.pagina] ??= []);
    // Pieces a word-gap apart (justified text spreads them) are one run; a wider gap stays a gap.
    const runs: { str: string; x0: number; x1: number; alto: number }[] = [];
    for (const p of r.piezas) {
      const previo = runs.at(-1);
      if (previo && p.x0 - previo.x1 < p.alto * 1.6) {
        previo.str += p.x0 - previo.x1 > p.alto * 0.12 ? ` ${p.texto}` : p.texto;
        previo.x1 = p.x1;
      } else runs.push({ str: p.texto, x0: p.x0, x1: p.x1, alto: p.alto });
    }
    runs.forEach((p, k) => pagina.push({ str: p.str, x: p.x0, y: r.y, width: p.x1 - p.x0, fontSize: p.alto, hasEOL: k === runs.length - 1, donde: donde(r) }));
  }
  return paginas.map((p) => p ?? []);
}

const celdaMd = (t: string) => t.replace(/\|/g, '/').replace(/\s+/g, ' ').trim();

/**
 * A PDF's text from its positioned runs (a text layer, or OCR word boxes): running headers and
 * footers out, the commitments table read by columns into a Markdown table (one line per row),
 * and the rest as paragraphs. Every line says where it came from.
 */
export function documentoDePdf(paginas: Pieza[][]): DocumentoPdf {
  const renglones = paginas.flatMap((ps, i) => renglonesDePagina(ps, i));
  const repetidas = lineasRepetidas(renglones, paginas.length);
  const omitidas = [...new Set([...repetidas].map((r) => r.texto.replace(/\d+/g, 'N')))];
  const tabla = leerTablaPosicional(renglones, repetidas);
  const fuera = (rs: Renglon[]) => rs.filter((r) => !repetidas.has(r));
  const salida: TextoConOrigen = { lineas: [], donde: [] };
  const agregar = (t: TextoConOrigen) => {
    salida.lineas.push(...t.lineas);
    salida.donde.push(...t.donde);
  };
  if (!tabla) {
    agregar(lineasDePdf(elementos(fuera(renglones))));
    return { ...salida, omitidas, tablasVistas: encabezadosVistos(fuera(renglones)) };
  }
  agregar(lineasDePdf(elementos(fuera(renglones.slice(0, tabla.inicio)))));
  const r0 = renglones[tabla.inicio]!;
  salida.lineas.push('', `| ${tabla.columnas.map((c) => celdaMd(c.titulo)).join(' | ')} |`, `|${' --- |'.repeat(tabla.columnas.length)}`);
  salida.donde.push(undefined, `${donde(r0)} (encabezado de la tabla)`, undefined);
  tabla.filas.forEach((f, k) => {
    salida.lineas.push(`| ${f.celdas.map(celdaMd).join(' | ')} |`);
    salida.donde.push(`página ${f.pagina + 1}, línea ${f.linea} (tabla, fila ${k + 1})`);
  });
  salida.lineas.push('');
  salida.donde.push(undefined);
  agregar(lineasDePdf(elementos(fuera(renglones.slice(tabla.fin)))));
  return { ...salida, omitidas, tabla, tablasVistas: [] };
}

/** pdf.js runs (unpdf's extractTextItems) as pieces. */
export function piezasDePdfjs(items: { str: string; x: number; y: number; width: number; fontSize: number; height?: number }[], pagina: number): Pieza[] {
  return items
    .filter((e) => e.str.trim() !== '')
    .map((e) => {
      // A run that starts with spaces: its text starts further right.
      const lider = e.str.length - e.str.trimStart().length;
      const letra = e.str.length > 0 ? e.width / e.str.length : 0;
      return { texto: e.str.trim(), x0: e.x + lider * letra, x1: e.x + e.width, y: e.y, alto: e.fontSize || e.height || 10, pagina };
    });
}
