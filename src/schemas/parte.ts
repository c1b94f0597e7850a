import { z } from 'zod';
import { identificador, persona, texto } from './comunes.ts';

export const ROLES = ['coordinadora', 'control_interno', 'tesoreria', 'sujeto_evaluado'] as const;
export type Rol = (typeof ROLES)[number];

export const obligacion = z.strictObject({
  inciso: texto.describe('Inciso tal como se imprime, p. ej. «a)»'),
  // Optional only for an importer BORRADOR (see src/lib/campos-sin-leer.ts).
  texto: texto.optional(),
});

/** A signing party: its role, its public body, who signs and who attends the compliance sessions. */
export const parte = z.strictObject({
  rol: z.enum(ROLES, {
    error: (i) => `rol desconocido: «${String(i.input)}» (se esperaba coordinadora, control_interno, tesoreria o sujeto_evaluado)`,
  }),
  denominacion: texto.describe('Cómo la nombra el convenio, p. ej. «LA SECRETARÍA»'),
  ente: identificador.describe('Identificador del ente público (archivo en content/entes/)'),
  firmante: persona,
  firma_nota: texto.optional().describe('Aclaración que acompaña la firma, tal como aparece'),
  responsable: persona.optional().describe('Persona designada para las sesiones de cumplimiento, si el convenio la nombra'),
  obligaciones: z.array(obligacion).default([]),
});

export type Parte = z.output<typeof parte>;
