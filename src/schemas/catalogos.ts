import { z } from 'zod';
import { identificador, texto, urlPublica } from './comunes.ts';

export const NIVELES = ['federal', 'estatal', 'municipal'] as const;
export type Nivel = (typeof NIVELES)[number];

export const gobierno = z.strictObject({
  nombre: texto,
  nivel: z.enum(NIVELES, { error: (i) => `nivel desconocido: «${String(i.input)}» (se esperaba federal, estatal o municipal)` }),
  entidad_federativa: texto.optional(),
  sitio_web: urlPublica.optional(),
});

export const ente = z.strictObject({
  nombre: texto,
  siglas: texto.optional(),
  gobierno: identificador.describe('Identificador del gobierno al que pertenece'),
  naturaleza: texto.optional().describe('Naturaleza jurídica, tal como la declara el convenio'),
  sitio_web: urlPublica.optional(),
});

export const programa = z.strictObject({
  clave: z
    .string()
    .regex(/^[0-9A-Z]+$/, { error: 'se esperaba la clave del programa, p. ej. «01020401»' })
    .optional(),
  nombre: texto,
  estructura: texto.optional().describe('Estructura programática a la que pertenece la clave'),
});

export type Gobierno = z.output<typeof gobierno>;
export type Ente = z.output<typeof ente>;
export type Programa = z.output<typeof programa>;
