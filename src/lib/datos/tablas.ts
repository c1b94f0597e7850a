import { NIVELES } from '../../schemas/catalogos.ts';
import { numeroDeCompromiso, PRIORIDADES, TIPOS_ASM, TIPOS_MEJORA } from '../../schemas/compromiso.ts';
import { TIPOS_DOCUMENTO } from '../../schemas/documento.ts';
import { ESTADOS_REPORTADOS } from '../../schemas/seguimiento.ts';
import { ESTADOS, ETIQUETAS, EXIGIBLES, EXPLICACIONES } from '../estados.ts';
import { precisionDe } from '../fechas.ts';
import { tipoDe } from '../documentos/tipos.ts';
import type { ColumnaDeDocumento } from '../documentos/tipo-de-documento.ts';
import { conteosPorTipo, type CompromisoCalculado, type ConteosPorTipo, type ConvenioCalculado, type Indice } from '../indice.ts';
import { MEDIDA_CONCLUSION } from '../medidas.ts';
import { ETIQUETAS_TIPO_DOCUMENTO } from '../documentos/tipos.ts';
import { absoluta, type Publicacion } from './publicacion.ts';
import { tablaEvaluaciones } from '../evaluaciones/tabla.ts';

/** Frictionless Table Schema field types the downloads use. */
export type TipoCampo = 'string' | 'integer' | 'number' | 'date' | 'boolean';
export type Valor = string | number | boolean | undefined;
export type Fila = Record<string, Valor>;

export interface ValorPermitido {
  valor: string;
  significado: string;
}

/** One column: what the data dictionary, the Data Package schema and the CSV all say about it. */
export interface Columna {
  nombre: string;
  tipo: TipoCampo;
  descripcion: string;
  obligatorio?: boolean;
  /** Closed vocabulary: becomes an `enum` constraint. */
  valores?: readonly ValorPermitido[];
  patron?: string;
  minimo?: number;
  maximo?: number;
}

export interface ClaveForanea {
  campos: string[];
  recurso: string;
  camposReferidos: string[];
}

export interface Tabla {
  nombre: string;
  archivo: string;
  titulo: string;
  descripcion: string;
  clavePrimaria: string[];
  clavesForaneas: ClaveForanea[];
  columnas: Columna[];
  filas: (indice: Indice, pub: Publicacion) => Fila[];
  /**
   * For the tables that grow with the documents: the column naming each row's document, and one document's rows (in
   * `filas`' order), to split the file by year and keep each document's rows between builds.
   */
  porDocumento?: { columna: string; filas: (c: ConvenioCalculado, indice: Indice, pub: Publicacion) => Fila[] };
}

interface Contexto {
  pub: Publicacion;
  corte: string;
}

interface ColumnaDe<F> extends Columna {
  valor: (f: F, ctx: Contexto) => Valor;
}

type DefinicionDeTabla<F> = Omit<Tabla, 'columnas' | 'filas' | 'porDocumento'> & { columnas: ColumnaDe<F>[] } & (
    { fuentes: (indice: Indice) => F[] } | { porDocumento: { columna: string; fuentes: (c: ConvenioCalculado) => F[] } }
  );

function definirTabla<F>(def: DefinicionDeTabla<F>): Tabla {
  const filasDe = (fuentes: F[], indice: Indice, pub: Publicacion): Fila[] => {
    const ctx: Contexto = { pub, corte: indice.corte };
    return fuentes.map((f) => Object.fromEntries(def.columnas.map((c) => [c.nombre, c.valor(f, ctx)])) as Fila);
  };
  const { nombre, archivo, titulo, descripcion, clavePrimaria, clavesForaneas } = def;
  const tabla = {
    nombre,
    archivo,
    titulo,
    descripcion,
    clavePrimaria,
    clavesForaneas,
    columnas: def.columnas.map(({ valor: _valor, ...c }) => c),
  };
  if ('fuentes' in def) return { ...tabla, filas: (indice, pub) => filasDe(def.fuentes(indice), indice, pub) };
  const { columna, fuentes } = def.porDocumento;
  return {
    ...tabla,
    filas: (indice, pub) => filasDe(indice.convenios.flatMap(fuentes), indice, pub),
    porDocumento: { columna, filas: (c, indice, pub) => filasDe(fuentes(c), indice, pub) },
  };
}

/** Multi-valued cells (evidence links, government names) are joined with this; URLs never contain it. */
export const SEPARADOR = ' | ';

