/**
 * How many federal ASM each evaluation produced, by PAE cycle or by type, and where those ASM stand by their
 * latest report. An ASM counts for an evaluation only when its ID_ASM is the evaluation's ID_EVALUACION plus
 * «_NN» (cruce.ts): the file names the evaluation of about half of its ASM, so «sin ASM» means «none the file
 * ties to it», not «none». Counts by status only: no rate is computed here. Pure.
 */
import { ESTADOS, ESTADOS_FEDERALES, ETIQUETAS, type Estado } from '../estados.ts';
import type { Grafica } from '../graficas.ts';
import type { Registro } from '../indice.ts';
import { formatearNumero, formatearPorcentaje, listaEnEspanol } from '../palabras.ts';
import type { Evaluacion } from '../../schemas/evaluacion.ts';

/** An evaluation with the status of each ASM tied to it (EvaluacionVista has more). */
export type EvaluacionConAsm = Registro<Evaluacion> & { asm: readonly { estado: Estado }[] };

export interface FilaDeAsm {
  grupo: string;
  evaluaciones: number;
  /** Evaluations with at least one ASM tied to them. */
  conAsm: number;
  asm: number;
  /** ASM by their status at the cut-off (the latest report's). */
  porEstado: Record<Estado, number>;
}

/**
 * The columns of an ASM status count: what a federal ASM can be, always (a zero says something), in words that say
 * how the SHCP reports it; any other status only where some ASM has it. An ASM in progress whose last report is
 * over a year old at the cut-off (DIAS_SIN_REPORTE_RECIENTE) is «sin reporte reciente» (src/lib/estados.ts), apart from
 * those in progress with a recent report.
 */
const TITULOS: Partial<Record<Estado, string>> = {
  atendido_sin_plazo: 'Concluidos (avance 100 %)',
  en_proceso: 'En proceso (avance menor de 100 %)',
  sin_reporte_reciente: 'En proceso sin reporte reciente (más de 12 meses)',
  pendiente: 'Sin avance reportado',
  cancelado: 'Cancelados',
  fusionado: 'Fusionados',
  dado_de_baja: 'Dados de baja',
};
export const ESTADOS_DE_ASM: readonly Estado[] = ESTADOS_FEDERALES;

export function columnasDeEstado(filas: readonly Pick<FilaDeAsm, 'porEstado'>[]): { estado: Estado; titulo: string }[] {
  return ESTADOS.filter((e) => ESTADOS_DE_ASM.includes(e) || filas.some((f) => f.porEstado[e] > 0)).map((estado) => ({
    estado,
    titulo: TITULOS[estado] ?? ETIQUETAS[estado],
  }));
}

const ceros = (): Record<Estado, number> => Object.fromEntries(ESTADOS.map((e) => [e, 0])) as Record<Estado, number>;

export function filaDeAsm(grupo: string, lista: readonly Pick<EvaluacionConAsm, 'asm'>[]): FilaDeAsm {
  const porEstado = ceros();
  let asm = 0;
  let conAsm = 0;
  for (const e of lista) {
    if (e.asm.length > 0) conAsm++;
    for (const a of e.asm) {
      asm++;
      porEstado[a.estado]++;
    }
  }
  return { grupo, evaluaciones: lista.length, conAsm, asm, porEstado };
}

/** One row per group (in the order `orden` gives, else by name), and the total of all. */
export function asmPor<E extends Pick<EvaluacionConAsm, 'asm'>>(
  lista: readonly E[],
  grupoDe: (e: E) => string,
  orden?: (a: string, b: string) => number,
): { filas: FilaDeAsm[]; total: FilaDeAsm } {
  const grupos = new Map<string, E[]>();
  for (const e of lista) {
    const g = grupoDe(e);
    grupos.set(g, [...(grupos.get(g) ?? []), e]);
  }
  const nombres = [...grupos.keys()].sort(orden ?? ((a, b) => a.localeCompare(b, 'es-MX')));
  return { filas: nombres.map((g) => filaDeAsm(g, grupos.get(g)!)), total: filaDeAsm('Total', lista) };
}

/** How each status reads after a number: «3 concluidos», «1 en proceso». */
const PALABRAS: Partial<Record<Estado, [string, string]>> = {
  atendido_sin_plazo: ['concluido', 'concluidos'],
  en_proceso: ['en proceso', 'en proceso'],
  sin_reporte_reciente: ['en proceso sin reporte reciente', 'en proceso sin reporte reciente'],
  pendiente: ['sin avance reportado', 'sin avance reportado'],
  cancelado: ['cancelado', 'cancelados'],
  fusionado: ['fusionado', 'fusionados'],
  dado_de_baja: ['dado de baja', 'dados de baja'],
};

