import { z } from 'astro/zod';
import { fecha, texto, urlPublica } from './comunes.ts';

export const ESTADOS_REPORTADOS = ['en_proceso', 'atendido', 'no_atendido'] as const;

export const evidencia = z.strictObject({
  url: urlPublica,
  descripcion: texto.optional(),
});

/** The coordinating office's ruling on compliance (dictamen, oficio de cumplimiento). */
export const dictamen = z.strictObject({
  documento: texto,
  fecha: fecha.optional(),
  url: urlPublica.optional(),
});

/** One dated follow-up report on a commitment, added after signing. */
export const reporte = z.strictObject({
  fecha,
  estado: z.enum(ESTADOS_REPORTADOS, {
    error: (i) => `estado desconocido: «${String(i.input)}» (se esperaba en_proceso, atendido o no_atendido)`,
  }),
  avance: z
    .number({ error: 'se esperaba un porcentaje de avance, número de 0 a 100' })
    .min(0, { error: 'el avance no puede ser menor que 0' })
    .max(100, { error: 'el avance no puede pasar de 100' })
    .optional(),
  evidencias: z.array(evidencia).default([]),
  prorroga: fecha.optional().describe('Nueva fecha de vencimiento concedida por prórroga'),
  dictamen: dictamen.optional(),
  nota: texto.optional(),
});

export type Reporte = z.output<typeof reporte>;
export type EstadoReportado = (typeof ESTADOS_REPORTADOS)[number];