const unir = (valores: string[]): string | undefined => (valores.length > 0 ? valores.join(SEPARADOR) : undefined);
const redondear = (tasa: number | null): number | undefined => (tasa === null ? undefined : Math.round(tasa * 10_000) / 10_000);

const FECHA_O_MES = '^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$';

const NIVEL: readonly ValorPermitido[] = NIVELES.map((n) => ({ valor: n, significado: `Gobierno ${n}` }));
const ESTADO: readonly ValorPermitido[] = ESTADOS.map((e) => ({ valor: e, significado: `${ETIQUETAS[e]}: ${EXPLICACIONES[e]}` }));
const ETIQUETA_ESTADO: readonly ValorPermitido[] = ESTADOS.map((e) => ({ valor: ETIQUETAS[e], significado: `Nombre del estado «${e}»` }));
const PRECISION: readonly ValorPermitido[] = [
  { valor: 'dia', significado: 'El convenio da el día' },
  { valor: 'mes', significado: 'El convenio sólo da el mes: vence el último día de ese mes' },
];
const ESTADO_REPORTADO: readonly ValorPermitido[] = ESTADOS_REPORTADOS.map((e) => ({
  valor: e,
  significado: {
    en_proceso: 'El reporte dice que está en proceso',
    atendido: 'El reporte dice que se atendió',
    no_atendido: 'El reporte lo cierra como no atendido',
    cancelado: 'El reporte dice que el aspecto se canceló',
    fusionado: 'El reporte dice que el aspecto se fusionó con otro',
    dado_de_baja: 'El reporte dice que el aspecto se dio de baja',
  }[e],
}));
const TIPO_DOCUMENTO: readonly ValorPermitido[] = TIPOS_DOCUMENTO.map((t) => ({ valor: t, significado: ETIQUETAS_TIPO_DOCUMENTO[t] }));
const vocabulario = (valores: readonly string[], que: string): readonly ValorPermitido[] =>
  valores.map((v) => ({ valor: v, significado: `${que} «${v}»` }));
const TIPO_ASM = vocabulario(TIPOS_ASM, 'ASM de tipo');
const PRIORIDAD = vocabulario(PRIORIDADES, 'Prioridad');

/**
 * Columns of a set's counts, the same in every table that has one. Each kind of document keeps its own measure:
 * the deadline rate counts only convenios' commitments, the share of concluded ASM only the federal ones.
 */
function columnasDeConteo<F>(conteos: (f: F) => ConteosPorTipo, de: string): ColumnaDe<F>[] {
  const convenio = (f: F) => conteos(f).convenio;
  const federal = (f: F) => conteos(f).seguimiento_federal;
  const total = (f: F) => TIPOS_DOCUMENTO.reduce((n, t) => n + conteos(f)[t].total, 0);
  return [
    {
      nombre: 'compromisos',
      tipo: 'integer',
      obligatorio: true,
      minimo: 0,
      descripcion: `Compromisos registrados ${de}, de convenios y ASM del seguimiento federal`,
      valor: total,
    },
    {
      nombre: 'exigibles',
      tipo: 'integer',
      obligatorio: true,
      minimo: 0,
      descripcion: `Compromisos de convenios exigibles al corte ${de}: atendidos, no atendidos, vencidos en proceso y vencidos sin reporte`,
      valor: (f) => convenio(f).exigibles,
    },
    {
      nombre: 'atendidos',
      tipo: 'integer',
      obligatorio: true,
      minimo: 0,
      descripcion: `Compromisos de convenios atendidos al corte ${de}, a tiempo o fuera de plazo`,
      valor: (f) => convenio(f).atendidos,
    },
    {
      nombre: 'excluidos',
      tipo: 'integer',
      obligatorio: true,
      minimo: 0,
      descripcion: `Compromisos y ASM cancelados, fusionados o dados de baja al corte ${de}: no cuentan en ninguna tasa`,
      valor: (f) => convenio(f).excluidos + federal(f).excluidos,
    },
    {
      nombre: 'tasa_cumplimiento',
      tipo: 'number',
      minimo: 0,
      maximo: 1,
      descripcion:
        'Convenios: atendidos entre exigibles, de 0 a 1 con cuatro decimales; vacío si ningún compromiso de convenio es exigible (el seguimiento federal no tiene esta tasa)',
      valor: (f) => redondear(convenio(f).tasa),
    },
    {
      nombre: 'asm_comprometidos',
      tipo: 'integer',
      obligatorio: true,
      minimo: 0,
      descripcion: `ASM del seguimiento federal ${de} que siguen comprometidos: todos menos los cancelados, fusionados o dados de baja`,
      valor: (f) => MEDIDA_CONCLUSION.calcular(federal(f)).denominador,
    },
    {
      nombre: 'asm_concluidos',
      tipo: 'integer',
      obligatorio: true,
      minimo: 0,
      descripcion: `ASM del seguimiento federal ${de} concluidos (avance del 100 %) según su último reporte`,
      valor: (f) => MEDIDA_CONCLUSION.calcular(federal(f)).numerador,
    },
    {
      nombre: 'proporcion_asm_concluidos',
      tipo: 'number',
      minimo: 0,
      maximo: 1,
      descripcion:
        'Seguimiento federal: ASM concluidos entre ASM comprometidos, de 0 a 1 con cuatro decimales; vacío si no hay ASM comprometidos',
      valor: (f) => redondear(MEDIDA_CONCLUSION.calcular(federal(f)).tasa),
    },
    ...ESTADOS.map((e): ColumnaDe<F> => ({
      nombre: `compromisos_${e}`,
      tipo: 'integer',
      obligatorio: true,
      minimo: 0,
      descripcion: `Compromisos en estado «${ETIQUETAS[e]}» al corte ${de}`,
      valor: (f) => TIPOS_DOCUMENTO.reduce((n, t) => n + conteos(f)[t].porEstado[e], 0),
    })),
  ];
}

