/**
 * Chart series and the HTML tables that carry the same numbers, for every chart of the site.
 * Pure: pages render the tables, and the client draws the charts from `datos` (embedded at build time).
 * Every figure here is defined on /metodologia/ (#las-graficas).
 */
import type { TipoDocumento } from '../schemas/documento.ts';
import { TIPOS } from './documentos/tipos.ts';
import { claseDe, ESTADOS, ESTADOS_SIEMPRE, ETIQUETAS, type Estado } from './estados.ts';
import { formatearFecha } from './fechas.ts';
import type { ConvenioCalculado } from './indice.ts';
import { formatearNumero, formatearPorcentaje, plural } from './palabras.ts';
import { conteoVacio, sumarConteos, sumarEstado, type Conteo } from './tasas.ts';

// ---- Tables -----------------------------------------------------------------

export interface Celda {
  texto: string;
  num?: boolean;
}
export interface CabeceraDeFila {
  texto: string;
  href?: string;
  /** Rendered as the status badge (symbol and word). */
  estado?: Estado;
  /** Machine-readable date or month for a <time> element. */
  fecha?: string;
  detalle?: string;
}
export interface FilaTabla {
  cabecera: CabeceraDeFila;
  celdas: Celda[];
  /** Rows with the same group are shown together under it (a row-group heading). */
  grupo?: string;
}
export interface Tabla {
  titulo: string;
  /** The first column heads the row headers. */
  columnas: Celda[];
  filas: FilaTabla[];
  pie: FilaTabla[];
}

// ---- Chart data (serialised into the page) ----------------------------------------

/** One bar per status, each with its own label: the distribution of a set of commitments. */
export interface DatosEstados {
  tipo: 'estados';
  etiquetas: string[];
  estados: Estado[];
  valores: number[];
  total: number;
}
/** Horizontal bars of compliance rates (percent), each labelled "n de m". */
export interface DatosClasificacion {
  tipo: 'clasificacion';
  etiquetas: string[];
  tasas: number[];
  atendidos: number[];
  exigibles: number[];
}
export interface SerieEstado {
  estado: Estado;
  etiqueta: string;
  valores: number[];
}
/** Bars stacked by status along an ordered axis (PAE years, months), optionally with the rate as a line. */
export interface DatosApiladas {
  tipo: 'apiladas';
  /** Short axis labels; `titulos` are the long ones, for tooltips. */
  etiquetas: string[];
  titulos: string[];
  /** Machine keys of the categories (year, AAAA-MM), the same as the table rows' <time> or text. */
  claves: string[];
  ejeX: string;
  series: SerieEstado[];
  tasa?: { valores: (number | null)[]; atendidos: number[]; exigibles: number[] };
  /** The category where the cut-off date falls, marked on the chart. */
  corte?: { indice: number; texto: string; corto: string };
}
export type DatosGrafica = DatosEstados | DatosClasificacion | DatosApiladas;

export interface Grafica {
  titulo: string;
  /** What the chart counts, in one or two plain sentences. */
  resumen: string;
  /** null: nothing to draw (the page shows `vacio`). */
  datos: DatosGrafica | null;
  tabla: Tabla | null;
  vacio?: string;
}

const numero = (n: number): Celda => ({ texto: formatearNumero(n), num: true });
const porcentajeDe = (parte: number, total: number): Celda => ({
  texto: total === 0 ? '—' : formatearPorcentaje(parte / total),
  num: true,
});
const comparar = (a: string, b: string) => a.localeCompare(b, 'es-MX');

/** "9 de 20 (45 %)", or why there is no rate. */
export function textoDeTasa(atendidos: number, exigibles: number): string {
  return exigibles === 0
    ? 'Sin compromisos exigibles'
    : `${formatearNumero(atendidos)} de ${formatearNumero(exigibles)} (${formatearPorcentaje(atendidos / exigibles)})`;
}

// ---- 1. Status distribution ------------------------------------------------------

export const GRUPO_EXIGIBLES = 'Exigibles: cuentan en la tasa';
export const GRUPO_NO_EXIGIBLES = 'Aún no exigibles: no cuentan en la tasa';
export const GRUPO_EXCLUIDOS = 'Cancelados, fusionados o dados de baja: no cuentan en la tasa';
const GRUPOS = { exigible: GRUPO_EXIGIBLES, abierto: GRUPO_NO_EXIGIBLES, excluido: GRUPO_EXCLUIDOS } as const;

