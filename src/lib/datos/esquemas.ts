import { z } from 'zod';
import { ente, gobierno, programa } from '../../schemas/catalogos.ts';
import { fecha, fechaComprometida, urlPublica } from '../../schemas/comunes.ts';
import { convenio } from '../../schemas/convenio.ts';
import { seguimientoFederal } from '../../schemas/seguimiento-federal.ts';
import { evaluacion } from '../../schemas/evaluacion.ts';
import { absoluta, type Publicacion } from './publicacion.ts';

export const COLECCIONES_CON_ESQUEMA = {
  convenio: { esquema: convenio, titulo: 'Encabezado YAML de un convenio (content/convenios/*.md)' },
  ente: { esquema: ente, titulo: 'Ente público (content/entes/*.yaml)' },
  gobierno: { esquema: gobierno, titulo: 'Gobierno (content/gobiernos/*.yaml)' },
  programa: { esquema: programa, titulo: 'Programa presupuestario (content/programas/*.yaml)' },
  'seguimiento-federal': {
    esquema: seguimientoFederal,
    titulo: 'Encabezado YAML de un seguimiento federal de ASM (content/convenios/*.md con «tipo: seguimiento_federal»)',
  },
  evaluacion: { esquema: evaluacion, titulo: 'Evaluación de un programa federal (content/evaluaciones/*.yaml)' },
} as const;
export type ColeccionConEsquema = keyof typeof COLECCIONES_CON_ESQUEMA;

// Checks written as zod refinements have no JSON Schema form: say them as patterns so editors can check them too.
const PATRONES = new Map<unknown, { pattern: string; description: string }>([
  [fecha, { pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$', description: 'Fecha AAAA-MM-DD' }],
  [
    fechaComprometida,
    {
      pattern: '^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$',
      description: 'Fecha AAAA-MM-DD, o AAAA-MM si el convenio sólo da el mes',
    },
  ],
  [urlPublica, { pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$', description: 'Dirección http:// o https://' }],
]);

/**
 * JSON Schema (draft 2020-12) of a content file, generated from the same zod schema the build validates with.
 * Input side: it describes what an author writes (defaults may be left out, numbers may be written as text).
 */
export function esquemaDeContenido(coleccion: ColeccionConEsquema, pub: Publicacion): Record<string, unknown> {
  const { esquema, titulo } = COLECCIONES_CON_ESQUEMA[coleccion];
  const json = z.toJSONSchema(esquema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      const extra = PATRONES.get(zodSchema);
      if (extra) {
        jsonSchema.pattern = extra.pattern;
        jsonSchema.description ??= extra.description;
      }
    },
  });
  return { $id: absoluta(pub, pub.rutas.esquema(coleccion)), title: titulo, ...json };
}
