/**
 * Synthetic convenios for tests and benchmarks: never real content.
 *
 * Pure and deterministic: no file system, no clock, no Math.random. The same
 * { n, semilla, corte } always gives byte-identical files. Each convenio draws from its own
 * random stream (seed + index), so the first 1000 convenios of n=10000 equal those of n=1000.
 *
 * The files of scripts/sinteticos/, in reading order:
 *   generador.ts        this entry point: options, then one file per convenio and per catalogue entry used
 *   catalogo.ts         governments, bodies and programs, and who heads each body (from tablas-catalogo.ts)
 *   convenio.ts         one convenio in steps: program, signature, parties, extension rule, commitments
 *   seguimiento.ts      each commitment's follow-up: a scenario, then its dated reports
 *   cuerpo.ts           the Markdown body (templates in tablas-textos.ts)
 *   azar.ts, fechas.ts, texto.ts, yaml.ts, tipos.ts   small helpers and shared types
 *   tablas-*.ts         data only: names, vocabularies, word lists, templates
 */
import { esFechaReal } from '../../src/lib/fechas.ts';
import { crearCatalogo } from './catalogo.ts';
import { generarConvenio, PRIMER_PAE, type ConvenioGenerado } from './convenio.ts';
import { AVISO } from './tablas-textos.ts';
import type { Catalogo, Contexto } from './tipos.ts';
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
  const { n, semilla, corte } = revisarOpciones(opciones);
  const catalogo = crearCatalogo(semilla);
  const gobiernosPonderados = catalogo.gobiernos.flatMap((g) => Array.from({ length: g.peso }, () => g));
  const ctx: Contexto = { semilla, corte, catalogo, gobiernosPonderados, ancho: Math.max(5, String(n).length), combinaciones: new Set() };

  const convenios = Array.from({ length: n }, (_, i) => generarConvenio(ctx, i));
  const archivos: [string, string][] = [...convenios.map((cv): [string, string] => [`convenios/${cv.id}.md`, cv.texto]), ...archivosDelCatalogo(catalogo, convenios)];
  archivos.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { archivos: new Map(archivos) };
}

/** The options with their defaults, or an error that says what was expected. */
function revisarOpciones(opciones: OpcionesSinteticos): Required<OpcionesSinteticos> {
  const { n } = opciones;
  const semilla = opciones.semilla ?? SEMILLA_PREDETERMINADA;
  const corte = opciones.corte ?? CORTE_PREDETERMINADO;
  if (!Number.isInteger(n) || n < 1) throw new Error(`n: «${n}» no es válido (se esperaba un número entero de convenios, 1 o más)`);
  if (!Number.isInteger(semilla)) throw new Error(`semilla: «${semilla}» no es válida (se esperaba un número entero)`);
  if (!esFechaReal(corte)) throw new Error(`corte: «${corte}» no es una fecha válida (se esperaba AAAA-MM-DD)`);
  if (corte < `${PRIMER_PAE}-03-01`) throw new Error(`corte: «${corte}» es demasiado temprana (se esperaba a partir del 1 de marzo de ${PRIMER_PAE})`);
  return { n, semilla, corte };
}

/** The bodies, programs and governments the convenios use (and the governments of those bodies), one YAML file each. */
function archivosDelCatalogo(catalogo: Catalogo, convenios: readonly ConvenioGenerado[]): [string, string][] {
  const archivos: [string, string][] = [];
  const entes = new Set(convenios.flatMap((cv) => cv.usados));
  const programas = new Set(convenios.map((cv) => cv.programa));
  const gobiernos = new Set(convenios.map((cv) => cv.gobierno));
  for (const id of entes) {
    const e = catalogo.entes.get(id)!;
    gobiernos.add(e.gobierno.id);
    archivos.push([`entes/${id}.yaml`, escribirYaml(e.datos, AVISO)]);
  }
  for (const id of programas) archivos.push([`programas/${id}.yaml`, escribirYaml(catalogo.programas.get(id)!.datos, AVISO)]);
  for (const g of catalogo.gobiernos) if (gobiernos.has(g.id)) archivos.push([`gobiernos/${g.id}.yaml`, escribirYaml(g.datos, AVISO)]);
  return archivos;
}