const columnaCorte = <F>(): ColumnaDe<F> => ({
  nombre: 'fecha_corte',
  tipo: 'date',
  obligatorio: true,
  descripcion: 'Fecha de corte a la que se calculan los estados y las cifras',
  valor: (_f, ctx) => ctx.corte,
});

type FilaCompromiso = { c: ConvenioCalculado; k: CompromisoCalculado };

/** A column only some kinds of document fill: each kind says its value (src/lib/documentos/). */
const deDocumento = (nombre: ColumnaDeDocumento) => (c: ConvenioCalculado) => tipoDe(c.datos).columnas(c)[nombre];

const columnasDeConvenio: ColumnaDe<ConvenioCalculado>[] = [
  {
    nombre: 'tipo_documento',
    tipo: 'string',
    obligatorio: true,
    valores: TIPO_DOCUMENTO,
    descripcion:
      'convenio (firmado) o seguimiento_federal (ASM de programas federales según la SHCP: sin firma, sin acción ni fecha comprometida)',
    valor: (c) => c.tipo,
  },
  {
    nombre: 'gobierno_id',
    tipo: 'string',
    obligatorio: true,
    descripcion: 'Identificador del gobierno (clave de gobiernos.csv)',
    valor: (c) => c.gobierno.id,
  },
  { nombre: 'gobierno', tipo: 'string', obligatorio: true, descripcion: 'Nombre del gobierno', valor: (c) => c.gobierno.datos.nombre },
  {
    nombre: 'nivel',
    tipo: 'string',
    obligatorio: true,
    valores: NIVEL,
    descripcion: 'Nivel de gobierno',
    valor: (c) => c.gobierno.datos.nivel,
  },
  {
    nombre: 'ente_id',
    tipo: 'string',
    obligatorio: true,
    descripcion: 'Identificador del ente evaluado (clave de entes.csv)',
    valor: (c) => c.enteEvaluado.id,
  },
  { nombre: 'ente', tipo: 'string', obligatorio: true, descripcion: 'Nombre del ente evaluado', valor: (c) => c.enteEvaluado.datos.nombre },
  {
    nombre: 'ente_siglas',
    tipo: 'string',
    descripcion: 'Siglas del ente evaluado, si las tiene',
    valor: (c) => c.enteEvaluado.datos.siglas,
  },
  {
    nombre: 'programa_id',
    tipo: 'string',
    obligatorio: true,
    descripcion: 'Identificador del programa presupuestario (clave de programas.csv)',
    valor: (c) => c.programa.id,
  },
  {
    nombre: 'programa_clave',
    tipo: 'string',
    descripcion: 'Clave del programa presupuestario; vacía si el convenio no la da',
    valor: (c) => c.programa.datos.clave,
  },
  {
    nombre: 'programa',
    tipo: 'string',
    obligatorio: true,
    descripcion: 'Nombre del programa presupuestario',
    valor: (c) => c.programa.datos.nombre,
  },
  {
    nombre: 'pae',
    tipo: 'integer',
    descripcion: 'Año del Programa Anual de Evaluación (PAE) del convenio; vacío en el seguimiento federal',
    valor: deDocumento('pae'),
  },
  {
    nombre: 'ejercicio_evaluado',
    tipo: 'integer',
    descripcion: 'Ejercicio fiscal evaluado; vacío si el convenio no lo dice',
    valor: deDocumento('ejercicio_evaluado'),
  },
  {
    nombre: 'anio_evaluacion',
    tipo: 'integer',
    descripcion: 'Seguimiento federal: año de la evaluación (ANIO_RECOMENDACION); vacío en los convenios o si la fuente no lo da',
    valor: deDocumento('anio_evaluacion'),
  },
  { nombre: 'ramo_clave', tipo: 'string', descripcion: 'Seguimiento federal: clave del ramo (ID_RAMO)', valor: deDocumento('ramo_clave') },
  { nombre: 'ramo', tipo: 'string', descripcion: 'Seguimiento federal: nombre del ramo (DESC_RAMO)', valor: deDocumento('ramo') },
];

