import { z } from 'zod';
import { NIVELES } from '../../schemas/catalogos.ts';
import { ROLES } from '../../schemas/parte.ts';
import { ESTADOS_REPORTADOS } from '../../schemas/seguimiento.ts';
import { ESTADOS, ETIQUETAS, EXIGIBLES } from '../estados.ts';
import { precisionDe } from '../fechas.ts';
import { tipoDe } from '../documentos/tipos.ts';
import type { ConvenioCalculado, Indice } from '../indice.ts';
import type { Pieza } from '../reconstruccion.ts';
import { numeroDeCompromiso, PRIORIDADES, TIPOS_ASM, TIPOS_MEJORA } from '../../schemas/compromiso.ts';
import { describirCumplimiento } from '../textos.ts';
import { absoluta, EDITOR, LICENCIA, type Publicacion } from './publicacion.ts';

/*
 * The JSON downloads' contract. The TypeScript type of each record comes from these schemas, so the
 * builder below cannot drift from the published JSON Schema (/datos/esquemas/…).
 */
const dia = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Fecha ISO 8601 (AAAA-MM-DD)');
const enlace = z.url().describe('Dirección web absoluta');
const persona = z.strictObject({ nombre: z.string(), cargo: z.string() });
const referencia = z.strictObject({ id: z.string(), nombre: z.string(), url: enlace });

const reporte = z.strictObject({
  fecha: dia,
  estado: z.enum(ESTADOS_REPORTADOS).describe('Estado que declara el reporte'),
  avance: z.number().min(0).max(100).optional().describe('Porcentaje de avance, si el reporte lo da'),
  evidencias: z.array(z.strictObject({ url: enlace, descripcion: z.string().optional() })),
  prorroga: dia.optional().describe('Nueva fecha de vencimiento concedida por prórroga'),
  dictamen: z.strictObject({ documento: z.string(), fecha: dia.optional(), url: enlace.optional() }).optional(),
  nota: z.string().optional(),
  periodo: z.string().optional().describe('Periodo de la publicación de la que sale el reporte (p. ej. «01T2016»)'),
});

const compromiso = z.strictObject({
  id: z.string().describe('Identificador estable del compromiso dentro del documento'),
  numero: z.string().describe('Número tal como lo imprime el convenio (puede repetirse); en el seguimiento federal, el ID_ASM'),
  id_asm: z.string().optional().describe('ID_ASM de la SHCP (sólo seguimiento federal)'),
  aspecto: z.string().optional().describe('Aspecto susceptible de mejora o recomendación'),
  accion: z.string().optional().describe('Acción comprometida; el seguimiento federal no la publica'),
  fecha_comprometida: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .optional()
    .describe('AAAA-MM-DD, o AAAA-MM si el convenio sólo da el mes; el seguimiento federal no la publica'),
  precision_fecha: z.enum(['dia', 'mes']).optional(),
  vencimiento: dia
    .optional()
    .describe('Vencimiento efectivo: la última prórroga hasta el corte, si no la fecha comprometida; vacío sin fecha comprometida'),
  ciclo: z.string().optional().describe('Ciclo de seguimiento en que se seleccionó el ASM (sólo seguimiento federal)'),
  tipo_asm: z.enum(TIPOS_ASM).optional().describe('Tipo de ASM'),
  prioridad: z.enum(PRIORIDADES).optional(),
  tipo_mejora: z.array(z.enum(TIPOS_MEJORA)).optional(),
  temas: z.array(z.string()).optional(),
  gasto_federalizado: z.boolean().optional(),
  estado: z.enum(ESTADOS).describe('Estado a la fecha de corte (ver /metodologia/)'),
  estado_nombre: z.string(),
  exigible: z.boolean().describe('Si cuenta en el denominador de la tasa de cumplimiento de los convenios'),
  dias_de_atraso: z.int().min(1).optional().describe('Días del vencimiento efectivo al corte, si está vencido y sin atender'),
  url: enlace,
  seguimiento: z.array(reporte).describe('Todos los reportes de seguimiento registrados, del más antiguo al más reciente'),
});

