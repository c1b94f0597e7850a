import { fechaComprometidaDe } from './fechas-texto.ts';
import { origen, type Linea, type Origen } from './lineas.ts';
import { normalizar } from './texto.ts';

/** A commitment row as read from the table, with where each part came from. */
export interface FilaLeida {
  numero: string;
  aspecto?: string;
  accion?: string;
  fecha?: string;
  fechaTexto?: string;
  origen: Origen;
  /** Why a person should look at this row again. */
  dudas: string[];
}

export interface TablaLeida {
  encabezado: Origen;
  prefijo: string;
  filas: FilaLeida[];
  /** Index (in the lines given) where the header starts; findings come before it. */
  inicio: number;
  fin: number;
  ignoradas: Origen[];
}

interface Celda {
  texto: string;
  linea: Linea;
}

type Columna = 'numero' | 'aspecto' | 'accion' | 'fecha' | 'otra';

function columnaDe(celda: string): Columna {
  const t = normalizar(celda);
  if (/^(no|num|numero|n°|no\.|#)\.?$/.test(t)) return 'numero';
  if (/fecha/.test(t)) return 'fecha';
  if (/aspecto|recomendaci|hallazgo|^asm|observaci/.test(t)) return 'aspecto';
  if (/actividad|accion|acciones|compromiso/.test(t)) return 'accion';
  return 'otra';
}

function esEncabezado(celdas: string[]): boolean {
  const cols = celdas.map(columnaDe);
  return cols.includes('numero') && cols.includes('aspecto');
}

const NUMERO = /^(\d{1,3}(?:\.\d{1,2})?)\.?$/;

/** Splits the region into rows of cells, whatever the layout: Markdown pipes, tab-separated rows, or one cell per line. */
function filasDe(lineas: Linea[]): Celda[][] {
  const filas: Celda[][] = [];
  const porLinea = lineas.filter((l) => l.crudo.trim() !== '');
  const celdaSola = porLinea.filter((l) => l.crudo.startsWith('\t') && l.crudo.split('\t').filter((c) => c.trim()).length === 1).length;
  const conTabs = porLinea.filter((l) => l.crudo.split('\t').filter((c) => c.trim()).length >= 2).length;

  if (porLinea.some((l) => l.crudo.trim().startsWith('|'))) {
    for (const l of porLinea) {
      const t = l.crudo.trim();
      if (!t.startsWith('|') || /^\|[\s:|-]+\|$/.test(t)) continue;
      filas.push(
        t
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => ({ texto: c.trim(), linea: l })),
      );
    }
    return filas;
  }

  if (celdaSola > conTabs) {
    // One cell per line (a Word table turned into text): rows end at a blank line; a line without
    // the leading tab continues the previous cell ("Diciembre" / "2022").
    let fila: Celda[] = [];
    for (const l of lineas) {
      if (l.crudo.trim() === '') {
        if (fila.length) filas.push(fila);
        fila = [];
      } else if (l.crudo.startsWith('\t')) {
        fila.push({ texto: l.limpio, linea: l });
      } else if (fila.length) {
        fila.at(-1)!.texto = `${fila.at(-1)!.texto} ${l.limpio}`.trim();
      } else {
        filas.push([{ texto: l.limpio, linea: l }]);
      }
    }
    if (fila.length) filas.push(fila);
    return filas;
  }

  for (const l of porLinea) {
    const celdas = l.crudo
      .split('\t')
      .map((c) =>
        c
          .replace(/<\/?b>/gi, '')
          .replace(/\*\*/g, '')
          .trim(),
      )
      .filter((c) => c !== '');
    if (celdas.length >= 2) filas.push(celdas.map((texto) => ({ texto, linea: l })));
    else if (celdas.length === 1) filas.push([{ texto: l.limpio, linea: l }]);
  }
  return filas;
}

/**
 * When a PDF loses the gap between two columns, the action usually starts a new sentence with
 * an infinitive ("… (CREMA). Revisar y adecuar …"): split there, and say so.
 */
function separarAccion(texto: string): [string, string] | undefined {
  const cortes = [...texto.matchAll(/([.;])\s+(\p{Lu}\p{Ll}+(?:ar|er|ir))\b/gu)];
  if (cortes.length !== 1) return undefined;
  const i = cortes[0]!.index! + 1;
  return [texto.slice(0, i).trim(), texto.slice(i).trim()];
}

/**
 * Finds the commitments table among the lines and reads every row: printed number, ASM or
 * recommendation, action and due date (a day, or a month when that is all the cell says).
 */
export function leerTabla(lineas: Linea[], hasta: (l: Linea) => boolean): TablaLeida | undefined {
  // The header may be one line (tab-separated or pipes) or several (one cell per line).
  let inicio = -1;
  for (let i = 0; i < lineas.length && inicio < 0; i++) {
    const l = lineas[i]!;
    const celdas = l.crudo
      .split(/\t|\|/)
      .map((c) => c.trim())
      .filter(Boolean);
    if (celdas.length >= 2 && esEncabezado(celdas)) inicio = i;
    else if (columnaDe(l.limpio) === 'numero' && l.crudo.startsWith('\t')) {
      const siguientes = lineas.slice(i, i + 5).map((x) => x.limpio);
      if (esEncabezado(siguientes)) inicio = i;
    }
  }
  if (inicio < 0) return undefined;
  let fin = inicio + 1;
  while (fin < lineas.length && !hasta(lineas[fin]!)) fin++;

  const filas = filasDe(lineas.slice(inicio, fin));
  const encabezado = filas[0]!;
  const columnas = encabezado.map((c) => columnaDe(c.texto));
  const textoAspecto = normalizar(encabezado[columnas.indexOf('aspecto')]?.texto ?? '');
  const prefijo = /recomendaci/.test(textoAspecto) ? 'rec' : /hallazgo/.test(textoAspecto) ? 'hal' : 'asm';

  const leidas: FilaLeida[] = [];
  const ignoradas: Origen[] = [];
  for (const fila of filas.slice(1)) {
    const textos = fila.map((c) => c.texto);
    if (esEncabezado(textos)) continue; // repeated on every page
    const primera = textos[0] ?? '';
    if (/^fecha/i.test(normalizar(primera)) && leidas.length > 0) {
      const previa = leidas.at(-1)!;
      // The label may spill into the next cells (a merged cell read by columns): only the date counts.
      const resto = `${textos[0]!.replace(/^\W*fecha\b/i, '')} ${textos.slice(1).join(' ')}`
        .replace(/^[\s:]*(?:(?:comprometida|de|del|para|el|su|cumplimiento|compromiso)\b[\s:]*)*/i, '')
        .trim();
      const f = fechaComprometidaDe(resto);
      if (f && previa.fecha === undefined) {
        previa.fecha = f.valor;
        previa.fechaTexto = f.texto;
      } else ignoradas.push(origen(fila[0]!.linea));
      continue;
    }
    const m = NUMERO.exec(primera);
    if (!m) {
      ignoradas.push(origen(fila[0]!.linea));
      continue;
    }
    const fl: FilaLeida = { numero: m[1]!, origen: origen(fila[0]!.linea), dudas: [] };
    const resto = fila.slice(1);
    const colsResto = columnas.slice(1);
    if (resto.length === colsResto.length || resto.length > colsResto.length) {
      colsResto.forEach((col, j) => {
        const t = resto[j]?.texto;
        if (t === undefined || t === '') return;
        if (col === 'aspecto') fl.aspecto = t;
        else if (col === 'accion') fl.accion = t;
        else if (col === 'fecha') {
          const f = fechaComprometidaDe(t);
          if (f) {
            fl.fecha = f.valor;
            fl.fechaTexto = f.texto;
          } else fl.dudas.push(`la fecha «${t}» no se entiende`);
        }
      });
      if (resto.length > colsResto.length) fl.dudas.push('la fila tiene más celdas que el encabezado');
    } else {
      // Fewer cells than columns: a PDF merged some. Keep what is certain, split the rest with care.
      const unidos = resto.map((c) => c.texto);
      const ultima = unidos.at(-1);
      const f = colsResto.includes('fecha') && ultima ? fechaComprometidaDe(ultima) : undefined;
      if (f) {
        fl.fecha = f.valor;
        fl.fechaTexto = f.texto;
        unidos.pop();
      }
      if (unidos.length === 2) [fl.aspecto, fl.accion] = unidos as [string, string];
      else if (unidos.length === 1) {
        const partes = separarAccion(unidos[0]!);
        if (partes) {
          [fl.aspecto, fl.accion] = partes;
          fl.dudas.push('el aspecto y la acción venían juntos; se separaron donde empieza la acción (un verbo en infinitivo)');
        } else {
          fl.aspecto = unidos[0];
          fl.dudas.push('no se pudo separar el aspecto de la acción');
        }
      }
    }
    leidas.push(fl);
  }
  return { encabezado: origen(encabezado[0]!.linea), prefijo, filas: leidas, inicio, fin, ignoradas };
}