/** Multi-valued classifications in one cell. */
const unirLista = (valores: readonly string[] | undefined): string | undefined =>
  valores && valores.length > 0 ? valores.join(SEPARADOR) : undefined;

const compromisos = definirTabla<FilaCompromiso>({
  nombre: 'compromisos',
  archivo: 'compromisos.csv',
  titulo: 'Compromisos',
  descripcion:
    'Un renglón por compromiso (aspecto susceptible de mejora con su acción y su fecha), con su estado a la fecha de corte y su último reporte de seguimiento.',
  clavePrimaria: ['convenio_id', 'compromiso_id'],
  clavesForaneas: [
    { campos: ['convenio_id'], recurso: 'convenios', camposReferidos: ['id'] },
    { campos: ['gobierno_id'], recurso: 'gobiernos', camposReferidos: ['id'] },
    { campos: ['ente_id'], recurso: 'entes', camposReferidos: ['id'] },
    { campos: ['programa_id'], recurso: 'programas', camposReferidos: ['id'] },
  ],
  porDocumento: { columna: 'convenio_id', fuentes: (c) => c.compromisos.map((k) => ({ c, k })) },
  columnas: [
    {
      nombre: 'convenio_id',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Identificador del convenio (clave de convenios.csv)',
      valor: (f) => f.c.id,
    },
    {
      nombre: 'compromiso_id',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Identificador estable del compromiso dentro del convenio; no cambia aunque el número impreso se repita',
      valor: (f) => f.k.compromiso.id,
    },
    {
      nombre: 'numero',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Número del compromiso tal como lo imprime el convenio (puede repetirse); en el seguimiento federal, el ID_ASM',
      valor: (f) => numeroDeCompromiso(f.k.compromiso),
    },
    ...columnasDeConvenio.map((c): ColumnaDe<FilaCompromiso> => ({ ...c, valor: (f, ctx) => c.valor(f.c, ctx) })),
    {
      nombre: 'aspecto',
      tipo: 'string',
      descripcion: 'Aspecto susceptible de mejora (ASM) o recomendación de la evaluación; vacío si la fuente no da el texto',
      valor: (f) => f.k.compromiso.aspecto,
    },
    {
      nombre: 'accion',
      tipo: 'string',
      descripcion: 'Acción que el ente se comprometió a realizar; vacía en el seguimiento federal, que no la publica',
      valor: (f) => f.k.compromiso.accion,
    },
    {
      nombre: 'fecha_comprometida',
      tipo: 'string',
      patron: FECHA_O_MES,
      descripcion:
        'Fecha comprometida tal como la da el convenio, en ISO 8601: AAAA-MM-DD, o AAAA-MM si sólo da el mes; vacía en el seguimiento federal, que no la publica',
      valor: (f) => f.k.compromiso.fecha_comprometida,
    },
    {
      nombre: 'precision_fecha',
      tipo: 'string',
      valores: PRECISION,
      descripcion: 'Precisión de la fecha comprometida; vacía si no hay fecha',
      valor: (f) => (f.k.compromiso.fecha_comprometida === undefined ? undefined : precisionDe(f.k.compromiso.fecha_comprometida)),
    },
    {
      nombre: 'fecha_prorroga',
      tipo: 'date',
      descripcion: 'Nueva fecha de vencimiento de la última prórroga concedida hasta el corte; vacía si no hay prórroga',
      valor: (f) => f.k.situacion.reportes.findLast((r) => r.prorroga !== undefined)?.prorroga,
    },
    {
      nombre: 'fecha_vencimiento',
      tipo: 'date',
      descripcion:
        'Vencimiento efectivo: la última prórroga concedida; si no hay, la fecha comprometida (con sólo el mes, su último día); vacío sin fecha comprometida',
      valor: (f) => f.k.situacion.vencimiento,
    },
    {
      nombre: 'estado',
      tipo: 'string',
      obligatorio: true,
      valores: ESTADO,
      descripcion: 'Estado del compromiso a la fecha de corte (ver /metodologia/)',
      valor: (f) => f.k.situacion.estado,
    },
    {
      nombre: 'estado_nombre',
      tipo: 'string',
      obligatorio: true,
      valores: ETIQUETA_ESTADO,
      descripcion: 'Nombre del estado, como lo muestra el portal',
      valor: (f) => ETIQUETAS[f.k.situacion.estado],
    },
    {
      nombre: 'exigible',
      tipo: 'boolean',
      obligatorio: true,
      descripcion:
        'true si cuenta en el denominador de la tasa de cumplimiento de los convenios (atendido, no atendido, vencido en proceso o vencido sin reporte)',
      valor: (f) => EXIGIBLES.has(f.k.situacion.estado),
    },
    {
      nombre: 'dias_de_atraso',
      tipo: 'integer',
      minimo: 1,
      descripcion: 'Días del vencimiento efectivo a la fecha de corte, si el compromiso está vencido y sin atender; vacío si no',
      valor: (f) => f.k.situacion.diasDeAtraso,
    },
    {
      nombre: 'id_asm',
      tipo: 'string',
      descripcion: 'Seguimiento federal: ID_ASM tal como lo publica la SHCP',
      valor: (f) => ('id_asm' in f.k.compromiso ? f.k.compromiso.id_asm : undefined),
    },
    {
      nombre: 'ciclo',
      tipo: 'string',
      descripcion: 'Seguimiento federal: ciclo en que se seleccionó el ASM (CICLO)',
      valor: (f) => ('ciclo' in f.k.compromiso ? f.k.compromiso.ciclo : undefined),
    },
    {
      nombre: 'tipo_asm',
      tipo: 'string',
      valores: TIPO_ASM,
      descripcion: 'Tipo de ASM, si consta: Específico, Institucional, Interinstitucional o Intergubernamental',
      valor: (f) => f.k.compromiso.tipo_asm,
    },
    {
      nombre: 'prioridad',
      tipo: 'string',
      valores: PRIORIDAD,
      descripcion: 'Prioridad del ASM, si consta: Alta, Media o Baja',
      valor: (f) => f.k.compromiso.prioridad,
    },
    {
      nombre: 'tipo_mejora',
      tipo: 'string',
      descripcion: `Tipo de mejora, si consta (${TIPOS_MEJORA.join(', ')}); varios separados por «${SEPARADOR}»`,
      valor: (f) => unirLista(f.k.compromiso.tipo_mejora),
    },
    {
      nombre: 'temas',
      tipo: 'string',
      descripcion: `Temas del ASM, si constan; varios separados por «${SEPARADOR}»`,
      valor: (f) => unirLista(f.k.compromiso.temas),
    },
    {
      nombre: 'gasto_federalizado',
      tipo: 'boolean',
      descripcion: 'true si el programa ejerce gasto federalizado; vacío si no consta',
      valor: (f) => f.k.compromiso.gasto_federalizado,
    },
    columnaCorte<FilaCompromiso>(),
    {
      nombre: 'reportes',
      tipo: 'integer',
      obligatorio: true,
      minimo: 0,
      descripcion: 'Reportes de seguimiento publicados hasta el corte',
      valor: (f) => f.k.situacion.reportes.length,
    },
    {
      nombre: 'fecha_ultimo_reporte',
      tipo: 'date',
      descripcion: 'Fecha del último reporte hasta el corte; vacía si no hay reportes',
      valor: (f) => f.k.situacion.ultimoReporte?.fecha,
    },
    {
      nombre: 'estado_ultimo_reporte',
      tipo: 'string',
      valores: ESTADO_REPORTADO,
      descripcion: 'Estado que declara el último reporte hasta el corte; vacío si no hay reportes',
      valor: (f) => f.k.situacion.ultimoReporte?.estado,
    },
    {
      nombre: 'avance',
      tipo: 'number',
      minimo: 0,
      maximo: 100,
      descripcion: 'Porcentaje de avance que declara el último reporte (avance reportado); vacío si ese reporte no da uno',
      valor: (f) => f.k.situacion.ultimoReporte?.avance,
    },
    {
      nombre: 'evidencias',
      tipo: 'string',
      descripcion: `Direcciones de las evidencias de todos los reportes hasta el corte, separadas por «${SEPARADOR}»; vacía si no hay`,
      valor: (f) => unir(f.k.situacion.reportes.flatMap((r) => r.evidencias.map((e) => e.url))),
    },
    {
      nombre: 'dictamen',
      tipo: 'string',
      descripcion: 'Último dictamen u oficio de cumplimiento de la instancia coordinadora; vacío si no hay',
      valor: (f) => f.k.situacion.reportes.findLast((r) => r.dictamen !== undefined)?.dictamen?.documento,
    },
    {
      nombre: 'dictamen_url',
      tipo: 'string',
      descripcion: 'Dirección pública de ese dictamen, si la tiene',
      valor: (f) => f.k.situacion.reportes.findLast((r) => r.dictamen !== undefined)?.dictamen?.url,
    },
    {
      nombre: 'url',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Dirección del compromiso en la página del convenio',
      valor: (f, { pub }) => `${absoluta(pub, pub.rutas.convenio(f.c.id))}#compromiso-${f.k.compromiso.id}`,
    },
  ],
});

