/**
 * Searches a journalist would type to find one convenio, made from its own data: who was evaluated, the program
 * and government, and the words of its commitments. scripts/medir-busqueda.ts runs them against a built site (the
 * real convenios among thousands of generated ones) to check that each still comes first, and what it downloads.
 */
import type { Convenio } from '../schemas/convenio.ts';
import { plegar } from './busqueda.ts';

export interface ConsultaDePeriodista {
  /** What it stands for, in Spanish, for the report. */
  que: string;
  consulta: string;
}

export interface DatosParaConsultas {
  datos: Pick<Convenio, 'compromisos'>;
  ente: { nombre: string; siglas?: string | undefined };
  programa: { nombre: string };
  gobierno: { nombre: string };
  /** Words (folded: lower case, no accents) that no other document of the site has, if known. */
  distintivas?: ReadonlySet<string>;
}

const palabras = (texto: string) => texto.match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The ente's full name (and its acronym, if it has one), the program with its government, the opening words of
 * the first commitment's action as a quoted phrase, and the opening words of the last commitment's finding without
 * quotes. A commitment text the importer could not read is skipped.
 */
export function consultasDePeriodista({ datos, ente, programa, gobierno, distintivas }: DatosParaConsultas): ConsultaDePeriodista[] {
  const consultas: ConsultaDePeriodista[] = [{ que: 'nombre del ente evaluado', consulta: ente.nombre }];
  if (ente.siglas) consultas.push({ que: 'siglas del ente evaluado', consulta: ente.siglas });
  consultas.push({ que: 'programa y gobierno', consulta: `${programa.nombre} ${gobierno.nombre}` });
  const accion = datos.compromisos.find((k) => k.accion)?.accion;
  if (accion) consultas.push({ que: 'frase de un compromiso, entre comillas', consulta: `"${palabras(accion).slice(0, 6).join(' ')}"` });
  const aspecto = datos.compromisos.findLast((k) => k.aspecto)?.aspecto;
  if (aspecto) consultas.push({ que: 'palabras de un aspecto susceptible de mejora', consulta: palabras(aspecto).slice(0, 8).join(' ') });
  // Where generated convenios copy the real ones' wording, only a word no other document has tells this one apart:
  // the words around the first such word in a commitment.
  for (const texto of distintivas ? datos.compromisos.flatMap((k) => [k.aspecto, k.accion]) : []) {
    const ws = palabras(texto ?? '');
    const i = ws.findIndex((w) => distintivas!.has(plegar(w)));
    if (i === -1) continue;
    consultas.push({
      que: 'palabras de un compromiso que sólo tiene este convenio',
      consulta: ws.slice(Math.max(0, i - 2), i + 4).join(' '),
    });
    break;
  }
  return consultas;
}
