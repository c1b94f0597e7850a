import { z } from 'zod';
import { fechaComprometida, identificador, texto } from './comunes.ts';
import { reporte } from './seguimiento.ts';

/** The federal classifications of an ASM (SHCP, Mecanismo para el seguimiento de los ASM), as the source spells them. */
export const TIPOS_ASM = ['Específico', 'Institucional', 'Interinstitucional', 'Intergubernamental'] as const;
export const PRIORIDADES = ['Alta', 'Media', 'Baja'] as const;
export const TIPOS_MEJORA = ['Corrige', 'Modifica', 'Adiciona', 'Reorienta', 'Suspende'] as const;
export type TipoAsm = (typeof TIPOS_ASM)[number];
export type Prioridad = (typeof PRIORIDADES)[number];
export type TipoMejora = (typeof TIPOS_MEJORA)[number];

const lista = (valores: readonly string[]) => valores.join(', ');

/** Optional on any commitment; the federal ASM data always fills what it has. */
const clasificacion = {
  tipo_asm: z
    .enum(TIPOS_ASM, { error: (i) => `tipo de ASM desconocido: «${String(i.input)}» (se esperaba ${lista(TIPOS_ASM)})` })
    .optional()
    .describe('Tipo de ASM según quién debe atenderlo: Específico, Institucional, Interinstitucional o Intergubernamental'),
  prioridad: z
    .enum(PRIORIDADES, { error: (i) => `prioridad desconocida: «${String(i.input)}» (se esperaba ${lista(PRIORIDADES)})` })
    .optional()
    .describe('Prioridad del ASM: Alta, Media o Baja'),
  tipo_mejora: z
    .array(z.enum(TIPOS_MEJORA, { error: (i) => `tipo de mejora desconocido: «${String(i.input)}» (se esperaba ${lista(TIPOS_MEJORA)})` }))
    .optional()
    .describe('Tipo de mejora que implica (uno o varios): Corrige, Modifica, Adiciona, Reorienta o Suspende'),
  temas: z.array(texto).optional().describe('Temas del ASM tal como los da la fuente, p. ej. «Operación», «Indicadores»'),
  gasto_federalizado: z.boolean({ error: 'se esperaba true o false' }).optional().describe('true si el programa ejerce gasto federalizado'),
};

/** A tracked commitment of a convenio: the unit every compliance rate counts. */
export const compromiso = z.strictObject({
  id: identificador.describe('Identificador estable dentro del convenio; no cambia aunque el número impreso se repita'),
  numero: z.union([texto, z.number().transform(String)]).describe('Número tal como lo imprime el convenio'),
  // Optional only so an importer BORRADOR can leave unread text empty; the loader refuses it elsewhere.
  aspecto: texto.optional().describe('Aspecto Susceptible de Mejora o recomendación (vacío sólo en un borrador que no lo pudo leer)'),
  accion: texto.optional().describe('Actividad o acción comprometida (vacía sólo en un borrador que no la pudo leer)'),
  fecha_comprometida: fechaComprometida,
  ...clasificacion,
  seguimiento: z.array(reporte).default([]),
});

/**
 * One ASM of the federal follow-up data: the source gives no committed action and no due date, only the
 * classifications and the reported progress. ID_ASM is its stable identity across releases.
 */
export const compromisoFederal = z.strictObject({
  id: identificador.describe('Identificador estable: el ID_ASM en minúsculas, con guiones'),
  id_asm: texto.describe('ID_ASM tal como lo publica la SHCP, p. ej. «04e001pcr13_01»'),
  aspecto: texto.optional().describe('Texto del ASM (DESC_ASM); vacío si la fuente no lo da'),
  accion: texto.optional().describe('Acción comprometida, si se conoce (la fuente federal no la publica)'),
  fecha_comprometida: fechaComprometida.optional().describe('Fecha comprometida, si se conoce (la fuente federal no la publica)'),
  ciclo: texto.optional().describe('Ciclo de seguimiento en que se seleccionó el ASM (CICLO), p. ej. «2013-2014»'),
  ...clasificacion,
  seguimiento: z.array(reporte).default([]),
});

/** A finding the convenio lists apart from the tracked commitments. */
export const hallazgo = z.strictObject({
  numero: z.union([texto, z.number().transform(String)]),
  // Optional only for an importer BORRADOR (see src/lib/campos-sin-leer.ts).
  texto: texto.optional(),
});

export type Compromiso = z.output<typeof compromiso>;
export type CompromisoFederal = z.output<typeof compromisoFederal>;
/** Either kind of commitment, as lists, charts and downloads handle them. */
export type CompromisoDeDocumento = Compromiso | CompromisoFederal;
export type Hallazgo = z.output<typeof hallazgo>;

/** How a commitment is named on pages and in feeds: its printed number, or the federal ID_ASM. */
export function etiquetaDeCompromiso(k: CompromisoDeDocumento): string {
  return 'id_asm' in k ? `ASM ${k.id_asm}` : `Compromiso ${k.numero}`;
}

/** The printed number, or the ID_ASM for a federal ASM. */
export function numeroDeCompromiso(k: CompromisoDeDocumento): string {
  return 'id_asm' in k ? k.id_asm : k.numero;
}
