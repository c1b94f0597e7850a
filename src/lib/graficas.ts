/**
 * Chart series and the HTML tables that carry the same numbers, for every chart of the site.
 * Pure: pages render the tables, and the client draws the charts from `datos` (embedded at build time).
 * Every figure here is defined on /metodologia/ (#las-graficas).
 */
import type { TipoDocumento } from '../schemas/documento.ts';
import { TIPOS } from './documentos/tipos.ts';
import type { TipoDeDocumento } from './documentos/tipo-de-documento.ts';
import { claseDe, ESTADOS, ESTADOS_SIEMPRE, ETIQUETAS, type Estado } from './estados.ts';
import { formatearFecha } from './fechas.ts';
import type { ConvenioCalculado } from './indice.ts';
import { MEDIDA_PLAZO, type DefinicionDeMedida, type Medida } from './medidas.ts';
import { formatearNumero, formatearPorcentaje, listaEnEspanol, plural } from './palabras.ts';
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
  /** The rows left out because they are zero, named in one sentence after the table. */
  ceros?: string;
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
  /** The measure's words: the axis title, the filled part and the rest ("Atendidos", "Exigibles no atendidos"). */
  eje: string;
  logrados: string;
  resto: string;
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
// A federal ASM is never "exigible" (no due date): concluded ones count over all still committed.
const GRUPOS_FEDERALES = {
  exigible: 'Concluidos',
  abierto: 'Abiertos: cuentan en la proporción como no concluidos',
  excluido: 'Cancelados, fusionados o dados de baja: fuera de la proporción',
} as const;

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
export function graficaDeEstados(
  conteo: Conteo,
  titulo: string,
  siempre: readonly Estado[] = ESTADOS_SIEMPRE,
  definicion: DefinicionDeMedida = MEDIDA_PLAZO,
): Grafica {
  if (conteo.total === 0) return { titulo, resumen: '', datos: null, tabla: null, vacio: 'No hay compromisos registrados.' };
  const abiertos = conteo.total - conteo.exigibles - conteo.excluidos;
  const estados = estadosAMostrar(conteo, siempre);
  const excluidos =
    conteo.excluidos > 0
      ? `; ${plural(conteo.excluidos, 'se canceló, fusionó o dio de baja', 'se cancelaron, fusionaron o dieron de baja')} y queda fuera de la medida.`
      : '.';
  const plazo = definicion.clave === 'plazo';
  // The table lists the statuses that occur; the ones at zero are named in one line after it, so the commitments
  // come before a screen of zeros on a phone. The chart keeps every bar.
  const ceros = estados.filter((e) => conteo.porEstado[e] === 0);
  return {
    titulo,
    resumen: plazo
      ? `${plural(conteo.total, 'compromiso', 'compromisos')} según su estado a la fecha de corte. ` +
        `${plural(conteo.exigibles, 'es exigible', 'son exigibles')} y cuentan en la tasa; ${plural(abiertos, 'no lo es', 'no lo son')} todavía (pendientes o en proceso)${excluidos}`
      : `${plural(conteo.total, 'ASM', 'ASM')} según su último reporte a la fecha de corte: ${plural(conteo.atendidos, 'concluido', 'concluidos')}, ` +
        `${plural(abiertos, 'abierto', 'abiertos')} (en proceso o sin reporte reciente)${excluidos}`,
    datos: {
      tipo: 'estados',
      etiquetas: estados.map((e) => ETIQUETAS[e]),
      estados,
      valores: estados.map((e) => conteo.porEstado[e]),
      total: conteo.total,
    },
    tabla: {
      titulo,
      columnas: [{ texto: 'Estado' }, { texto: plazo ? 'Compromisos' : 'ASM', num: true }, { texto: 'Porcentaje del total', num: true }],
      filas: estados
        .filter((e) => conteo.porEstado[e] > 0)
        .map((e) => ({
          cabecera: { texto: ETIQUETAS[e], estado: e },
          celdas: [numero(conteo.porEstado[e]), porcentajeDe(conteo.porEstado[e], conteo.total)],
          grupo: plazo ? GRUPOS[claseDe(e)] : GRUPOS_FEDERALES[claseDe(e)],
        })),
      pie: [
        plazo
          ? {
              cabecera: { texto: 'Exigibles (cuentan en la tasa)' },
              celdas: [numero(conteo.exigibles), porcentajeDe(conteo.exigibles, conteo.total)],
            }
          : {
              cabecera: { texto: 'Comprometidos (cuentan en la proporción)' },
              celdas: [numero(conteo.total - conteo.excluidos), porcentajeDe(conteo.total - conteo.excluidos, conteo.total)],
            },
        { cabecera: { texto: 'Total' }, celdas: [numero(conteo.total), porcentajeDe(conteo.total, conteo.total)] },
      ],
      ...(ceros.length > 0 ? { ceros: `En cero: ${listaEnEspanol(ceros.map((e) => ETIQUETAS[e]))}.` } : {}),
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
  medida: Medida;
}
export interface Clasificacion {
  /** One part ("todos") when every group fits; else the top and the bottom `n`. */
  partes: { tipo: 'todos' | 'mayor' | 'menor'; filas: Clasificado[] }[];
  /** Groups with at least `minimo` exigible commitments: the ranked ones. */
  conExigibles: number;
  /** Groups with some exigible commitments, but fewer than `minimo`: listed apart, by name, with their counts. */
  pocos: (Candidato & { medida: Medida })[];
  /** Groups left out because nothing of theirs is exigible yet. */
  sinExigibles: number;
  /** The floor used. */
  minimo: number;
  /** The measure ranked: every candidate is of the one kind of document it fits. */
  definicion: DefinicionDeMedida;
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
export function clasificar(
  candidatos: readonly Candidato[],
  n = 10,
  minimo = MINIMO_PARA_COMPARAR,
  definicion: DefinicionDeMedida = MEDIDA_PLAZO,
): Clasificacion {
  const medidos = candidatos.map((c) => ({ ...c, medida: definicion.calcular(c.conteo) }));
  const pocos = medidos
    .filter((c) => c.medida.denominador > 0 && c.medida.denominador < minimo)
    .sort((a, b) => comparar(a.nombre, b.nombre) || comparar(a.href ?? '', b.href ?? ''));
  const orden = medidos
    .filter((c) => c.medida.denominador >= minimo)
    .map((c) => ({ ...c, tasa: c.medida.numerador / c.medida.denominador }))
    .sort(
      (a, b) =>
        b.tasa - a.tasa ||
        b.medida.denominador - a.medida.denominador ||
        comparar(a.nombre, b.nombre) ||
        comparar(a.href ?? '', b.href ?? ''),
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
  return { partes, conExigibles: orden.length, pocos, sinExigibles: candidatos.length - orden.length - pocos.length, minimo, definicion };
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

const mayusculaInicial = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** One ranking per kind of document present, each with its own measure: never one ranking over both. */
export function clasificarPorTipo(
  documentos: readonly ConvenioCalculado[],
  clave: (c: ConvenioCalculado) => { id: string; nombre: string; href?: string; detalle?: string },
  n = 10,
): { tipo: TipoDeDocumento; clasificacion: Clasificacion }[] {
  return Object.values(TIPOS)
    .map((t) => t as unknown as TipoDeDocumento)
    .map((tipo) => ({ tipo, deTipo: documentos.filter((c) => c.tipo === tipo.tipo) }))
    .filter(({ deTipo }) => deTipo.length > 0)
    .map(({ tipo, deTipo }) => ({ tipo, clasificacion: clasificar(candidatosDe(deTipo, clave), n, MINIMO_PARA_COMPARAR, tipo.medida) }));
}

export function graficaDeClasificacion(
  filas: readonly Clasificado[],
  titulo: string,
  encabezado: string,
  definicion: DefinicionDeMedida = MEDIDA_PLAZO,
): Grafica {
  if (filas.length === 0) return { titulo, resumen: '', datos: null, tabla: null, vacio: `Ninguno tiene ${definicion.unidad[1]} todavía.` };
  const logrados = definicion.logrado[1][0]!.toUpperCase() + definicion.logrado[1].slice(1);
  const unidades = definicion.unidad[1][0]!.toUpperCase() + definicion.unidad[1].slice(1);
  return {
    titulo,
    resumen: `${definicion.nombre}: ${definicion.queCuenta} Junto a cada barra, cuántos ${definicion.unidad[1]} ${definicion.logrado[1]} de cuántos ${definicion.unidad[1]} hay.`,
    datos: {
      tipo: 'clasificacion',
      etiquetas: filas.map((f) => f.nombre),
      tasas: filas.map((f) => f.tasa * 100),
      atendidos: filas.map((f) => f.medida.numerador),
      exigibles: filas.map((f) => f.medida.denominador),
      eje: `${unidades} ${definicion.logrado[1]}`,
      logrados,
      resto: `${unidades} no ${definicion.logrado[1]}`,
    },
    tabla: {
      titulo,
      columnas: [
        { texto: encabezado },
        { texto: 'Posición', num: true },
        { texto: mayusculaInicial(definicion.proporcion), num: true },
        { texto: logrados, num: true },
        { texto: unidades, num: true },
      ],
      filas: filas.map((f) => ({
        cabecera: { texto: f.nombre, href: f.href, detalle: f.detalle },
        celdas: [
          numero(f.posicion),
          { texto: formatearPorcentaje(f.tasa), num: true },
          numero(f.medida.numerador),
          numero(f.medida.denominador),
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

export function graficaPorEjercicio(
  ejercicios: readonly EjercicioParaGrafica[],
  tipo: TipoDeDocumento = TIPOS.convenio as unknown as TipoDeDocumento,
): Grafica {
  const def = tipo.medida;
  const anio = tipo.anioEs === 'pae' ? 'Año del PAE' : 'Año de la evaluación';
  const titulo = `${tipo.compromisos[1][0]!.toUpperCase()}${tipo.compromisos[1].slice(1)} de ${tipo.documentos[1]} y ${def.nombre.toLowerCase()} por ${anio.toLowerCase()}`;
  const orden = [...ejercicios].sort((a, b) => a.pae - b.pae);
  const conteos = orden.map((e) => e.conteo);
  if (orden.every((e) => e.conteo.total === 0))
    return { titulo, resumen: '', datos: null, tabla: null, vacio: 'No hay compromisos registrados.' };
  const estados = estadosPresentes(conteos);
  const total = sumarConteos(conteos);
  const medidas = orden.map((e) => def.calcular(e.conteo));
  const totalMedida = def.calcular(total);
  const texto = (m: Medida) => (m.denominador === 0 ? `Sin ${def.unidad[1]}` : textoDeTasa(m.numerador, m.denominador));
  const documentos = tipo.documentos[1][0]!.toUpperCase() + tipo.documentos[1].slice(1);
  return {
    titulo,
    resumen:
      `Cada barra reúne los ${tipo.compromisos[1]} de los ${tipo.documentos[1]} de un año (${anio.toLowerCase()}), apilados por su estado a la fecha de corte; ` +
      `la línea es la proporción de ${def.unidad[1]} ${def.logrado[1]} de ese año. ${def.queCuenta}`,
    datos: {
      tipo: 'apiladas',
      etiquetas: orden.map((e) => String(e.pae)),
      titulos: orden.map((e) => tipo.describirAnio(e.pae)),
      claves: orden.map((e) => String(e.pae)),
      ejeX: anio,
      series: estados.map((estado) => ({ estado, etiqueta: ETIQUETAS[estado], valores: orden.map((e) => e.conteo.porEstado[estado]) })),
      tasa: {
        valores: medidas.map((m) => (m.tasa === null ? null : m.tasa * 100)),
        atendidos: medidas.map((m) => m.numerador),
        exigibles: medidas.map((m) => m.denominador),
      },
    },
    tabla: {
      titulo,
      columnas: [
        { texto: anio },
        { texto: documentos, num: true },
        ...estados.map((e) => ({ texto: ETIQUETAS[e], num: true })),
        { texto: tipo.compromisos[1][0]!.toUpperCase() + tipo.compromisos[1].slice(1), num: true },
        { texto: `${def.nombre} (${def.logrado[1]} de ${def.unidad[1]})`, num: true },
      ],
      filas: orden.map((e, i) => ({
        cabecera: { texto: tipo.describirAnio(e.pae), href: e.href },
        celdas: [
          numero(e.convenios),
          ...estados.map((s) => numero(e.conteo.porEstado[s])),
          numero(e.conteo.total),
          { texto: texto(medidas[i]!), num: true },
        ],
      })),
      pie: [
        {
          cabecera: { texto: 'Total' },
          celdas: [
            numero(orden.reduce((s, e) => s + e.convenios, 0)),
            ...estados.map((s) => numero(total.porEstado[s])),
            numero(total.total),
            { texto: texto(totalMedida), num: true },
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