const convenios = definirTabla<ConvenioCalculado>({
  nombre: 'convenios',
  archivo: 'convenios.csv',
  titulo: 'Convenios',
  descripcion:
    'Un renglón por documento —convenio firmado o seguimiento federal de ASM—, con su ente evaluado, su programa, su firma (si es convenio) y el cumplimiento de sus compromisos a la fecha de corte.',
  clavePrimaria: ['id'],
  clavesForaneas: [
    { campos: ['gobierno_id'], recurso: 'gobiernos', camposReferidos: ['id'] },
    { campos: ['ente_id'], recurso: 'entes', camposReferidos: ['id'] },
    { campos: ['programa_id'], recurso: 'programas', camposReferidos: ['id'] },
  ],
  porDocumento: { columna: 'id', fuentes: (c) => [c] },
  columnas: [
    {
      nombre: 'id',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Identificador del convenio: su dirección es /convenios/{id}/',
      valor: (f) => f.id,
    },
    { nombre: 'titulo', tipo: 'string', obligatorio: true, descripcion: 'Título del convenio', valor: (f) => f.datos.titulo },
    ...columnasDeConvenio,
    {
      nombre: 'evaluacion',
      tipo: 'string',
      descripcion: 'Tipo de evaluación de la que derivan los compromisos; vacío si la fuente federal no lo da',
      valor: (f) => f.datos.evaluacion,
    },
    {
      nombre: 'fecha_firma',
      tipo: 'date',
      descripcion: 'Fecha de firma; vacía en el seguimiento federal (no se firma)',
      valor: deDocumento('fecha_firma'),
    },
    {
      nombre: 'lugar_firma',
      tipo: 'string',
      descripcion: 'Lugar de firma; vacío en el seguimiento federal',
      valor: deDocumento('lugar_firma'),
    },
    {
      nombre: 'lineamientos',
      tipo: 'string',
      descripcion: 'Lineamientos que fundamentan el convenio; vacío en el seguimiento federal',
      valor: deDocumento('lineamientos'),
    },
    {
      nombre: 'disposicion',
      tipo: 'string',
      descripcion: 'Disposición de esos lineamientos que lo fundamenta; vacía en el seguimiento federal',
      valor: deDocumento('disposicion'),
    },
    {
      nombre: 'prorroga_permitida',
      tipo: 'boolean',
      descripcion: 'true si el convenio permite solicitar prórroga; vacío en el seguimiento federal',
      valor: deDocumento('prorroga_permitida'),
    },
    {
      nombre: 'prorroga_limite_dias',
      tipo: 'integer',
      minimo: 1,
      descripcion: 'Límite de la prórroga en días naturales; vacío si el convenio no fija uno',
      valor: deDocumento('prorroga_limite_dias'),
    },
    {
      nombre: 'fecha_limite_compromisos',
      tipo: 'date',
      descripcion: 'Fecha que ninguna fecha de cumplimiento puede exceder, si el convenio la fija',
      valor: deDocumento('fecha_limite_compromisos'),
    },
    {
      nombre: 'hallazgos',
      tipo: 'integer',
      obligatorio: true,
      minimo: 0,
      descripcion: 'Hallazgos que el convenio enumera aparte de los compromisos (no cuentan en la tasa); 0 en el seguimiento federal',
      valor: deDocumento('hallazgos'),
    },
    {
      nombre: 'instancia_coordinadora',
      tipo: 'string',
      descripcion: 'Seguimiento federal: instancia que coordina la evaluación (INST_COORD)',
      valor: deDocumento('instancia_coordinadora'),
    },
    {
      nombre: 'fecha_ultimo_reporte',
      tipo: 'date',
      descripcion: 'Seguimiento federal: fecha del reporte más reciente de sus ASM',
      valor: deDocumento('fecha_ultimo_reporte'),
    },
    ...columnasDeConteo<ConvenioCalculado>((c) => conteosPorTipo([c]), 'en el documento'),
    columnaCorte<ConvenioCalculado>(),
    {
      nombre: 'documento_url',
      tipo: 'string',
      descripcion: 'Dirección pública del documento original (en el seguimiento federal, del conjunto de datos), si se conoce',
      valor: deDocumento('documento_url'),
    },
    {
      nombre: 'documento_copia_url',
      tipo: 'string',
      descripcion: 'Dirección de la copia del documento que publica este portal, si la hay',
      valor: (f, { pub }) => {
        const { archivo } = tipoDe(f.datos).fuente(f.datos);
        return archivo === undefined ? undefined : absoluta(pub, pub.rutas.documento(archivo));
      },
    },
    {
      nombre: 'documento_sha256',
      tipo: 'string',
      patron: '^[0-9a-f]{64}$',
      descripcion: 'Huella SHA-256 de esa copia, para verificarla',
      valor: deDocumento('documento_sha256'),
    },
    {
      nombre: 'url',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Dirección de la página del convenio',
      valor: (f, { pub }) => absoluta(pub, pub.rutas.convenio(f.id)),
    },
    {
      nombre: 'url_json',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Dirección del convenio completo en JSON, con su historial de seguimiento',
      valor: (f, { pub }) => absoluta(pub, pub.rutas.convenioJson(f.id)),
    },
  ],
});

