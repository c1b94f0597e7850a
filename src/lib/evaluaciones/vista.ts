/** Everything the evaluation pages and downloads need, computed once from the index. Pure. */
import type { Programa } from '../../schemas/catalogos.ts';
import type { Evaluacion } from '../../schemas/evaluacion.ts';
import type { Grupo, Indice, Registro } from '../indice.ts';
import { asmDelIndice, cruzar, type AsmFederal, type Cruce } from './cruce.ts';
import { ordenarEvaluaciones } from './textos.ts';
import { normalizar } from '../importador/texto.ts';

export interface EvaluacionVista extends Registro<Evaluacion> {
  /** The program of content/programas/ when the evaluation is linked to one. */
  programa?: Grupo<Programa>;
  /** Program as the SHCP names it in this evaluation (the key from the linked program when the source gives none). */
  programaClave?: string;
  programaNombre?: string;
  /** The linked program is registered under another name (the same ramo and key, named differently over the years). */
  nombreDistinto: boolean;
  asm: AsmFederal[];
}

export interface VistaEvaluaciones {
  /** Newest PAE first. */
  lista: EvaluacionVista[];
  porId: Map<string, EvaluacionVista>;
  porPrograma: Map<string, EvaluacionVista[]>;
  cruce: Cruce<AsmFederal>;
  /** Federal ASM in the content (joined and not). */
  totalAsm: number;
}

export function vistaDeEvaluaciones(indice: Pick<Indice, 'convenios' | 'porId' | 'evaluaciones'>): VistaEvaluaciones {
  const evaluaciones = indice.evaluaciones ?? [];
  const asm = asmDelIndice(indice);
  const cruce = cruzar(evaluaciones, asm);
  const lista = ordenarEvaluaciones(evaluaciones).map((e): EvaluacionVista => {
    const programa = e.datos.programa.id ? indice.porId.programas.get(e.datos.programa.id) : undefined;
    return {
      ...e,
      ...(programa ? { programa } : {}),
      programaClave: programa?.datos.clave ?? e.datos.programa.clave,
      programaNombre: e.datos.programa.nombre ?? programa?.datos.nombre,
      nombreDistinto:
        programa !== undefined &&
        e.datos.programa.nombre !== undefined &&
        normalizar(e.datos.programa.nombre) !== normalizar(programa.datos.nombre),
      asm: cruce.asmDe.get(e.id) ?? [],
    };
  });
  const porPrograma = new Map<string, EvaluacionVista[]>();
  for (const e of lista) if (e.programa) porPrograma.set(e.programa.id, [...(porPrograma.get(e.programa.id) ?? []), e]);
  return { lista, porId: new Map(lista.map((e) => [e.id, e])), porPrograma, cruce, totalAsm: asm.length };
}