const cumplimiento = z.strictObject({
  compromisos: z.int().min(0),
  exigibles: z.int().min(0),
  atendidos: z.int().min(0),
  excluidos: z.int().min(0).describe('Cancelados, fusionados o dados de baja: fuera de la tasa'),
  tasa: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe('Atendidos entre exigibles; null si ningún compromiso es exigible o si es seguimiento federal (no tiene fechas)'),
  medida: z
    .strictObject({
      clave: z
        .enum(['plazo', 'conclusion'])
        .describe('plazo: atendidos entre exigibles (convenios); conclusion: ASM concluidos entre comprometidos (seguimiento federal)'),
      numerador: z.int().min(0),
      denominador: z.int().min(0),
      proporcion: z.number().min(0).max(1).nullable(),
    })
    .describe('La medida que corresponde a este tipo de documento (ver /metodologia/)'),
  por_estado: z.strictObject(Object.fromEntries(ESTADOS.map((e) => [e, z.int().min(0)])) as Record<(typeof ESTADOS)[number], z.ZodInt>),
  descripcion: z.string().describe('La tasa dicha en palabras, con lo que cuenta'),
});

/** What every record has, whatever the kind of document. */
const comun = {
  $schema: z.url().optional(),
  id: z.string().describe('Identificador del documento: su página es /convenios/{id}/'),
  url: enlace,
  url_json: enlace,
  titulo: z.string(),
  gobierno: referencia.extend({ nivel: z.enum(NIVELES), entidad_federativa: z.string().optional() }),
  ente_evaluado: referencia.extend({ siglas: z.string().optional() }),
  programa: referencia.extend({ clave: z.string().optional(), estructura: z.string().optional() }),
  compromisos: z.array(compromiso).min(1),
  cumplimiento,
  fecha_corte: dia,
};

const registroDeConvenio = z
  .strictObject({
    ...comun,
    tipo: z.literal('convenio').describe('Un convenio firmado'),
    pae: z.int().describe('Año del Programa Anual de Evaluación'),
    ejercicio_evaluado: z.int().optional(),
    evaluacion: z.string(),
    firma: z.strictObject({ fecha: dia, lugar: z.string(), ejemplares: z.int().optional(), fojas: z.int().optional() }),
    fundamento: z.strictObject({ lineamientos: z.string(), publicacion: z.string().optional(), disposicion: z.string() }),
    documento_fuente: z.strictObject({
      url: enlace.optional().describe('Documento original'),
      archivo: z.string().optional(),
      copia_url: enlace.optional().describe('Copia que publica este portal'),
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
      descripcion: z.string().optional(),
    }),
    partes: z.array(
      z.strictObject({
        rol: z.enum(ROLES),
        denominacion: z.string(),
        ente: referencia,
        firmante: persona,
        firma_nota: z.string().optional(),
        responsable: persona.optional(),
        obligaciones: z.array(z.strictObject({ inciso: z.string(), texto: z.string() })),
      }),
    ),
    sede_sesiones: z.string().optional(),
    hallazgos: z.array(z.strictObject({ numero: z.string(), texto: z.string() })),
    prorroga: z.strictObject({ permitida: z.boolean(), limite_dias_naturales: z.int().optional(), ante: z.string().optional() }),
    fecha_limite_compromisos: dia.optional(),
    notas_de_calidad: z
      .array(z.string())
      .describe('Lo que el propio documento dice de forma anómala (números repetidos, plazos que exceden la fecha límite…)'),
  })
  .meta({
    title: 'Convenio para la Mejora del Desempeño y Resultados Gubernamentales',
    description: 'Un convenio con sus compromisos, su seguimiento y sus estados a la fecha de corte',
  });

const registroDeSeguimientoFederal = z
  .strictObject({
    ...comun,
    tipo: z.literal('seguimiento_federal').describe('Seguimiento federal de ASM: no es un convenio firmado'),
    ramo: z.strictObject({ clave: z.string(), nombre: z.string().optional() }),
    instancia_coordinadora: z.string().optional(),
    evaluacion: z.string().optional(),
    anio_evaluacion: z.int().optional().describe('Año de la evaluación (ANIO_RECOMENDACION)'),
    fecha_ultimo_reporte: dia.optional(),
    fuente: z.strictObject({ conjunto: z.string(), editor: z.string(), url: enlace.optional(), periodos: z.array(z.string()) }),
  })
  .meta({
    title: 'Seguimiento federal de Aspectos Susceptibles de Mejora',
    description:
      'Los ASM que un ente federal seleccionó de una evaluación de uno de sus programas, con su avance según la SHCP y su estado a la fecha de corte',
  });