const entes = definirTabla<Indice['entes'][number]>({
  nombre: 'entes',
  archivo: 'entes.csv',
  titulo: 'Entes públicos',
  descripcion:
    'Un renglón por ente público que firma algún convenio o atiende ASM federales; las cifras cuentan sólo los documentos en los que es el ente evaluado.',
  clavePrimaria: ['id'],
  clavesForaneas: [{ campos: ['gobierno_id'], recurso: 'gobiernos', camposReferidos: ['id'] }],
  fuentes: (indice) => indice.entes,
  columnas: [
    {
      nombre: 'id',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Identificador del ente: su dirección es /entes/{id}/',
      valor: (f) => f.id,
    },
    { nombre: 'nombre', tipo: 'string', obligatorio: true, descripcion: 'Nombre del ente', valor: (f) => f.datos.nombre },
    { nombre: 'siglas', tipo: 'string', descripcion: 'Siglas, si las tiene', valor: (f) => f.datos.siglas },
    {
      nombre: 'gobierno_id',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Identificador del gobierno al que pertenece (clave de gobiernos.csv)',
      valor: (f) => f.gobierno.id,
    },
    { nombre: 'gobierno', tipo: 'string', obligatorio: true, descripcion: 'Nombre de ese gobierno', valor: (f) => f.gobierno.datos.nombre },
    {
      nombre: 'naturaleza',
      tipo: 'string',
      descripcion: 'Naturaleza jurídica, tal como la declara el convenio',
      valor: (f) => f.datos.naturaleza,
    },
    { nombre: 'sitio_web', tipo: 'string', descripcion: 'Sitio web del ente, si consta', valor: (f) => f.datos.sitio_web },
    {
      nombre: 'convenios',
      tipo: 'integer',
      obligatorio: true,
      minimo: 0,
      descripcion: 'Convenios en los que es el ente evaluado',
      valor: (f) => f.convenios.length,
    },
    {
      nombre: 'participaciones',
      tipo: 'integer',
      obligatorio: true,
      minimo: 0,
      descripcion: 'Convenios en los que firma con otro papel (coordinadora, control interno, tesorería)',
      valor: (f) => f.participaciones.length,
    },
    ...columnasDeConteo<Indice['entes'][number]>((e) => e.conteos, 'como ente evaluado'),
    columnaCorte<Indice['entes'][number]>(),
    {
      nombre: 'url',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Dirección de la página del ente',
      valor: (f, { pub }) => absoluta(pub, pub.rutas.ente(f.id)),
    },
  ],
});

