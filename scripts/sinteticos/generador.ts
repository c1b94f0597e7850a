/**
 * Synthetic convenios for tests and benchmarks: never real content.
 *
 * Pure and deterministic: no file system, no clock, no Math.random. The same
 * { n, semilla, corte } always gives byte-identical files. Each convenio draws from its own
 * random stream (seed + index), so the first 1000 convenios of n=10000 equal those of n=1000.
 */
import { esFechaReal } from '../../src/lib/fechas.ts';
import { crearCatalogo } from './catalogo.ts';
import { generarConvenio, PRIMER_PAE } from './convenio.ts';
import { AVISO } from './tablas-textos.ts';
import type { Contexto } from './tipos.ts';
import { escribirYaml } from './yaml.ts';

export { AVISO };

export interface OpcionesSinteticos {
  /** How many convenios. */
  n: number;
  /** Seed of the pseudo-random generator (an integer). Default 1. */
  semilla?: number;
  /** Cut-off date (AAAA-MM-DD): no report, signature or ruling is dated after it. Default 2026-11-21. */
  corte?: string;
}

export interface Sinteticos {
  /** Relative path (convenios/x.md, entes/x.yaml, gobiernos/x.yaml, programas/x.yaml) → file text, sorted by path. */
  archivos: Map<string, string>;
}

export const CORTE_PREDETERMINADO = '2026-11-21';
export const SEMILLA_PREDETERMINADA = 1;

/** Generates n synthetic convenios and the governments, bodies and programs they use. */
export function generarSinteticos(opciones: OpcionesSinteticos): Sinteticos {
  const { n } = opciones;
  const semilla = opciones.semilla ?? SEMILLA_PREDETERMINADA;
  const corte = opciones.corte ?? CORTE_PREDETERMINADO;
  if (!Number.isInteger(n) || n < 1) throw new Error(`n: «${n}» no es válido (se esperaba un número entero de convenios, 1 o más)`);
  if (!Number.isInteger(semilla)) throw new Error(`semilla: «${semilla}» no es válida (se esperaba un número entero)`);
  if (!esFechaReal(corte)) throw new Error(`corte: «${corte}» no es una fecha válida (se esperaba AAAA-MM-DD)`);
  if (corte < `${PRIMER_PAE}-03-01`) throw new Error(`corte: «${corte}» es demasiado temprana (se esperaba a partir del 1 de marzo de ${PRIMER_PAE})`);

  const catalogo = crearCatalogo(semilla);
  const gobiernosPonderados = catalogo.gobiernos.flatMap((g) => Array.from({ length: g.peso }, () => g));
  const ctx: Contexto = { semilla, corte, catalogo, gobiernosPonderados, ancho: Math.max(5, String(n).length) };

  const archivos: [string, string][] = [];
  const entes = new Set<string>();
  const programas = new Set<string>();
  const gobiernos = new Set<string>();
  for (let i = 0; i < n; i++) {
    const cv = generarConvenio(ctx, i);
    archivos.push([`convenios/${cv.id}.md`, cv.texto]);
    for (const e of cv.usados) entes.add(e);
    programas.add(cv.programa);
    gobiernos.add(cv.gobierno);
  }
  for (const id of entes) {
    const e = catalogo.entes.get(id)!;
    gobiernos.add(e.gobierno.id);
    archivos.push([`entes/${id}.yaml`, escribirYaml(e.datos, AVISO)]);
  }
  for (const id of programas) archivos.push([`programas/${id}.yaml`, escribirYaml(catalogo.programas.get(id)!.datos, AVISO)]);
  for (const g of catalogo.gobiernos) if (gobiernos.has(g.id)) archivos.push([`gobiernos/${g.id}.yaml`, escribirYaml(g.datos, AVISO)]);

  archivos.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { archivos: new Map(archivos) };
}
