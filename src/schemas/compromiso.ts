import { z } from 'astro/zod';
import { fechaComprometida, identificador, texto } from './comunes.ts';
import { reporte } from './seguimiento.ts';

/** A tracked commitment: the unit every compliance rate counts. */
export const compromiso = z.strictObject({
  id: identificador.describe('Identificador estable dentro del convenio; no cambia aunque el número impreso se repita'),
  numero: z.union([texto, z.number().transform(String)]).describe('Número tal como lo imprime el convenio'),
  aspecto: texto.describe('Aspecto Susceptible de Mejora o recomendación'),
  accion: texto.describe('Actividad o acción comprometida'),
  fecha_comprometida: fechaComprometida,
  seguimiento: z.array(reporte).default([]),
});

/** A finding the convenio lists apart from the tracked commitments. */
export const hallazgo = z.strictObject({
  numero: z.union([texto, z.number().transform(String)]),
  texto,
});

export type Compromiso = z.output<typeof compromiso>;
export type Hallazgo = z.output<typeof hallazgo>;
