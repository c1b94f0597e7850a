import { normalizar } from './texto.ts';

/**
 * Reading a page from positioned text: a PDF's text runs (pdf.js) or an OCR's word boxes (tesseract).
 * Coordinates are PDF points with the origin at the bottom left, so both sources read alike.
 */
export interface Pieza {
  texto: string;
  x0: number;
  x1: number;
  /** Baseline (PDF) or bottom of the line box (OCR). */
  y: number;
  /** Font size, or line height for OCR. */
  alto: number;
  /** 0-based page. */
  pagina: number;
  /** OCR confidence 0–100; absent for a text layer. */
  confianza?: number;
}

/** One visual line of a page: its pieces left to right, and its 1-based number on the page. */
export interface Renglon {
  pagina: number;
  linea: number;
  y: number;
  alto: number;
  piezas: Pieza[];
  texto: string;
}

function mediana(xs: number[]): number {
  if (xs.length === 0) return 0;
  const o = [...xs].sort((a, b) => a - b);
  return o[Math.floor(o.length / 2)]!;
}

/** Joins pieces of one line, with a space where the gap is wider than a sliver. */
export function unirPiezas(piezas: Pieza[]): string {
  let t = '';
  let fin = -Infinity;
  for (const p of piezas) {
    const hueco = p.x0 - fin;
    // No space before closing punctuation: «C.P» and «.» set apart by kerning are «C.P.».
    const cierra = /^[.,;:)\]]/.test(p.texto.replace(/^⟦/, ''));
    if (t && (hueco > p.alto * 0.12 || p.confianza !== undefined) && !cierra && !/\s$/.test(t) && !/^\s/.test(p.texto)) t += ' ';
    t += p.texto;
    fin = p.x1;
  }
  return t.replace(/\s+/g, ' ').trim();
}

/**
 * Groups a page's pieces into visual lines: pieces whose baselines are within a third of their
 * height belong to the same line, whatever column they sit in.
 */
export function renglonesDePagina(piezas: Pieza[], pagina: number): Renglon[] {
  const utiles = piezas.filter((p) => p.texto.trim() !== '').sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const grupos: Pieza[][] = [];
  for (const p of utiles) {
    const g = grupos.find((x) => Math.abs(x[0]!.y - p.y) <= Math.max(1, Math.min(x[0]!.alto, p.alto) * 0.35));
    if (g) g.push(p);
    else grupos.push([p]);
  }
  return grupos
    .map((g) => g.sort((a, b) => a.x0 - b.x0))
    .sort((a, b) => mediana(b.map((p) => p.y)) - mediana(a.map((p) => p.y)))
    .map((g, i) => ({
      pagina,
      linea: i + 1,
      y: mediana(g.map((p) => p.y)),
      alto: mediana(g.map((p) => p.alto)),
      piezas: g,
      texto: unirPiezas(g),
    }));
}

