import { z } from 'zod';
import { anio, identificador, texto, urlPublica } from './comunes.ts';
import { compromisoFederal } from './compromiso.ts';

/**
 * A federal follow-up document: the ASM that one body selected from one evaluation of one program, as the
 * SHCP publishes them (Transparencia Presupuestaria, open data of the ASM follow-up). Nothing is signed:
 * there are no parties, no signing date and no legal basis, so none of those fields exist here.
 */
export const seguimientoFederal = z.strictObject({
  tipo: z.literal('seguimiento_federal').describe('Tipo de documento: seguimiento federal de Aspectos Susceptibles de Mejora'),
  titulo: texto,
  gobierno: identificador.describe('Identificador del gobierno federal (content/gobiernos/)'),
  ente: identificador.describe('Identificador del ente que atiende los ASM (ACRON_DEP_ENT; content/entes/)'),
  programa: identificador.describe('Identificador del programa presupuestario (content/programas/)'),
  ramo: z.strictObject({
    clave: texto.describe('ID_RAMO tal como lo publica la fuente'),
    nombre: texto.optional().describe('DESC_RAMO'),
  }),
  instancia_coordinadora: texto.optional().describe('Instancia que coordina la evaluación (INST_COORD): SHCP, CONEVAL, SFP…'),
  evaluacion: texto.optional().describe('Tipo de evaluación de la que salen los ASM (ORIGEN_RECOMENDACION)'),
  anio_evaluacion: anio.optional().describe('Año de la evaluación (ANIO_RECOMENDACION); vacío si la fuente no lo da'),
  fuente: z.strictObject({
    conjunto: texto.describe('Nombre del conjunto de datos de donde se importó'),
    editor: texto.describe('Quién lo publica'),
    url: urlPublica.optional().describe('Dirección pública del conjunto de datos'),
    periodos: z.array(texto).default([]).describe('Periodos (TRIMESTRE) de las publicaciones importadas, del más antiguo al más reciente'),
  }),
  compromisos: z.array(compromisoFederal).min(1, { error: 'un documento de seguimiento registra al menos un ASM' }),
});

export type SeguimientoFederal = z.output<typeof seguimientoFederal>;
