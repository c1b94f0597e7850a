import { z } from 'zod';
import { esFechaReal } from './fecha-real.ts';

// Editors read these messages: zod's own ones in Spanish too.
z.config(z.locales.es());

/** A calendar day, written AAAA-MM-DD. Kept as text: a date has no time zone. */
export const fecha = z
  .string({ error: 'se esperaba una fecha AAAA-MM-DD (entre comillas o sin ellas)' })
  .refine(esFechaReal, { error: (i) => `fecha imposible o mal escrita: «${String(i.input)}» (se esperaba una fecha real AAAA-MM-DD)` });

/** A due date as the convenio prints it: a day (AAAA-MM-DD) or a whole month (AAAA-MM). */
export const fechaComprometida = z
  .string({ error: 'se esperaba una fecha AAAA-MM-DD, o AAAA-MM si el convenio sólo da el mes' })
  .refine((t) => esFechaReal(t) || /^\d{4}-(0[1-9]|1[0-2])$/.test(t), {
    error: (i) => `fecha imposible o mal escrita: «${String(i.input)}» (se esperaba AAAA-MM-DD, o AAAA-MM si el convenio sólo da el mes)`,
  });

export const anio = z
  .number({ error: 'se esperaba un año de cuatro cifras, sin comillas' })
  .int({ error: 'se esperaba un año entero' })
  .min(1990, { error: 'se esperaba un año a partir de 1990' })
  .max(2100, { error: 'se esperaba un año anterior a 2100' });

/** Public links only: a javascript: or data: link in published content is never legitimate. */
export const urlPublica = z
  .string({ error: 'se esperaba una dirección web' })
  .refine((t) => /^https?:\/\/[^\s]+$/i.test(t) && URL.canParse(t), {
    error: (i) => `enlace no válido: «${String(i.input)}» (se esperaba una dirección http:// o https://)`,
  });

/** Ids become URLs that bodies link to for years: lowercase ASCII words joined by hyphens. */
export const identificador = z.string({ error: 'se esperaba un identificador' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: (i) =>
    `identificador no válido: «${String(i.input)}» (se esperaba minúsculas sin acentos, cifras y guiones, p. ej. «secretaria-de-finanzas»)`,
});

export const texto = z.string({ error: 'se esperaba un texto' }).trim().min(1, { error: 'el texto está vacío' });

export const persona = z.strictObject({
  nombre: texto,
  cargo: texto,
});
