import { z } from 'astro/zod';
import { anio, fechaComprometida, identificador, texto, urlPublica } from './comunes.ts';

/**
 * One evaluation of a federal program, as the SHCP publishes it (Transparencia Presupuestaria, open data of the
 * evaluations of the Programa Anual de Evaluación). The file name is ID_EVALUACION in lowercase: see
 * CONTRIBUTING.md (import:evaluaciones).
 */
export const evaluacion = z.strictObject({
  id_evaluacion: texto.describe('ID_EVALUACION tal como lo publica la SHCP (ramo, modalidad y programa, origen, tipo y año del PAE)'),
  ciclo_pae: texto.describe('CICLO_PAE: el Programa Anual de Evaluación al que pertenece («PAE2015») o «Complementaria»'),
  ramo: z
    .strictObject({
      clave: texto.optional().describe('ID_RAMO tal como lo publica la fuente; vacío si dice «NA»'),
      nombre: texto.optional().describe('DESC_RAMO'),
    })
    .default({}),
  programa: z.strictObject({
    id: identificador.optional().describe('Identificador del programa en content/programas/ cuando es el mismo programa (ramo y clave)'),
    clave: texto.optional().describe('MODALIDAD_PP tal como la publica la fuente'),
    nombre: texto.optional().describe('DESC_PP tal como lo publica la fuente'),
  }),
  tipo: texto.describe('TIPO_EVALUACION tal como lo publica la fuente'),
  tipo_normalizado: texto.describe('El tipo con las variantes de escritura unificadas (tabla en /metodologia/)'),
  evaluador: texto.optional().describe('EVALUADOR: instancia evaluadora externa'),
  costo: z
    .number({ error: 'se esperaba un número de pesos, sin comillas' })
    .nonnegative()
    .optional()
    .describe('COSTOS en pesos (IVA incluido si aplica); vacío si la fuente dice ND o no da un número en pesos'),
  ciclo_conclusion: anio.optional().describe('CICLO_CONCLUSION: año en que se entregó el informe final a la SHCP'),
  url: urlPublica.optional().describe('URL_EVALUACION: el informe de la evaluación'),
  fuente: z.strictObject({
    nombre: texto.describe('Nombre del conjunto de datos de donde se importó'),
    publicacion: texto.describe('Quién lo publica'),
    fecha: fechaComprometida.optional().describe('Fecha de la publicación (AAAA-MM-DD, o AAAA-MM si sólo se sabe el mes)'),
    url: urlPublica.optional().describe('Dirección pública del conjunto de datos'),
  }),
});

export type Evaluacion = z.output<typeof evaluacion>;