/**
 * The statuses a distribution shows: the seven of every convenio always (a zero is information too), and the
 * ones only some data has (attended without a due date, cancelled, merged, withdrawn) where they occur.
 */
export function estadosAMostrar(conteo: Conteo, siempre: readonly Estado[] = ESTADOS_SIEMPRE): Estado[] {
  return ESTADOS.filter((e) => siempre.includes(e) || conteo.porEstado[e] > 0);
}

/**
 * The statuses a set of documents can have, shown even at zero: each kind's own (a convenio's seven; a federal
 * follow-up has no due date, so nothing of it can be on time, late or overdue), all of them when the set mixes kinds.
 * An empty set shows a convenio's.
 */
export function estadosSiempreDe(documentos: readonly { tipo: TipoDocumento }[]): readonly Estado[] {
  const tipos = [...new Set(documentos.map((d) => d.tipo))];
  if (tipos.length === 0) return TIPOS.convenio.estadosSiempre;
  if (tipos.length === 1) return TIPOS[tipos[0]!].estadosSiempre;
  const propios = new Set(tipos.flatMap((t) => TIPOS[t].estadosSiempre));
  return ESTADOS.filter((e) => propios.has(e));
}

/** `siempre`: the statuses shown even at zero (a federal follow-up shows its own; see estadosAMostrar). */
export function graficaDeEstados(conteo: Conteo, titulo: string, siempre: readonly Estado[] = ESTADOS_SIEMPRE): Grafica {
  if (conteo.total === 0) return { titulo, resumen: '', datos: null, tabla: null, vacio: 'No hay compromisos registrados.' };
  const abiertos = conteo.total - conteo.exigibles - conteo.excluidos;
  const estados = estadosAMostrar(conteo, siempre);
  return {
    titulo,
    resumen:
      `${plural(conteo.total, 'compromiso', 'compromisos')} según su estado a la fecha de corte. ` +
      `${plural(conteo.exigibles, 'es exigible', 'son exigibles')} y cuentan en la tasa; ${plural(abiertos, 'no lo es', 'no lo son')} todavía (pendientes o en proceso)` +
      (conteo.excluidos > 0
        ? `; ${plural(conteo.excluidos, 'se canceló, fusionó o dio de baja', 'se cancelaron, fusionaron o dieron de baja')} y queda fuera de la tasa.`
        : '.'),
    datos: {
      tipo: 'estados',
      etiquetas: estados.map((e) => ETIQUETAS[e]),
      estados,
      valores: estados.map((e) => conteo.porEstado[e]),
      total: conteo.total,
    },
    tabla: {
      titulo,
      columnas: [{ texto: 'Estado' }, { texto: 'Compromisos', num: true }, { texto: 'Porcentaje del total', num: true }],
      filas: estados.map((e) => ({
        cabecera: { texto: ETIQUETAS[e], estado: e },
        celdas: [numero(conteo.porEstado[e]), porcentajeDe(conteo.porEstado[e], conteo.total)],
        grupo: GRUPOS[claseDe(e)],
      })),
      pie: [
        {
          cabecera: { texto: 'Exigibles (cuentan en la tasa)' },
          celdas: [numero(conteo.exigibles), porcentajeDe(conteo.exigibles, conteo.total)],
        },
        { cabecera: { texto: 'Total' }, celdas: [numero(conteo.total), porcentajeDe(conteo.total, conteo.total)] },
      ],
    },
  };
}

// ---- 2. Compliance rate per group, ranked ----------------------------------------------

export interface Candidato {
  nombre: string;
  href?: string;
  detalle?: string;
  conteo: Conteo;
}
export interface Clasificado extends Candidato {
  /** 1 = highest rate, in the ranking of every group with something exigible. */
  posicion: number;
  tasa: number;
}
export interface Clasificacion {
  /** One part ("todos") when every group fits; else the top and the bottom `n`. */
  partes: { tipo: 'todos' | 'mayor' | 'menor'; filas: Clasificado[] }[];
  /** Groups with at least `minimo` exigible commitments: the ranked ones. */
  conExigibles: number;
  /** Groups with some exigible commitments, but fewer than `minimo`: listed apart, by name, with their counts. */
  pocos: Candidato[];
  /** Groups left out because nothing of theirs is exigible yet. */
  sinExigibles: number;
  /** The floor used. */
  minimo: number;
}

/**
 * Fewest exigible commitments a group needs to be ranked: below five, one commitment moves its rate by twenty
 * points or more, and «100 % · 1 de 1» would rank beside «100 % · 34 de 34». /metodologia/#clasificacion says so.
 */
