/**
 * Who evaluated the federal programs, and what they charged. The SHCP writes some evaluators more than one way;
 * two spellings count as one evaluator only when they differ in capitals, accents or spaces («S. C.» and
 * «S.C.»): anything else, even an obvious relative («UNAM» and «Facultad de Economía, UNAM»), stays apart, because
 * telling two firms apart is not ours to guess. A name that is not one evaluator («Varios») is not ranked. Pure.
 */
import type { Registro } from '../indice.ts';
import type { Evaluacion } from '../../schemas/evaluacion.ts';
import { clasificarPor, type Ranking } from './clasificacion.ts';
import { filaDeCostos, type FilaDeCostos } from './costos.ts';

/** Names the file gives that do not identify one evaluator, compared as claveDeEvaluador does. */
export const NOMBRES_QUE_NO_IDENTIFICAN: readonly string[] = ['Varios'];

/** «Investigación en Salud y Demografía, S. C.» and «investigacion en salud y demografia, S.C.» give the same key. */
export function claveDeEvaluador(nombre: string): string {
  return nombre.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('es-MX').replace(/\s+/g, '');
}

const NO_IDENTIFICAN = new Set(NOMBRES_QUE_NO_IDENTIFICAN.map(claveDeEvaluador));

export interface Escritura {
  texto: string;
  evaluaciones: number;
}

export interface Evaluador {
  clave: string;
  /** The spelling the file uses most (ties: the first alphabetically). */
  nombre: string;
  /** Every spelling that was counted as this evaluator, most used first; more than one when some were joined. */
  escrituras: Escritura[];
  /** Evaluation ids, in the order given. */
  evaluaciones: string[];
  costos: FilaDeCostos;
}

export interface Evaluadores {
  /** By name. */
  evaluadores: Evaluador[];
  porEvaluaciones: Ranking<Evaluador>;
  /** By the sum of their costs; the base is how many of their evaluations have one. */
  porCosto: Ranking<Evaluador>;
  /** Evaluations whose file row names no evaluator. */
  sinNombre: FilaDeCostos;
  /** Evaluations that name something that is not one evaluator («Varios»), with its spellings. */
  noIdentifican: FilaDeCostos & { escrituras: Escritura[] };
  /** Evaluations in all. */
  total: number;
}

const comparar = (a: string, b: string) => a.localeCompare(b, 'es-MX');

function escrituras(lista: readonly Registro<Pick<Evaluacion, 'evaluador'>>[]): Escritura[] {
  const cuenta = new Map<string, number>();
  for (const e of lista) if (e.datos.evaluador) cuenta.set(e.datos.evaluador, (cuenta.get(e.datos.evaluador) ?? 0) + 1);
  return [...cuenta.entries()]
    .map(([texto, evaluaciones]) => ({ texto, evaluaciones }))
    .sort((a, b) => b.evaluaciones - a.evaluaciones || comparar(a.texto, b.texto));
}

export function evaluadoresDe<E extends Registro<Pick<Evaluacion, 'evaluador' | 'costo'>>>(
  lista: readonly E[],
  minimo?: number,
): Evaluadores {
  const grupos = new Map<string, E[]>();
  const sinNombre: E[] = [];
  const noIdentifican: E[] = [];
  for (const e of lista) {
    const nombre = e.datos.evaluador?.trim();
    if (!nombre) {
      sinNombre.push(e);
      continue;
    }
    const clave = claveDeEvaluador(nombre);
    if (NO_IDENTIFICAN.has(clave)) {
      noIdentifican.push(e);
      continue;
    }
    grupos.set(clave, [...(grupos.get(clave) ?? []), e]);
  }
  const evaluadores = [...grupos.entries()]
    .map(([clave, evs]): Evaluador => {
      const formas = escrituras(evs);
      const nombre = formas[0]!.texto;
      return { clave, nombre, escrituras: formas, evaluaciones: evs.map((e) => e.id), costos: filaDeCostos(nombre, evs) };
    })
    .sort((a, b) => comparar(a.nombre, b.nombre) || comparar(a.clave, b.clave));
  const nombre = (v: Evaluador) => v.nombre;
  return {
    evaluadores,
    porEvaluaciones: clasificarPor(evaluadores, {
      medida: (v) => v.costos.evaluaciones,
      base: (v) => v.costos.evaluaciones,
      nombre,
      ...(minimo !== undefined ? { minimo } : {}),
    }),
    porCosto: clasificarPor(evaluadores, {
      medida: (v) => v.costos.total,
      base: (v) => v.costos.conCosto,
      nombre,
      ...(minimo !== undefined ? { minimo } : {}),
    }),
    sinNombre: filaDeCostos('Sin evaluador', sinNombre),
    noIdentifican: { ...filaDeCostos('No identifica a un evaluador', noIdentifican), escrituras: escrituras(noIdentifican) },
    total: lista.length,
  };
}
