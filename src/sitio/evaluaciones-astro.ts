import { vistaDeEvaluaciones, type VistaEvaluaciones } from '../lib/evaluaciones/vista.ts';
import { rutasDeEvaluaciones } from '../lib/evaluaciones/rutas.ts';
import { rutas } from './rutas-astro.ts';
import { obtenerIndice } from './indice-astro.ts';

let vista: Promise<VistaEvaluaciones> | undefined;

/** The evaluations with their program and their ASM, once per build. */
export function obtenerEvaluaciones(): Promise<VistaEvaluaciones> {
  vista ??= obtenerIndice().then(vistaDeEvaluaciones);
  return vista;
}

export const rutasEv = rutasDeEvaluaciones(rutas.recurso);