export const registroConvenio = z.discriminatedUnion('tipo', [registroDeConvenio, registroDeSeguimientoFederal]).meta({
  title: 'Documento de Convenios Abiertos',
  description: 'Un convenio firmado o un seguimiento federal de ASM, con sus compromisos, su seguimiento y sus estados a la fecha de corte',
});

export const conjuntoConvenios = z
  .strictObject({
    $schema: z.url().optional(),
    titulo: z.string(),
    editor: z.string(),
    licencia: z.strictObject({ titulo: z.string(), url: enlace }),
    fecha_corte: dia,
    convenios: z.array(registroConvenio),
  })
  .meta({
    title: 'Convenios Abiertos: todos los documentos',
    description: 'Todos los convenios y seguimientos federales con sus compromisos y su historial de seguimiento',
  });

export type RegistroConvenio = z.output<typeof registroConvenio>;
export type ConjuntoConvenios = z.output<typeof conjuntoConvenios>;

const sinVacios = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

/** The whole record of one document: its content, its bodies resolved, and every computed status. */
export function registroDe(c: ConvenioCalculado, indice: Indice, pub: Publicacion): RegistroConvenio {
  const d = c.datos;
  const url = absoluta(pub, pub.rutas.convenio(c.id));
  const ente = (id: string) => ({ id, nombre: indice.porId.entes.get(id)?.datos.nombre ?? id, url: absoluta(pub, pub.rutas.ente(id)) });
  const base = {
    $schema: absoluta(pub, pub.rutas.esquema('registro-convenio')),
    id: c.id,
    url,
    url_json: absoluta(pub, pub.rutas.convenioJson(c.id)),
    titulo: d.titulo,
    gobierno: {
      id: c.gobierno.id,
      nombre: c.gobierno.datos.nombre,
      url: absoluta(pub, pub.rutas.gobierno(c.gobierno.id)),
      nivel: c.gobierno.datos.nivel,
      entidad_federativa: c.gobierno.datos.entidad_federativa,
    },
    ente_evaluado: { ...ente(c.enteEvaluado.id), siglas: c.enteEvaluado.datos.siglas },
    programa: {
      id: c.programa.id,
      nombre: c.programa.datos.nombre,
      url: absoluta(pub, pub.rutas.programa(c.programa.id)),
      clave: c.programa.datos.clave,
      estructura: c.programa.datos.estructura,
    },
    compromisos: c.compromisos.map(({ compromiso: k, situacion: s }) => ({
      id: k.id,
      numero: numeroDeCompromiso(k),
      id_asm: 'id_asm' in k ? k.id_asm : undefined,
      aspecto: k.aspecto,
      accion: k.accion,
      fecha_comprometida: k.fecha_comprometida,
      precision_fecha: k.fecha_comprometida === undefined ? undefined : precisionDe(k.fecha_comprometida),
      vencimiento: s.vencimiento,
      ciclo: 'ciclo' in k ? k.ciclo : undefined,
      tipo_asm: k.tipo_asm,
      prioridad: k.prioridad,
      tipo_mejora: k.tipo_mejora,
      temas: k.temas,
      gasto_federalizado: k.gasto_federalizado,
      estado: s.estado,
      estado_nombre: ETIQUETAS[s.estado],
      exigible: EXIGIBLES.has(s.estado),
      dias_de_atraso: s.diasDeAtraso,
      url: `${url}#compromiso-${k.id}`,
      seguimiento: [...k.seguimiento].sort((a, b) => (a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : 0)),
    })),
    cumplimiento: {
      compromisos: c.conteo.total,
      exigibles: c.conteo.exigibles,
      atendidos: c.conteo.atendidos,
      excluidos: c.conteo.excluidos,
      tasa: tipoDe(d).medida.clave === 'plazo' ? c.conteo.tasa : null,
      medida: (() => {
        const def = tipoDe(d).medida;
        const m = def.calcular(c.conteo);
        return { clave: def.clave, numerador: m.numerador, denominador: m.denominador, proporcion: m.tasa };
      })(),
      por_estado: { ...c.conteo.porEstado },
      descripcion: describirCumplimiento(c),
    },
    fecha_corte: indice.corte,
  };
  // JSON.stringify drops undefined optional fields, so what is missing is absent rather than null. The kind's own
  // fields are checked against registroConvenio by the tests that validate every download with its JSON Schema.
  return sinVacios({
    ...base,
    ...tipoDe(d).registro(c, { ente, copia: (archivo) => absoluta(pub, pub.rutas.documento(archivo)) }),
  }) as RegistroConvenio;
}

