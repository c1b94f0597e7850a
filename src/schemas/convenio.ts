import { z } from 'zod';
import { anio, fecha, identificador, texto, urlPublica } from './comunes.ts';
import { compromiso, hallazgo } from './compromiso.ts';
import { parte } from './parte.ts';

const documentoFuente = z
  .strictObject({
    url: urlPublica.optional().describe('Dirección pública del documento original'),
    archivo: z
      .string()
      .regex(/^[\w-][\w.-]*$/, { error: 'se esperaba un nombre de archivo de content/documentos/, sin carpetas' })
      .optional(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { error: 'se esperaba un SHA-256 en 64 cifras hexadecimales' })
      .optional(),
    descripcion: texto.optional(),
  })
  .refine((d) => d.url !== undefined || d.archivo !== undefined, {
    error: 'el documento fuente necesita al menos «url» o «archivo»',
  })
  .refine((d) => d.archivo === undefined || d.sha256 !== undefined, {
    error: 'un archivo necesita su «sha256» para que cualquiera pueda verificarlo',
    path: ['sha256'],
  });

/** Front matter of a convenio file; the Markdown body holds the convenio's full text. */
export const convenio = z.strictObject({
  tipo: z.literal('convenio').optional().describe('Tipo de documento: «convenio» (o nada) para un convenio firmado'),
  titulo: texto,
  gobierno: identificador.describe('Identificador del gobierno (content/gobiernos/)'),
  programa: identificador.describe('Identificador del programa presupuestario (content/programas/)'),
  pae: anio.describe('Año del Programa Anual de Evaluación'),
  ejercicio_evaluado: anio.optional().describe('Ejercicio fiscal evaluado, si el convenio lo dice'),
  evaluacion: texto.describe('Tipo de evaluación, p. ej. «Evaluación Específica de Desempeño»'),
  firma: z.strictObject({
    fecha,
    lugar: texto,
    ejemplares: z.number().int().positive({ error: 'se esperaba el número de ejemplares firmados' }).optional(),
    fojas: z.number().int().positive({ error: 'se esperaba el número de fojas' }).optional(),
  }),
  fundamento: z.strictObject({
    lineamientos: texto,
    publicacion: texto.optional(),
    disposicion: texto,
  }),
  documento_fuente: documentoFuente,
  partes: z.array(parte).min(2, { error: 'un convenio tiene al menos dos partes' }),
  sede_sesiones: texto.optional(),
  hallazgos: z.array(hallazgo).default([]),
  compromisos: z.array(compromiso).min(1, { error: 'un convenio registra al menos un compromiso' }),
  prorroga: z.strictObject({
    permitida: z.boolean({ error: 'se esperaba true o false' }),
    limite_dias_naturales: z.number().int().positive().optional(),
    ante: texto.optional().describe('A quién se solicita'),
  }),
  fecha_limite_compromisos: fecha.optional().describe('Fecha que ninguna fecha de cumplimiento puede exceder'),
});

export type Convenio = z.output<typeof convenio>;
