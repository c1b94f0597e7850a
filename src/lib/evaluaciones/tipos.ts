/**
 * Evaluation types as the SHCP spells them, unified: the same type written with another capitalisation or with
 * stray spaces counts as one. The table is explicit so /metodologia/ can list it.
 */
import { normalizar, slug } from '../importador/texto.ts';

export interface EquivalenciaDeTipo {
  /** The name the portal uses (the spelling the file uses most). */
  tipo: string;
  /** Other spellings found in the published file that mean the same type. */
  variantes: readonly string[];
}

export const EQUIVALENCIAS_DE_TIPO: readonly EquivalenciaDeTipo[] = [
  { tipo: 'Consistencia y Resultados', variantes: ['Consistencia y resultados'] },
  { tipo: 'Diseño', variantes: [] },
  { tipo: 'Específica de desempeño', variantes: ['Específica de Desempeño'] },
  { tipo: 'Procesos', variantes: [] },
  { tipo: 'Impacto', variantes: [] },
  { tipo: 'Estratégica', variantes: [] },
  { tipo: 'Específica', variantes: [] },
  { tipo: 'Específica de perspectiva de género', variantes: [] },
  { tipo: 'Específica de Costo - Efectividad', variantes: [] },
  { tipo: 'Específica de Percepción de Beneficiarios', variantes: [] },
  { tipo: 'Complementaria', variantes: [] },
  { tipo: 'Resultados', variantes: ['Resultados␠ (con un espacio al final)'] },
];

/** Spaces collapsed and trimmed, then compared without case or accents: «Específica de Desempeño» = «Específica de desempeño». */
const clave = (t: string) => normalizar(t.replace(/\s+/g, ' ').trim());
const CANONICOS = new Map(EQUIVALENCIAS_DE_TIPO.map((e) => [clave(e.tipo), e.tipo]));

/** The unified type: a listed one when it matches, else the published text with its spaces tidied. */
export function normalizarTipo(publicado: string): string {
  const limpio = publicado.replace(/\s+/g, ' ').trim();
  return CANONICOS.get(clave(limpio)) ?? limpio;
}

/** URL segment of a unified type: «Específica de desempeño» → «especifica-de-desempeno». */
export function slugDeTipo(tipo: string): string {
  return slug(tipo) || 'sin-tipo';
}
