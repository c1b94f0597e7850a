import { z } from 'zod';
import { convenio, type Convenio } from './convenio.ts';
import { seguimientoFederal, type SeguimientoFederal } from './seguimiento-federal.ts';

export const TIPOS_DOCUMENTO = ['convenio', 'seguimiento_federal'] as const;
export type TipoDocumento = (typeof TIPOS_DOCUMENTO)[number];

/**
 * Front matter of any file in content/convenios/: a signed convenio (no `tipo`, or `tipo: convenio`)
 * or a federal ASM follow-up document (`tipo: seguimiento_federal`). Both live under /convenios/{id}/, so
 * every list, chart, search and download includes them without parallel code.
 */
export const documento = z.discriminatedUnion('tipo', [convenio, seguimientoFederal], {
  error: (i) =>
    `tipo de documento desconocido: «${String((i.input as { tipo?: unknown } | undefined)?.tipo ?? i.input)}» (se esperaba convenio o seguimiento_federal)`,
});

export type Documento = Convenio | SeguimientoFederal;