export const MINIMO_PARA_COMPARAR = 5;

/**
 * Ranks groups by compliance rate, highest first; ties by denominator (more exigible commitments first: the
 * same rate over more says more), then by name and link. Groups under `minimo` exigible commitments are listed
 * apart, and those with none are only counted. With more than 2n ranked groups, keeps the top n and the bottom n:
 * hundreds of bars are unreadable.
 */
export function clasificar(candidatos: readonly Candidato[], n = 10, minimo = MINIMO_PARA_COMPARAR): Clasificacion {
  const con = candidatos.filter((c) => c.conteo.exigibles >= minimo);
  const pocos = candidatos
    .filter((c) => c.conteo.exigibles > 0 && c.conteo.exigibles < minimo)
    .sort((a, b) => comparar(a.nombre, b.nombre) || comparar(a.href ?? '', b.href ?? ''));
  const orden = con
    .map((c) => ({ ...c, tasa: c.conteo.atendidos / c.conteo.exigibles }))
    .sort(
      (a, b) =>
        b.tasa - a.tasa || b.conteo.exigibles - a.conteo.exigibles || comparar(a.nombre, b.nombre) || comparar(a.href ?? '', b.href ?? ''),
    )
    .map((c, i) => ({ ...c, posicion: i + 1 }));
  const partes: Clasificacion['partes'] =
    orden.length === 0
      ? []
      : orden.length <= 2 * n
        ? [{ tipo: 'todos', filas: orden }]
        : [
            { tipo: 'mayor', filas: orden.slice(0, n) },
            { tipo: 'menor', filas: orden.slice(-n) },
          ];
  return { partes, conExigibles: orden.length, pocos, sinExigibles: candidatos.length - orden.length - pocos.length, minimo };
}

/** The convenios of a page (a program, a government, a year) grouped by what `clave` says, ready to rank. */
export function candidatosDe(
  convenios: readonly ConvenioCalculado[],
  clave: (c: ConvenioCalculado) => { id: string; nombre: string; href?: string; detalle?: string },
): Candidato[] {
  const grupos = new Map<string, { candidato: Omit<Candidato, 'conteo'>; conteos: Conteo[] }>();
  for (const c of convenios) {
    const { id, ...candidato } = clave(c);
    const g = grupos.get(id);
    if (g) g.conteos.push(c.conteo);
    else grupos.set(id, { candidato, conteos: [c.conteo] });
  }
  return [...grupos.values()].map((g) => ({ ...g.candidato, conteo: sumarConteos(g.conteos) }));
}

export function graficaDeClasificacion(filas: readonly Clasificado[], titulo: string, encabezado: string): Grafica {
  if (filas.length === 0) return { titulo, resumen: '', datos: null, tabla: null, vacio: 'Ninguno tiene compromisos exigibles todavía.' };
  return {
    titulo,
    resumen:
      'Tasa de cumplimiento: compromisos atendidos (a tiempo, fuera de plazo o sin plazo) entre compromisos exigibles. ' +
      'Junto a cada barra, cuántos se atendieron de cuántos eran exigibles.',
    datos: {
      tipo: 'clasificacion',
      etiquetas: filas.map((f) => f.nombre),
      tasas: filas.map((f) => f.tasa * 100),
      atendidos: filas.map((f) => f.conteo.atendidos),
      exigibles: filas.map((f) => f.conteo.exigibles),
    },
    tabla: {
      titulo,
      columnas: [
        { texto: encabezado },
        { texto: 'Posición', num: true },
        { texto: 'Tasa de cumplimiento', num: true },
        { texto: 'Atendidos', num: true },
        { texto: 'Exigibles', num: true },
      ],
      filas: filas.map((f) => ({
        cabecera: { texto: f.nombre, href: f.href, detalle: f.detalle },
        celdas: [
          numero(f.posicion),
          { texto: formatearPorcentaje(f.tasa), num: true },
          numero(f.conteo.atendidos),
          numero(f.conteo.exigibles),
        ],
      })),
      pie: [],
    },
  };
}

// ---- Stacked series shared by the PAE trend and the timeline -------------------------------

/** Statuses that occur at least once: an all-zero series would only clutter legend and table. */
function estadosPresentes(conteos: readonly Conteo[]): Estado[] {
  return ESTADOS.filter((e) => conteos.some((c) => c.porEstado[e] > 0));
}

// ---- 3. Rate and volume per PAE year ---------------------------------------------

export interface EjercicioParaGrafica {
  pae: number;
  convenios: number;
  conteo: Conteo;
  href?: string;
}