/** Letters only, digits as «#»: a running header reads alike on every page, its page number aside. */
function firma(texto: string): string {
  return normalizar(texto)
    .replace(/\d+/g, '#')
    .replace(/[^a-z#]+/g, '');
}

function bigramas(t: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < t.length - 1; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

/** Dice similarity of two signatures; OCR reads the same motto slightly differently on each page. */
export function parecido(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const ba = bigramas(a);
  const bb = bigramas(b);
  let comunes = 0;
  for (const [k, n] of ba) comunes += Math.min(n, bb.get(k) ?? 0);
  return (2 * comunes) / (a.length - 1 + (b.length - 1));
}

const PAGINA = /^(?:p[aá]g(?:ina)?\.?\s*)?\d{1,4}(?:\s*(?:de|\/)\s*\d{1,4})?$/i;

/**
 * Running headers and footers: a line among the first or last three of a page whose text repeats
 * (digits aside, OCR slips tolerated) on at least half of the pages, and bare page numbers. Every
 * line that reads like one is dropped, wherever it falls, also inside the table.
 */
export function lineasRepetidas(renglones: Renglon[], paginas: number): Set<Renglon> {
  const fuera = new Set<Renglon>();
  const porPagina = new Map<number, Renglon[]>();
  for (const r of renglones) porPagina.set(r.pagina, [...(porPagina.get(r.pagina) ?? []), r]);
  const bordes = [...porPagina.values()].flatMap((rs) => [...rs.slice(0, 3), ...rs.slice(-3)]);
  for (const r of bordes) if (PAGINA.test(r.texto.trim())) fuera.add(r);
  if (paginas < 2) return fuera;
  const minimo = Math.max(2, Math.ceil(paginas / 2));
  const candidatas: string[] = [];
  for (const r of bordes) {
    const f = firma(r.texto);
    if (f.length < 8 || candidatas.some((c) => parecido(c, f) >= 0.85)) continue;
    const paginasCon = new Set(bordes.filter((x) => parecido(firma(x.texto), f) >= 0.85).map((x) => x.pagina));
    if (paginasCon.size >= minimo) candidatas.push(f);
  }
  for (const r of renglones) {
    const f = firma(r.texto);
    if (f.length >= 8 && candidatas.some((c) => parecido(c, f) >= 0.85)) fuera.add(r);
  }
  return fuera;
}

// --- The commitments table ---------------------------------------------------------------

export type Columna = 'numero' | 'aspecto' | 'accion' | 'fecha' | 'otra';

/** What a header cell names, by its words. */
export function columnaDe(celda: string): Columna {
  const t = normalizar(celda).replace(/[.:]+$/, '');
  if (/^(no|num|numero|n°|n º|nº|#|consecutivo)$/.test(t)) return 'numero';
  if (/fecha|plazo/.test(t)) return 'fecha';
  if (/aspecto|recomendaci|hallazgo|^asm\b|observaci/.test(t)) return 'aspecto';
  if (/actividad|accion|acciones|compromiso/.test(t)) return 'accion';
  return 'otra';
}

/** Words a header cell is made of; a line of only these words can be (part of) the header. */
const VOCABULARIO = new Set(
  'no num numero n° nº # consecutivo aspecto aspectos susceptible susceptibles de del la las los el y o a mejora asm actividad actividades accion acciones comprometida comprometidas comprometido compromiso compromisos fecha fechas cumplimiento recomendacion recomendaciones hallazgo hallazgos observacion observaciones unidad unidades responsable responsables area areas administrativa plazo termino entregable entregables evidencia evidencias medio medios verificacion prioridad meta metas para su'.split(
    ' ',
  ),
);

function palabrasDe(t: string): string[] {
  return normalizar(t)
    .replace(/[.:;,()/|]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/** A header word, or a piece of one a narrow column broke without a hyphen («cumplimien» «to»). */
function esPalabraDeEncabezado(p: string, partidas: boolean): boolean {
  if (VOCABULARIO.has(p)) return true;
  if (!partidas) return false;
  const sin = p.replace(/-$/, '');
  return [...VOCABULARIO].some((w) => w.length >= 6 && ((sin.length >= 3 && w.startsWith(sin)) || (sin.length >= 2 && w.endsWith(sin))));
}

function esRenglonDeEncabezado(r: Renglon, partidas = false): boolean {
  const ps = palabrasDe(r.texto);
  return ps.length > 0 && ps.every((p) => esPalabraDeEncabezado(p, partidas));
}

/** «cumplimien to» → «cumplimiento»: pieces of a header word broken by a narrow column, joined again. */
function unirPartidas(titulo: string): string {
  const ps = titulo.split(' ');
  for (let i = 0; i + 1 < ps.length; i++) {
    const junta = `${ps[i]!.replace(/-$/, '')}${ps[i + 1]}`;
    if (!VOCABULARIO.has(normalizar(ps[i]!)) || !VOCABULARIO.has(normalizar(ps[i + 1]!))) {
      if (VOCABULARIO.has(normalizar(junta).replace(/[.:]+$/, ''))) {
        ps.splice(i, 2, junta);
        i--;
      }
    }
  }
  return ps.join(' ');
}

export interface ColumnaTabla {
  tipo: Columna;
  titulo: string;
  x0: number;
  x1: number;
}

/** Header pieces grouped into cells: pieces that overlap horizontally, or sit a word-gap apart on one line. */
function celdasDeEncabezado(renglones: Renglon[]): ColumnaTabla[] {
  const piezas = renglones.flatMap((r) => r.piezas.map((p) => ({ p, r })));
  const grupo = piezas.map((_, i) => i);
  const raiz = (i: number): number => (grupo[i] === i ? i : (grupo[i] = raiz(grupo[i]!)));
  for (let i = 0; i < piezas.length; i++) {
    for (let j = i + 1; j < piezas.length; j++) {
      const a = piezas[i]!;
      const b = piezas[j]!;
      const mismo = a.r === b.r;
      const hueco = Math.max(a.p.x0, b.p.x0) - Math.min(a.p.x1, b.p.x1);
      const junto = mismo
        ? hueco < Math.min(a.p.alto, b.p.alto) * 0.7
        : hueco < -Math.min(a.p.alto, b.p.alto) * 0.3 || (hueco < 0 && Math.abs(a.p.x0 - b.p.x0) < a.p.alto);
      if (junto) grupo[raiz(i)] = raiz(j);
    }
  }
  const celdas = new Map<number, typeof piezas>();
  piezas.forEach((x, i) => celdas.set(raiz(i), [...(celdas.get(raiz(i)) ?? []), x]));
  return [...celdas.values()]
    .map((ps) => {
      const porRenglon = renglones.map((r) => unirPiezas(ps.filter((x) => x.r === r).map((x) => x.p))).filter(Boolean);
      const titulo = unirPartidas(porRenglon.join(' ').replace(/\s+/g, ' ').trim());
      return { tipo: columnaDe(titulo), titulo, x0: Math.min(...ps.map((x) => x.p.x0)), x1: Math.max(...ps.map((x) => x.p.x1)) };
    })
    .sort((a, b) => a.x0 - b.x0);
}

export interface Encabezado {
  /** Indexes (into the lines given) of the header's lines. */
  renglones: number[];
  columnas: ColumnaTabla[];
}

/**
 * Finds the commitments table's header by its words, not its position: up to four consecutive
 * lines made only of header words whose cells name a number, an aspect or recommendation, and an
 * action or a date. Any order and any extra column («Unidad responsable») are fine.
 */
export function buscarEncabezado(renglones: Renglon[], desde = 0): Encabezado | undefined {
  for (let i = desde; i < renglones.length; i++) {
    if (!esRenglonDeEncabezado(renglones[i]!)) continue;
    const banda = [i];
    for (let j = i + 1; j < renglones.length && banda.length < 5; j++) {
      const r = renglones[j]!;
      const previo = renglones[banda.at(-1)!]!;
      if (r.pagina !== previo.pagina || previo.y - r.y > previo.alto * 2.6 || !esRenglonDeEncabezado(r, true)) break;
      banda.push(j);
    }
    const columnas = celdasDeEncabezado(banda.map((k) => renglones[k]!));
    const tipos = columnas.map((c) => c.tipo);
    if (tipos.includes('numero') && tipos.includes('aspecto') && (tipos.includes('accion') || tipos.includes('fecha')))
      return { renglones: banda, columnas };
  }
  return undefined;
}

/** Cells of a line split at gaps wider than two letters' height. */
function celdasDeRenglon(r: Renglon): string[] {
  const celdas: Pieza[][] = [];
  for (const p of r.piezas) {
    const ultima = celdas.at(-1);
    if (ultima && p.x0 - ultima.at(-1)!.x1 < r.alto * 2) ultima.push(p);
    else celdas.push([p]);
  }
  return celdas.map(unirPiezas);
}

/** The header rows of other tables on the pages (short cells side by side), for the message when there is no commitments table. */
export function encabezadosVistos(renglones: Renglon[]): string[] {
  const vistos: string[] = [];
  renglones.forEach((r, i) => {
    const celdas = celdasDeRenglon(r);
    const previa = renglones[i - 1];
    const tabla =
      celdas.length >= 2 &&
      celdas.every((c) => c.split(' ').length <= 5) &&
      !(previa && previa.pagina === r.pagina && celdasDeRenglon(previa).length >= 2);
    if (tabla) vistos.push(celdas.join(', '));
  });
  return [...new Set(vistos)].slice(0, 3);
}

/**
 * Column boundaries: between two header cells, where the body's runs leave the widest empty gap
 * (a header may be centred and narrower than its column; body text may be wider than its header).
 */
export function limitesDeColumnas(columnas: ColumnaTabla[], cuerpo: Pieza[]): number[] {
  const limites: number[] = [];
  for (let k = 0; k + 1 < columnas.length; k++) {
    const a = columnas[k]!.x1;
    const b = columnas[k + 1]!.x0;
    if (b <= a) {
      limites.push((columnas[k]!.x1 + columnas[k + 1]!.x0) / 2);
      continue;
    }
    const paso = Math.max(0.5, (b - a) / 200);
    let mejor = (a + b) / 2;
    let mejorCuenta = Infinity;
    let mejorLargo = 0;
    let inicioTramo = a;
    let largo = 0;
    let cuentaTramo = Infinity;
    for (let x = a; x <= b; x += paso) {
      const cuenta = cuerpo.filter((p) => p.x0 < x && p.x1 > x).length;
      if (cuenta === cuentaTramo) largo += paso;
      else {
        inicioTramo = x;
        largo = 0;
        cuentaTramo = cuenta;
      }
      if (cuenta < mejorCuenta || (cuenta === mejorCuenta && largo > mejorLargo)) {
        mejorCuenta = cuenta;
        mejorLargo = largo;
        mejor = inicioTramo + largo / 2;
      }
    }
    limites.push(mejor);
  }
  return limites;
}

export function columnaDePieza(p: Pieza, limites: number[]): number {
  // A run belongs to the column where it starts (a merged cell may run on into the next one).
  const x = p.x0 + Math.min(p.alto * 0.2, (p.x1 - p.x0) / 2);
  let k = 0;
  while (k < limites.length && x > limites[k]!) k++;
  return k;
}

export interface FilaPosicional {
  celdas: string[];
  pagina: number;
  linea: number;
  /** Baseline and size of the row's first line. */
  y: number;
  alto: number;
  /** Cells with a piece the OCR was not sure of. */
  dudosas: number[];
}

export interface TablaPosicional {
  columnas: ColumnaTabla[];
  /** Vertical extent of the table's rows on each page. */
  paginas: { pagina: number; arriba: number; abajo: number }[];
  limites: number[];
  /** How far each column's header and body text reach, left and right. */
  bordes: { x0: number; x1: number }[];
  filas: FilaPosicional[];
  /** Indexes of the lines used by the table (header, rows, repeated headers). */
  inicio: number;
  fin: number;
  encabezado: { pagina: number; linea: number };
}

const NUMERO_FILA = /^\d{1,3}(?:\.\d{1,2})?\.?$/;
const CLAUSULA = /^(PRIMERA|SEGUNDA|TERCERA|CUARTA|QUINTA|SEXTA|S[ÉE]PTIMA|OCTAVA|NOVENA|D[ÉE]CIMA|UND[ÉE]CIMA|DUOD[ÉE]CIMA)\b[\s.,-]/;

function juntar(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  // A word hyphenated at the end of a cell line joins without the hyphen.
  if (/\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

/**
 * Whether a line leaves the table: a clause heading, a line starting left of the table, or a run
 * that spans three header cells (a paragraph across the page; no cell is that wide, and headers
 * may be centred and narrower than their columns, so their midpoints are no boundaries).
 */
function saleDeLaTabla(r: Renglon, columnas: ColumnaTabla[], izquierda: number): boolean {
  if (CLAUSULA.test(r.texto)) return true;
  if (r.piezas[0]!.x0 < izquierda - r.alto * 2) return true;
  if (/^fecha/i.test(normalizar(r.texto))) return false;
  const minimo = Math.min(3, columnas.length);
  return r.piezas.some((p) => columnas.filter((c) => p.x0 < c.x1 && p.x1 > c.x0).length >= minimo);
}

/**
 * The header repeated after a page break, however the OCR split it into lines this time: a line of
 * header words holding the titles of two columns or more, with the lines of header words right
 * above and below it on its page («comprometida» alone under «Actividad»).
 */
function encabezadosRepetidos(renglones: Renglon[], columnas: ColumnaTabla[]): Set<Renglon> {
  const titulos = columnas.map((c) => palabrasDe(c.titulo));
  const repetidos = new Set<Renglon>();
  const cerca = (a: Renglon, b: Renglon) => a.pagina === b.pagina && Math.abs(a.y - b.y) <= Math.max(a.alto, b.alto) * 2.6;
  renglones.forEach((r, i) => {
    if (!esRenglonDeEncabezado(r, true)) return;
    const palabras = new Set(palabrasDe(r.texto));
    if (titulos.filter((t) => t.length > 0 && t.every((w) => palabras.has(w))).length < 2) return;
    repetidos.add(r);
    for (let j = i - 1; j >= 0 && cerca(renglones[j]!, renglones[j + 1]!) && esRenglonDeEncabezado(renglones[j]!, true); j--)
      repetidos.add(renglones[j]!);
    for (let j = i + 1; j < renglones.length && cerca(renglones[j - 1]!, renglones[j]!) && esRenglonDeEncabezado(renglones[j]!, true); j++)
      repetidos.add(renglones[j]!);
  });
  return repetidos;
}

/**
 * Reads the commitments table from positioned lines: each piece goes to the column its x falls in;
 * a row starts where the number column holds a number (or the «Fecha comprometida» label, or
 * the first line after a header); lines without one continue the row, across a page break too.
 * The header repeated after a page break is skipped, and so are the lines given in `ignorar`.
 */
export function leerTablaPosicional(renglones: Renglon[], ignorar: Set<Renglon> = new Set()): TablaPosicional | undefined {
  const enc = buscarEncabezado(renglones);
  if (!enc) return undefined;
  const { columnas } = enc;
  const iNumero = columnas.findIndex((c) => c.tipo === 'numero');
  const inicio = enc.renglones[0]!;
  const firmaEnc = enc.renglones.map((k) => normalizar(renglones[k]!.texto));
  // The table's lines: from the header to a clause heading or a line across several columns. Its
  // left edge: the header's, or the first row's when it starts further left (a header centred in a
  // wide first column).
  const primeraFila = renglones.slice(enc.renglones.at(-1)! + 1).find((r) => !ignorar.has(r));
  const izquierda = Math.min(columnas[0]!.x0, primeraFila?.piezas[0]?.x0 ?? Infinity);
  let fin = enc.renglones.at(-1)! + 1;
  while (fin < renglones.length) {
    const r = renglones[fin]!;
    if (!ignorar.has(r) && saleDeLaTabla(r, columnas, izquierda)) break;
    fin++;
  }
  const repetidos = encabezadosRepetidos(renglones.slice(enc.renglones.at(-1)! + 1, fin), columnas);
  const cuerpo = renglones
    .slice(enc.renglones.at(-1)! + 1, fin)
    .filter((r) => !ignorar.has(r) && !firmaEnc.includes(normalizar(r.texto)) && !repetidos.has(r));
  const limites = limitesDeColumnas(
    columnas,
    cuerpo.flatMap((r) => r.piezas),
  );

  const filas: FilaPosicional[] = [];
  const bordes = columnas.map((c) => ({ x0: c.x0, x1: c.x1 }));
  let actual: (FilaPosicional & { dudosasSet: Set<number> }) | undefined;
  for (const r of cuerpo) {
    const porColumna: Pieza[][] = columnas.map(() => []);
    for (const p of r.piezas) {
      const k = columnaDePieza(p, limites);
      porColumna[k]!.push(p);
      bordes[k]!.x0 = Math.min(bordes[k]!.x0, p.x0);
      bordes[k]!.x1 = Math.max(bordes[k]!.x1, p.x1);
    }
    const textos = porColumna.map(unirPiezas);
    const primera = textos[iNumero] ?? '';
    const etiquetaFecha = /^fecha/i.test(normalizar(textos[0] ?? '')) || /^fecha/i.test(normalizar(primera));
    const enFecha = actual !== undefined && /^fecha/i.test(normalizar(actual.celdas[0] || actual.celdas[iNumero] || ''));
    const nueva = !actual || NUMERO_FILA.test(primera) || (etiquetaFecha && !enFecha);
    if (nueva) {
      actual = {
        celdas: columnas.map(() => ''),
        pagina: r.pagina,
        linea: r.linea,
        y: r.y,
        alto: r.alto,
        dudosas: [],
        dudosasSet: new Set(),
      };
      filas.push(actual);
    }
    textos.forEach((t, k) => (actual!.celdas[k] = juntar(actual!.celdas[k]!, t)));
    porColumna.forEach((ps, k) => {
      if (ps.some((p) => p.confianza !== undefined && /⟦/.test(p.texto))) actual!.dudosasSet.add(k);
    });
  }
  for (const f of filas as (FilaPosicional & { dudosasSet?: Set<number> })[]) {
    f.dudosas = [...(f.dudosasSet ?? [])];
    delete f.dudosasSet;
  }
  const r0 = renglones[inicio]!;
  const paginas: TablaPosicional['paginas'] = [];
  for (const r of cuerpo) {
    const p = paginas.find((x) => x.pagina === r.pagina);
    if (p) {
      p.arriba = Math.max(p.arriba, r.y + r.alto * 1.3);
      p.abajo = Math.min(p.abajo, r.y - r.alto * 0.6);
    } else paginas.push({ pagina: r.pagina, arriba: r.y + r.alto * 1.3, abajo: r.y - r.alto * 0.6 });
  }
  return { columnas, limites, bordes, filas, paginas, inicio, fin, encabezado: { pagina: r0.pagina, linea: r0.linea } };
}

/** The number column of the table on one page: where a second OCR pass looks for row numbers. */
export interface FranjaDeNumeros {
  pagina: number;
  x0: number;
  x1: number;
  /** Top and bottom, in points from the bottom of the page. */
  arriba: number;
  abajo: number;
}

/**
 * OCR often misses a lone «1» next to a cell border, and a row without its number runs into the
 * previous one. Where the table is on each page, its number column is read again on its own.
 */
export function franjasDeNumeros(tabla: TablaPosicional): FranjaDeNumeros[] {
  const k = tabla.columnas.findIndex((c) => c.tipo === 'numero');
  if (k < 0) return [];
  // The first column's numbers sit at the cell's left edge, which a centred header may not show.
  const x0 = k === 0 ? tabla.bordes[0]!.x0 - 12 : tabla.limites[k - 1]!;
  const x1 = tabla.limites[k] ?? tabla.bordes[k]!.x1 + 12;
  return tabla.paginas.map((p) => ({ pagina: p.pagina, x0: x0 + 1.5, x1: x1 - 1.5, arriba: p.arriba, abajo: p.abajo }));
}