/** «3 concluidos, 1 en proceso y 1 cancelado»: only the statuses some ASM has; «ninguno» without ASM. */
export function describirEstadosDeAsm(porEstado: Record<Estado, number>): string {
  const partes = ESTADOS.filter((e) => porEstado[e] > 0).map((e) => {
    const [uno, varios] = PALABRAS[e] ?? [ETIQUETAS[e].toLowerCase(), ETIQUETAS[e].toLowerCase()];
    return `${formatearNumero(porEstado[e])} ${porEstado[e] === 1 ? uno : varios}`;
  });
  return partes.length === 0 ? 'ninguno' : listaEnEspanol(partes);
}

/** The newest report among some ASM: its date and, when it says, the SHCP publication it came in. */
export function reporteMasReciente(asm: readonly { fecha?: string; periodo?: string }[]): { fecha: string; periodo?: string } | undefined {
  let r: { fecha: string; periodo?: string } | undefined;
  for (const a of asm) {
    if (a.fecha !== undefined && (r === undefined || a.fecha > r.fecha))
      r = { fecha: a.fecha, ...(a.periodo ? { periodo: a.periodo } : {}) };
  }
  return r;
}

const decimal = new Intl.NumberFormat('es-MX', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Mean ASM per evaluation that has some, «2.5»; «—» when none has any. */
export function asmPorEvaluacion(f: Pick<FilaDeAsm, 'asm' | 'conAsm'>): string {
  return f.conAsm === 0 ? '—' : decimal.format(f.asm / f.conAsm);
}

/** «12 de 40 (30 %)»: a part and what it is a part of, never the bare percentage. */
export function parteDe(parte: number, de: number): string {
  return de === 0 ? '—' : `${formatearNumero(parte)} de ${formatearNumero(de)} (${formatearPorcentaje(parte / de)})`;
}

/**
 * ASM of the evaluations of each PAE cycle, stacked by status, with the same numbers as a table. `filas` in the
 * order of the axis (oldest cycle first); `nombre` and `corto` say each cycle in full and on the axis.
 */
export function graficaDeAsmPorCiclo(
  filas: readonly FilaDeAsm[],
  total: FilaDeAsm,
  textos: { nombre: (g: string) => string; corto: (g: string) => string; clave: (g: string) => string; href?: (g: string) => string },
): Grafica {
  const titulo = 'ASM de las evaluaciones de cada ciclo del PAE, por su estado';
  if (total.asm === 0) {
    return { titulo, resumen: '', datos: null, tabla: null, vacio: 'El archivo no enlaza ningún ASM con una evaluación.' };
  }
  const columnas = columnasDeEstado([total]);
  const n = (x: number) => ({ texto: formatearNumero(x), num: true });
  const celdas = (f: FilaDeAsm) => [
    n(f.evaluaciones),
    { texto: parteDe(f.conAsm, f.evaluaciones), num: true },
    n(f.asm),
    { texto: asmPorEvaluacion(f), num: true },
    ...columnas.map((c) => n(f.porEstado[c.estado])),
  ];
  return {
    titulo,
    resumen:
      `Cada barra reúne los ${formatearNumero(total.asm)} ASM que el archivo de la SHCP enlaza con una evaluación, ` +
      'según el ciclo del PAE de esa evaluación, apilados por su estado en su último reporte.',
    datos: {
      tipo: 'apiladas',
      etiquetas: filas.map((f) => textos.corto(f.grupo)),
      titulos: filas.map((f) => textos.nombre(f.grupo)),
      claves: filas.map((f) => textos.clave(f.grupo)),
      ejeX: 'Ciclo del PAE de la evaluación',
      series: columnas
        .filter((c) => total.porEstado[c.estado] > 0)
        .map((c) => ({ estado: c.estado, etiqueta: c.titulo, valores: filas.map((f) => f.porEstado[c.estado]) })),
    },
    tabla: {
      titulo,
      columnas: [
        { texto: 'Ciclo' },
        { texto: 'Evaluaciones', num: true },
        { texto: 'Con ASM en el archivo', num: true },
        { texto: 'ASM', num: true },
        { texto: 'ASM por evaluación con ASM', num: true },
        ...columnas.map((c) => ({ texto: c.titulo, num: true })),
      ],
      filas: filas.map((f) => ({
        cabecera: { texto: textos.nombre(f.grupo), ...(textos.href ? { href: textos.href(f.grupo) } : {}) },
        celdas: celdas(f),
      })),
      pie: [{ cabecera: { texto: 'Total' }, celdas: celdas(total) }],
    },
  };
}
