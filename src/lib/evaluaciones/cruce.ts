/**
 * Which federal ASM come from which evaluation. The SHCP gives each ASM an ID_ASM that, for about half of them, is
 * its evaluation's ID_EVALUACION plus «_NN» («04e001pcr13_01» → «04e001pcr13»); the others use identifiers
 * that appear in no row of the evaluations file. Compared without case: «05P005pcr14» is «05p005pcr14».
 */
import type { Estado } from '../estados.ts';
import type { Indice, Registro } from '../indice.ts';
import type { Evaluacion } from '../../schemas/evaluacion.ts';

/** One federal ASM as the join and the pages need it. */
export interface AsmFederal {
  idAsm: string;
  /** Federal follow-up document (/convenios/{documento}/) and the commitment's id (anchor compromiso-{id}). */
  documento: string;
  compromiso: string;
  aspecto?: string;
  estado: Estado;
  avance?: number;
  /** The latest report up to the cut-off: its date and the SHCP publication (TRIMESTRE, «01T2017») it came in. */
  fecha?: string;
  periodo?: string;
}

export interface Cruce<A extends { idAsm: string }> {
  /** Evaluation id → its ASM, in natural ID_ASM order. */
  asmDe: Map<string, A[]>;
  /** ID_ASM → evaluation id. */
  evaluacionDe: Map<string, string>;
  /** ASM whose ID_ASM names no evaluation of the file. */
  sinEvaluacion: A[];
}

/** «04e001pcr13_01» → «04e001pcr13»; undefined if the ID_ASM has no «_NN» ending. */
export function evaluacionDeIdAsm(idAsm: string): string | undefined {
  const m = /^(.+)_(\d+)$/.exec(idAsm.trim());
  return m ? m[1]!.toLowerCase() : undefined;
}

const orden = new Intl.Collator('es-MX', { numeric: true, sensitivity: 'base' });

export function cruzar<A extends { idAsm: string }>(
  evaluaciones: readonly Registro<Pick<Evaluacion, 'id_evaluacion'>>[],
  asm: readonly A[],
): Cruce<A> {
  const porClave = new Map<string, string>();
  for (const e of evaluaciones) porClave.set(e.datos.id_evaluacion.trim().toLowerCase(), e.id);
  const asmDe = new Map<string, A[]>();
  const evaluacionDe = new Map<string, string>();
  const sinEvaluacion: A[] = [];
  for (const a of asm) {
    const clave = evaluacionDeIdAsm(a.idAsm);
    const id = clave === undefined ? undefined : porClave.get(clave);
    if (id === undefined) {
      sinEvaluacion.push(a);
      continue;
    }
    evaluacionDe.set(a.idAsm, id);
    asmDe.set(id, [...(asmDe.get(id) ?? []), a]);
  }
  for (const lista of asmDe.values()) lista.sort((x, y) => orden.compare(x.idAsm, y.idAsm));
  return { asmDe, evaluacionDe, sinEvaluacion };
}

/** Every federal ASM of the index, with its status at the cut-off. */
export function asmDelIndice(indice: Pick<Indice, 'convenios'>): AsmFederal[] {
  const salida: AsmFederal[] = [];
  // Only federal ASM carry an ID_ASM; the document's kind need not be asked.
  for (const c of indice.convenios) {
    for (const k of c.compromisos) {
      const comp = k.compromiso as { id: string; id_asm?: string; aspecto?: string };
      if (!comp.id_asm) continue;
      const ultimo = k.situacion.ultimoReporte;
      const avance = ultimo?.avance;
      salida.push({
        idAsm: comp.id_asm,
        documento: c.id,
        compromiso: comp.id,
        ...(comp.aspecto ? { aspecto: comp.aspecto } : {}),
        estado: k.situacion.estado,
        ...(avance !== undefined ? { avance } : {}),
        ...(ultimo ? { fecha: ultimo.fecha } : {}),
        ...(ultimo?.periodo ? { periodo: ultimo.periodo } : {}),
      });
    }
  }
  return salida;
}