const programas = definirTabla<Indice['programas'][number]>({
  nombre: 'programas',
  archivo: 'programas.csv',
  titulo: 'Programas presupuestarios',
  descripcion:
    'Un renglón por programa presupuestario evaluado. Una clave municipal del Estado de México la comparten todos sus municipios.',
  clavePrimaria: ['id'],
  clavesForaneas: [],
  fuentes: (indice) => indice.programas,
  columnas: [
    {
      nombre: 'id',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Identificador del programa: su dirección es /programas/{id}/',
      valor: (f) => f.id,
    },
    { nombre: 'clave', tipo: 'string', descripcion: 'Clave del programa; vacía si los convenios no la dan', valor: (f) => f.datos.clave },
    { nombre: 'nombre', tipo: 'string', obligatorio: true, descripcion: 'Nombre del programa', valor: (f) => f.datos.nombre },
    {
      nombre: 'estructura',
      tipo: 'string',
      descripcion: 'Estructura programática a la que pertenece la clave',
      valor: (f) => f.datos.estructura,
    },
    {
      nombre: 'gobiernos',
      tipo: 'string',
      descripcion: `Gobiernos con convenios de este programa, separados por «${SEPARADOR}»`,
      valor: (f) => unir([...new Set(f.convenios.map((c) => c.gobierno.datos.nombre))].sort((a, b) => a.localeCompare(b, 'es-MX'))),
    },
    {
      nombre: 'convenios',
      tipo: 'integer',
      obligatorio: true,
      minimo: 0,
      descripcion: 'Convenios del programa',
      valor: (f) => f.convenios.length,
    },
    ...columnasDeConteo<Indice['programas'][number]>((p) => p.conteos, 'del programa'),
    columnaCorte<Indice['programas'][number]>(),
    {
      nombre: 'url',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Dirección de la página del programa',
      valor: (f, { pub }) => absoluta(pub, pub.rutas.programa(f.id)),
    },
  ],
});