export function graficaPorEjercicio(ejercicios: readonly EjercicioParaGrafica[]): Grafica {
  const titulo = 'Compromisos y tasa de cumplimiento por año del PAE';
  const orden = [...ejercicios].sort((a, b) => a.pae - b.pae);
  const conteos = orden.map((e) => e.conteo);
  if (orden.every((e) => e.conteo.total === 0))
    return { titulo, resumen: '', datos: null, tabla: null, vacio: 'No hay compromisos registrados.' };
  const estados = estadosPresentes(conteos);
  const total = sumarConteos(conteos);
  return {
    titulo,
    resumen:
      'Cada barra reúne los compromisos de los convenios de un Programa Anual de Evaluación, apilados por su estado a la fecha de corte; ' +
      'la línea es la tasa de cumplimiento de ese año (atendidos entre exigibles). Un año sin compromisos exigibles no tiene tasa.',
    datos: {
      tipo: 'apiladas',
      etiquetas: orden.map((e) => String(e.pae)),
      titulos: orden.map((e) => `PAE ${e.pae}`),
      claves: orden.map((e) => String(e.pae)),
      ejeX: 'Año del PAE',
      series: estados.map((estado) => ({ estado, etiqueta: ETIQUETAS[estado], valores: orden.map((e) => e.conteo.porEstado[estado]) })),
      tasa: {
        valores: orden.map((e) => (e.conteo.tasa === null ? null : e.conteo.tasa * 100)),
        atendidos: orden.map((e) => e.conteo.atendidos),
        exigibles: orden.map((e) => e.conteo.exigibles),
      },
    },
    tabla: {
      titulo,
      columnas: [
        { texto: 'Año del PAE' },
        { texto: 'Convenios', num: true },
        ...estados.map((e) => ({ texto: ETIQUETAS[e], num: true })),
        { texto: 'Compromisos', num: true },
        { texto: 'Tasa de cumplimiento (atendidos de exigibles)', num: true },
      ],
      filas: orden.map((e) => ({
        cabecera: { texto: `PAE ${e.pae}`, href: e.href },
        celdas: [
          numero(e.convenios),
          ...estados.map((s) => numero(e.conteo.porEstado[s])),
          numero(e.conteo.total),
          { texto: textoDeTasa(e.conteo.atendidos, e.conteo.exigibles), num: true },
        ],
      })),
      pie: [
        {
          cabecera: { texto: 'Total' },
          celdas: [
            numero(orden.reduce((s, e) => s + e.convenios, 0)),
            ...estados.map((s) => numero(total.porEstado[s])),
            numero(total.total),
            { texto: textoDeTasa(total.atendidos, total.exigibles), num: true },
          ],
        },
      ],
    },
  };
}

// ---- 4. Commitments falling due per month -------------------------------------------

