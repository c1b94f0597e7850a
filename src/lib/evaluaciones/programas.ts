/**
 * Which federal programs were evaluated most, in which PAE cycles and with which types of evaluation, and where
 * the ASM of those evaluations stand. A program is the portal's program when the evaluation is linked to one
 * (same ramo and key); otherwise the ramo and the program key the SHCP gives (the «S070» of «20S070» too), or,
 * without a usable key, the ramo and the program's name without case or accents. Pure.
 */
import type { Registro } from '../indice.ts';
import { normalizar } from '../importador/texto.ts';
import { filaDeAsm, type FilaDeAsm, type EvaluacionConAsm } from './asm.ts';
import { clasificarPor, type Ranking } from './clasificacion.ts';
import { describirCiclo } from './textos.ts';
import { listaEnEspanol } from '../palabras.ts';

/** What grouping needs of an evaluation (EvaluacionVista has it). */
export type EvaluacionDePrograma = EvaluacionConAsm & {
  programa?: Registro<{ clave?: string; nombre: string }>;
  programaClave?: string;
  programaNombre?: string;
};

export interface ProgramaEvaluado {
  /** The grouping key («portal:federal-20-s070», «20|S070», «8|programa de …»). */
  clave: string;
  /** The portal's program, when the evaluations are linked to one. */
  programaId?: string;
  nombre: string;
  /** Program key, when there is one. */
  clavePp?: string;
  /** «20 Desarrollo Social», as the newest evaluation gives it. */
  ramo?: string;
  /** How many different names the SHCP gives the program in these evaluations (case and accents aside). */
  nombres: number;
  evaluaciones: number;
  /** The PAE cycles, oldest first, complementary ones last. */
  ciclos: string[];
  tipos: { tipo: string; evaluaciones: number }[];
  asm: FilaDeAsm;
}

/** The grouping key of an evaluation's program. */
export function claveDePrograma(e: Pick<EvaluacionDePrograma, 'id' | 'datos' | 'programa'>): string {
  if (e.programa) return `portal:${e.programa.id}`;
  const ramo = (e.datos.ramo.clave ?? 'na')
    .trim()
    .toLowerCase()
    .replace(/^0+(?=\d)/, '');
  const m = /^(?:\d{1,2})?([A-Za-z]\d{3})$/.exec(e.datos.programa.clave?.trim() ?? '');
  if (m) return `${ramo}|${m[1]!.toUpperCase()}`;
  if (e.datos.programa.nombre) return `${ramo}|${normalizar(e.datos.programa.nombre)}`;
  return `evaluacion:${e.id}`;
}

const anioDeCiclo = (c: string) => {
  const m = /^PAE\s*(\d{4})$/i.exec(c.trim());
  return m ? Number(m[1]) : undefined;
};

/** PAE cycles oldest first, anything else after them by name. */
export function ordenCronologico(a: string, b: string): number {
  const x = anioDeCiclo(a) ?? Infinity;
  const y = anioDeCiclo(b) ?? Infinity;
  return x === y ? a.localeCompare(b, 'es-MX') : x < y ? -1 : 1;
}

/** «PAE 2007, 2009 a 2011 y Complementaria (fuera del PAE)»: consecutive years as one span. */
export function describirCiclos(ciclos: readonly string[]): string {
  const anios = [...new Set(ciclos.flatMap((c) => anioDeCiclo(c) ?? []))].sort((a, b) => a - b);
  const tramos: string[] = [];
  for (let i = 0; i < anios.length;) {
    let j = i;
    while (j + 1 < anios.length && anios[j + 1] === anios[j]! + 1) j++;
    tramos.push(j === i ? String(anios[i]) : j === i + 1 ? `${anios[i]}, ${anios[j]}` : `${anios[i]} a ${anios[j]}`);
    i = j + 1;
  }
  const otros = [...new Set(ciclos.filter((c) => anioDeCiclo(c) === undefined))].sort((a, b) => a.localeCompare(b, 'es-MX'));
  const partes = [...(tramos.length > 0 ? [`PAE ${tramos.join(', ')}`] : []), ...otros.map(describirCiclo)];
  return listaEnEspanol(partes);
}

/**
 * Every evaluated program, by name. `lista` newest first (as vistaDeEvaluaciones gives it): a program that is not
 * the portal's takes the name its newest evaluation gives it.
 */
export function programasEvaluados(lista: readonly EvaluacionDePrograma[]): ProgramaEvaluado[] {
  const grupos = new Map<string, EvaluacionDePrograma[]>();
  for (const e of lista) {
    const k = claveDePrograma(e);
    grupos.set(k, [...(grupos.get(k) ?? []), e]);
  }
  return [...grupos.entries()]
    .map(([clave, evs]): ProgramaEvaluado => {
      const primera = evs[0]!;
      const programa = primera.programa;
      const nombre =
        programa?.datos.nombre ?? primera.programaNombre ?? primera.datos.programa.nombre ?? 'Programa sin nombre en la fuente';
      const clavePp = programa?.datos.clave ?? evs.map((e) => e.programaClave ?? e.datos.programa.clave).find(Boolean);
      const ramo = evs.find((e) => e.datos.ramo.clave || e.datos.ramo.nombre)?.datos.ramo;
      const tipos = new Map<string, number>();
      for (const e of evs) tipos.set(e.datos.tipo_normalizado, (tipos.get(e.datos.tipo_normalizado) ?? 0) + 1);
      const nombres = new Set(evs.flatMap((e) => (e.datos.programa.nombre ? [normalizar(e.datos.programa.nombre)] : [])));
      return {
        clave,
        ...(programa ? { programaId: programa.id } : {}),
        nombre,
        ...(clavePp ? { clavePp } : {}),
        ...(ramo ? { ramo: [ramo.clave, ramo.nombre].filter(Boolean).join(' ') } : {}),
        nombres: nombres.size,
        evaluaciones: evs.length,
        ciclos: [...new Set(evs.map((e) => e.datos.ciclo_pae))].sort(ordenCronologico),
        tipos: [...tipos.entries()]
          .map(([tipo, evaluaciones]) => ({ tipo, evaluaciones }))
          .sort((a, b) => b.evaluaciones - a.evaluaciones || a.tipo.localeCompare(b.tipo, 'es-MX')),
        asm: filaDeAsm(nombre, evs),
      };
    })
    .sort((a, b) => a.nombre.localeCompare(b.nombre, 'es-MX') || a.clave.localeCompare(b.clave, 'es-MX'));
}

/** Programs ranked by how many evaluations they had; those with fewer than `minimo` apart, by name. */
export function programasMasEvaluados(programas: readonly ProgramaEvaluado[], minimo?: number): Ranking<ProgramaEvaluado> {
  return clasificarPor(programas, {
    medida: (p) => p.evaluaciones,
    base: (p) => p.evaluaciones,
    nombre: (p) => `${p.nombre} ${p.clave}`,
    ...(minimo !== undefined ? { minimo } : {}),
  });
}

/** Evaluations counted per type, «Diseño (2), Procesos (1)». */
export function describirTipos(tipos: ProgramaEvaluado['tipos']): string {
  return tipos.map((t) => `${t.tipo} (${t.evaluaciones})`).join(', ');
}
