import type { Rol } from '../../schemas/parte.ts';
import type { Documento, TipoDocumento } from '../../schemas/documento.ts';
import type { Aviso } from '../calidad.ts';
import type { Estado } from '../estados.ts';
import type { Reporte } from '../../schemas/seguimiento.ts';
import type { ConvenioCalculado } from '../indice.ts';
import type { DefinicionDeMedida } from '../medidas.ts';

/** A cell of a download: what the CSV writes (undefined is an empty cell, "no consta"). */
export type Valor = string | number | boolean | undefined;

/**
 * Download columns that only some kinds of document fill. Each kind fills the ones its source states;
 * the rest stay empty. Names are the CSV's; src/lib/datos/tablas.ts declares their type and meaning.
 */
export type ColumnaDeDocumento =
  | 'pae'
  | 'ejercicio_evaluado'
  | 'anio_evaluacion'
  | 'ramo_clave'
  | 'ramo'
  | 'fecha_firma'
  | 'lugar_firma'
  | 'lineamientos'
  | 'disposicion'
  | 'prorroga_permitida'
  | 'prorroga_limite_dias'
  | 'fecha_limite_compromisos'
  | 'hallazgos'
  | 'instancia_coordinadora'
  | 'fecha_ultimo_reporte'
  | 'documento_url'
  | 'documento_sha256';

/** The original a document was transcribed from: a public address, and/or a copy in content/documentos/. */
export interface Fuente {
  url?: string;
  archivo?: string;
  sha256?: string;
}

/** What the JSON-LD of a document page needs from the site, so a kind can describe itself without routes. */
export interface ContextoJsonLd {
  /** The document's page, absolute. */
  url: string;
  /** Its plain-Spanish summary. */
  descripcion: string;
  /** An absolute address on this site. */
  absoluta: (ruta: string) => string;
  /** Site path of a copy in content/documentos/. */
  rutaDocumento: (archivo: string) => string;
  /** Site path of the document's JSON. */
  rutaJson: string;
  organizacion: (id: string) => Record<string, unknown>;
  /** The program, as what the document is about. */
  servicio: Record<string, unknown>;
}

/** What the JSON download of a document needs from the site. */
export interface ContextoRegistro {
  ente: (id: string) => { id: string; nombre: string; url: string };
  /** Absolute address of a copy in content/documentos/. */
  copia: (archivo: string) => string;
}

/**
 * One kind of document in content/convenios/ (a signed convenio, a federal ASM follow-up, …). Everything the
 * index, the downloads, the feeds, the search index and the content checks need to know about a kind is here;
 * they ask this interface, never the kind's name. docs/arquitectura.md shows how to add a kind.
 */
export interface TipoDeDocumento<D extends Documento = Documento> {
  tipo: TipoDocumento;
  /** How pages, feeds and downloads name the kind ("Convenio firmado"). */
  etiqueta: string;
  /** The documents of this kind in a sentence, singular and plural ("convenio", "convenios"). */
  documentos: readonly [string, string];
  /** What one tracked item is called, singular and plural ("compromiso", "ASM"). */
  compromisos: readonly [string, string];
  /** The tracked items of this kind as a heading ("Compromisos de convenios"). */
  titulo: string;
  /** The one measure its source supports (src/lib/medidas.ts); kinds with different measures are never mixed. */
  medida: DefinicionDeMedida;
  /** Statuses a chart of this kind shows even at zero (a kind without due dates cannot be late). */
  estadosSiempre: readonly Estado[];
  /** The body that must attend the commitments. */
  enteEvaluado(d: D): string;
  /** Other bodies that sign, with their role (none for a kind nobody signs). */
  participaciones(d: D): { ente: string; rol: Rol }[];
  /** Every ente id the file names, with the field that names it: the loader checks each one exists. */
  entesCitados(d: D): { campo: string; ente: string }[];
  /** The year lists group it under (a PAE, an evaluation's year), if the source gives one. */
  anio(d: D): number | undefined;
  /** What `anio` is, as a search-result field name. */
  anioEs: 'pae' | 'evaluacion';
  /** What `anio` is, for labels: "PAE 2021", "evaluación 2013". */
  describirAnio(anio: number): string;
  /** The date lists sort it by. */
  fecha(d: D): string | undefined;
  /** What that date is: the signing, or the latest report. */
  fechaEs: 'firma' | 'reporte';
  fuente(d: D): Fuente;
  /** Problems that stop the build beyond what the schema checks (e.g. a convenio needs an evaluated party). */
  problemas(d: D): { campo: string; mensaje: string }[];
  /** Oddities the document itself contains, shown on its page (a number printed twice…). */
  anomalias(d: D): string[];
  /** Legal but suspicious values the validator warns about (file paths are the caller's). */
  avisos(d: D): Omit<Aviso, 'archivo'>[];
  columnas(c: ConvenioCalculado & { datos: D }): Partial<Record<ColumnaDeDocumento, Valor>>;
  /** The page's meta description. */
  descripcion(c: ConvenioCalculado & { datos: D }): string;
  /** One follow-up report in words, between its date and its evidence ("en proceso (avance 15 %)."). */
  describirReporte(r: Reporte): string;
  /** A plain-Spanish summary: what was promised, by whom, by when, and how it stands. */
  resumen(c: ConvenioCalculado & { datos: D }): string;
  /**
   * For a kind that is not a signed convenio: the sentence that says so. Feeds put it first, and lists and search
   * results then name the kind beside the title.
   */
  aclaracion?: string;
  /** The kind's own fields of the JSON download (registro-convenio). */
  registro(c: ConvenioCalculado & { datos: D }, ctx: ContextoRegistro): Record<string, unknown>;
  /** schema.org description of the page. */
  jsonLd(c: ConvenioCalculado & { datos: D }, ctx: ContextoJsonLd): Record<string, unknown>;
}
