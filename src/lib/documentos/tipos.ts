import type { Documento, TipoDocumento } from '../../schemas/documento.ts';
import type { ConvenioCalculado } from '../indice.ts';
import { CONVENIO } from './convenio.ts';
import { SEGUIMIENTO_FEDERAL } from './seguimiento-federal.ts';
import type { TipoDeDocumento } from './tipo-de-documento.ts';

/** The data of a document of kind T. */
export type DocumentoDe<T extends TipoDocumento> = Extract<Documento, { tipo?: T }>;

/** Every kind of document, in the order lists and vocabularies show them. A new kind is one more entry. */
export const TIPOS: { [T in TipoDocumento]: TipoDeDocumento<DocumentoDe<T>> } = {
  convenio: CONVENIO,
  seguimiento_federal: SEGUIMIENTO_FEDERAL,
};

/** How pages, downloads and the search filters name each kind. */
export const ETIQUETAS_TIPO_DOCUMENTO = Object.fromEntries(Object.values(TIPOS).map((t) => [t.tipo, t.etiqueta])) as Record<
  TipoDocumento,
  string
>;

/** A file without `tipo` is a convenio: the first kind the portal published. */
export const tipoDeDatos = (d: Documento): TipoDocumento => d.tipo ?? 'convenio';

/**
 * The module that knows a document's kind. One cast here, so no caller needs one: `TIPOS[t]` and a
 * document of kind `t` always go together.
 */
export function tipoDe(d: Documento): TipoDeDocumento {
  return TIPOS[tipoDeDatos(d)] as unknown as TipoDeDocumento;
}

/** A computed document seen as kind T: checked, so a body component never receives another kind's data. */
export function comoDocumentoDe<T extends TipoDocumento>(c: ConvenioCalculado, tipo: T): ConvenioCalculado & { datos: DocumentoDe<T> } {
  if (c.tipo !== tipo) throw new Error(`«${c.id}» es ${c.tipo}, no ${tipo}`);
  return c as ConvenioCalculado & { datos: DocumentoDe<T> };
}

/** The same, for a computed document (with its status, counts and resolved bodies). */
export const tipoDeCalculado = (c: ConvenioCalculado): TipoDeDocumento => tipoDe(c.datos);