/** "AAAA-MM" plus k months. */
export function sumarMeses(mes: string, k: number): string {
  const [a, m] = mes.split('-').map(Number) as [number, number];
  const i = a * 12 + (m - 1) + k;
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

const mesCorto = new Intl.DateTimeFormat('es-MX', { month: 'short', year: 'numeric', timeZone: 'UTC' });
/** "ene 2022": short enough for a chart axis. */
export function formatearMesCorto(mes: string): string {
  return mesCorto.format(new Date(`${mes}-01T00:00:00Z`));
}

export interface Ventana {
  /** Months shown before the cut-off month. */
  antes: number;
  /** Months shown after the cut-off month. */
  despues: number;
}
export const VENTANA_PREDETERMINADA: Ventana = { antes: 24, despues: 12 };

export interface Vencimiento {
  estado: Estado;
  /** Effective due date AAAA-MM-DD (extensions included); absent when the commitment has no due date. */
  vencimiento?: string;
}

/**
 * Commitments per month of their effective due date, by status. Every month between the first and the last
 * due date is shown, but no more than `ventana` around the cut-off month: the rest is counted in two table rows
 * (before and after), so the total always adds up. Commitments without a due date (the federal ASM data) have
 * no month: the summary says how many were left out.
 */
export function graficaDeVencimientos(todos: readonly Vencimiento[], corte: string, ventana: Ventana = VENTANA_PREDETERMINADA): Grafica {
  const titulo = 'Compromisos por mes de vencimiento y estado';
  const compromisos = todos.filter((k): k is Required<Vencimiento> => k.vencimiento !== undefined);
  const sinFecha = todos.length - compromisos.length;
  const nota =
    sinFecha > 0
      ? ` ${plural(sinFecha, 'compromiso no tiene', 'compromisos no tienen')} fecha comprometida y no ${sinFecha === 1 ? 'se cuenta' : 'se cuentan'} aquí.`
      : '';
  if (todos.length === 0) return { titulo, resumen: '', datos: null, tabla: null, vacio: 'No hay compromisos registrados.' };
  if (compromisos.length === 0)
    return {
      titulo,
      resumen: '',
      datos: null,
      tabla: null,
      vacio: `Ningún compromiso tiene fecha comprometida (${plural(sinFecha, 'compromiso', 'compromisos')} sin fecha).`,
    };
  let primero = compromisos[0]!.vencimiento.slice(0, 7);
  let ultimo = primero;
  for (const k of compromisos) {
    const mes = k.vencimiento.slice(0, 7);
    if (mes < primero) primero = mes;
    if (mes > ultimo) ultimo = mes;
  }
  const mesCorte = corte.slice(0, 7);
  const largo = ventana.antes + ventana.despues;
  const max = (a: string, b: string) => (a > b ? a : b);
  const min = (a: string, b: string) => (a < b ? a : b);
  let inicio = max(primero, sumarMeses(mesCorte, -ventana.antes));
  let fin = min(ultimo, sumarMeses(mesCorte, ventana.despues));
  // Every due date outside the window (all long past, or all far ahead): show the window's length next to them.
  if (inicio > fin)
    [inicio, fin] =
      ultimo < mesCorte ? [max(primero, sumarMeses(ultimo, -largo)), ultimo] : [primero, min(ultimo, sumarMeses(primero, largo))];
  const meses: string[] = [];
  for (let m = inicio; m <= fin; m = sumarMeses(m, 1)) meses.push(m);
  const porMes = new Map(meses.map((m) => [m, conteoVacio()]));
  const cAntes = conteoVacio();
  const cDespues = conteoVacio();
  for (const k of compromisos) {
    const mes = k.vencimiento.slice(0, 7);
    sumarEstado(mes < inicio ? cAntes : mes > fin ? cDespues : porMes.get(mes)!, k.estado);
  }
  const conteos = meses.map((m) => porMes.get(m)!);
  const estados = estadosPresentes([...conteos, cAntes, cDespues]);
  const fila = (cabecera: CabeceraDeFila, c: Conteo): FilaTabla => ({
    cabecera,
    celdas: [...estados.map((e) => numero(c.porEstado[e])), numero(c.total)],
  });
  const indiceCorte = meses.indexOf(mesCorte);
  const recorte = cAntes.total + cDespues.total > 0;
  return {
    titulo,
    resumen:
      `Cada barra cuenta los compromisos que vencen en ese mes —con la fecha de una prórroga concedida, si la hay—, apilados por su estado al ${formatearFecha(corte)}. ` +
      (recorte
        ? `Se muestran los meses de ${formatearFecha(inicio)} a ${formatearFecha(fin)}; la tabla suma aparte los que vencen antes y después.`
        : `Se muestran todos los meses de ${formatearFecha(inicio)} a ${formatearFecha(fin)}.`) +
      nota,
    datos: {
      tipo: 'apiladas',
      etiquetas: meses.map(formatearMesCorto),
      titulos: meses.map((m) => formatearFecha(m)),
      claves: meses,
      ejeX: 'Mes de vencimiento',
      series: estados.map((estado) => ({ estado, etiqueta: ETIQUETAS[estado], valores: conteos.map((c) => c.porEstado[estado]) })),
      corte: indiceCorte < 0 ? undefined : { indice: indiceCorte, texto: `Corte: ${formatearFecha(corte)}`, corto: 'Corte' },
    },
    tabla: {
      titulo,
      columnas: [
        { texto: 'Mes de vencimiento' },
        ...estados.map((e) => ({ texto: ETIQUETAS[e], num: true })),
        { texto: 'Total', num: true },
      ],
      filas: meses.map((m, i) => fila({ texto: formatearFecha(m), fecha: m }, conteos[i]!)),
      pie: [
        ...(cAntes.total > 0 ? [fila({ texto: `Vencen antes de ${formatearFecha(inicio)}` }, cAntes)] : []),
        ...(cDespues.total > 0 ? [fila({ texto: `Vencen después de ${formatearFecha(fin)}` }, cDespues)] : []),
        fila({ texto: 'Total' }, sumarConteos([...conteos, cAntes, cDespues])),
      ],
    },
  };
}