/** What a set file says before its documents: the same in convenios.json and in each year's file, but for the title. */
export type CabeceraDeConjunto = Omit<ConjuntoConvenios, 'convenios'>;

export const TITULO_DE_CONJUNTO = 'Convenios para la Mejora del Desempeño y Resultados Gubernamentales';

export function cabeceraDeConjunto(indice: Indice, pub: Publicacion, titulo: string = TITULO_DE_CONJUNTO): CabeceraDeConjunto {
  return {
    $schema: absoluta(pub, pub.rutas.esquema('convenios')),
    titulo,
    editor: EDITOR,
    licencia: { titulo: LICENCIA.titulo, url: LICENCIA.url },
    fecha_corte: indice.corte,
  };
}

/** A document's record as it sits in a set file: without $schema (the set has one). */
function registroEnConjunto(c: ConvenioCalculado, indice: Indice, pub: Publicacion): RegistroConvenio {
  const { $schema: _s, ...r } = registroDe(c, indice, pub);
  return r as RegistroConvenio;
}

/** Every convenio in one file, newest first, as the site lists them. */
export function conjuntoDe(indice: Indice, pub: Publicacion): ConjuntoConvenios {
  return { ...cabeceraDeConjunto(indice, pub), convenios: indice.convenios.map((c) => registroEnConjunto(c, indice, pub)) };
}

// A set file nests each record two levels deep; JSON strings hold no raw line break, so indenting is a plain replace.
const SANGRIA = '    ';

/** One document's record serialized as aJson nests it in a set file: each document is serialized once per build. */
export function piezaDeConjunto(c: ConvenioCalculado, indice: Indice, pub: Publicacion): string {
  return `${SANGRIA}${JSON.stringify(registroEnConjunto(c, indice, pub), null, 2).replace(/\n/g, `\n${SANGRIA}`)}`;
}

/**
 * A document's own file (/convenios/{id}.json) cut from its set piece: byte for byte aJson(registroDe(…)), whose
 * first key is $schema, without building and serializing the record a second time.
 */
export function registroDesdePieza(pieza: string, esquema: string): string {
  const propio = pieza.slice(SANGRIA.length).replaceAll(`\n${SANGRIA}`, '\n');
  return `{\n  "$schema": ${JSON.stringify(esquema)},\n${propio.slice('{\n'.length)}\n`;
}

/**
 * A set file as pieces to write in order, byte for byte aJson({ ...cabecera, convenios }) of the pieces' records:
 * convenios.json and each year's file share the pieces instead of building one more huge string each (at 30,000
 * documents convenios.json nears V8's maximum string length).
 */
export function trozosDeConjunto(cabecera: CabeceraDeConjunto, piezas: readonly Pieza[]): Pieza[] {
  const vacio = JSON.stringify({ ...cabecera, convenios: [] }, null, 2);
  if (piezas.length === 0) return [`${vacio}\n`];
  const trozos: Pieza[] = [`${vacio.slice(0, -'[]\n}'.length)}[\n`];
  // Separators are pieces of their own: a concatenated string would end up a second copy of the record once written.
  for (const [i, p] of piezas.entries()) {
    if (i > 0) trozos.push(',\n');
    trozos.push(p);
  }
  trozos.push('\n  ]\n}\n');
  return trozos;
}

/** JSON Schema (draft 2020-12) of a download, with its own address as $id. */
export function esquemaDeDescarga(cual: 'registro-convenio' | 'convenios', pub: Publicacion): Record<string, unknown> {
  const esquema = z.toJSONSchema(cual === 'convenios' ? conjuntoConvenios : registroConvenio, { target: 'draft-2020-12', io: 'output' });
  return { $id: absoluta(pub, pub.rutas.esquema(cual)), ...esquema };
}

/** Pretty enough to read, stable enough to diff. */
export function aJson(valor: unknown): string {
  return `${JSON.stringify(valor, null, 2)}\n`;
}