const gobiernos = definirTabla<Indice['gobiernos'][number]>({
  nombre: 'gobiernos',
  archivo: 'gobiernos.csv',
  titulo: 'Gobiernos',
  descripcion: 'Un renglón por gobierno (federal, estatal o municipal) con convenios o entes registrados.',
  clavePrimaria: ['id'],
  clavesForaneas: [],
  fuentes: (indice) => indice.gobiernos,
  columnas: [
    {
      nombre: 'id',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Identificador del gobierno: su dirección es /gobiernos/{id}/',
      valor: (f) => f.id,
    },
    { nombre: 'nombre', tipo: 'string', obligatorio: true, descripcion: 'Nombre del gobierno', valor: (f) => f.datos.nombre },
    { nombre: 'nivel', tipo: 'string', obligatorio: true, valores: NIVEL, descripcion: 'Nivel de gobierno', valor: (f) => f.datos.nivel },
    {
      nombre: 'entidad_federativa',
      tipo: 'string',
      descripcion: 'Entidad federativa, si aplica',
      valor: (f) => f.datos.entidad_federativa,
    },
    { nombre: 'sitio_web', tipo: 'string', descripcion: 'Sitio web, si consta', valor: (f) => f.datos.sitio_web },
    {
      nombre: 'convenios',
      tipo: 'integer',
      obligatorio: true,
      minimo: 0,
      descripcion: 'Convenios de este gobierno',
      valor: (f) => f.convenios.length,
    },
    ...columnasDeConteo<Indice['gobiernos'][number]>((g) => g.conteos, 'del gobierno'),
    columnaCorte<Indice['gobiernos'][number]>(),
    {
      nombre: 'url',
      tipo: 'string',
      obligatorio: true,
      descripcion: 'Dirección de la página del gobierno',
      valor: (f, { pub }) => absoluta(pub, pub.rutas.gobierno(f.id)),
    },
  ],
});

/** Every CSV download, in the order the /datos/ page and the Data Package list them. */
// Federal evaluations (SHCP): defined with their pages in src/lib/evaluaciones/.
export const TABLAS: readonly Tabla[] = [compromisos, convenios, entes, programas, gobiernos, tablaEvaluaciones];

export function tablaPorNombre(nombre: string): Tabla {
  const t = TABLAS.find((x) => x.nombre === nombre);
  if (!t) throw new Error(`No hay tabla «${nombre}»`);
  return t;
}
