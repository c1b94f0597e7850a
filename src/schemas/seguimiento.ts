import { z } from 'zod';
import { fecha, texto, urlPublica } from './comunes.ts';

export const ESTADOS_REPORTADOS = ['en_proceso', 'atendido', 'no_atendido', 'cancelado', 'fusionado', 'dado_de_baja'] as const;

/** Closings the federal ASM data reports: the ASM left the follow-up without being judged attended or not. */
export const ESTADOS_DE_BAJA = ['cancelado', 'fusionado', 'dado_de_baja'] as const;

/** How a report's state reads in a sentence ("15 de marzo de 2016: cancelado"). */
export const ETIQUETAS_REPORTADAS: Record<(typeof ESTADOS_REPORTADOS)[number], string> = {
  en_proceso: 'en proceso',
  atendido: 'atendido',
  no_atendido: 'cerrado como no atendido',
  cancelado: 'cancelado',
  fusionado: 'fusionado con otro aspecto',
  dado_de_baja: 'dado de baja',
};

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
    error: (i) =>
      `estado desconocido: «${String(i.input)}» (se esperaba en_proceso, atendido, no_atendido, cancelado, fusionado o dado_de_baja)`,
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
  periodo: texto
    .optional()
    .describe('Periodo del informe del que sale el reporte, tal como lo publica la fuente (p. ej. «01T2016»: primer trimestre de 2016)'),
});

export type Reporte = z.output<typeof reporte>;
export type EstadoReportado = (typeof ESTADOS_REPORTADOS)[number];
