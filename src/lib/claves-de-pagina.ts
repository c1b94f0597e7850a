import { createHash } from 'node:crypto';
import type { Indice } from './indice.ts';

/**
 * What a document's own page and JSON record read besides the document: the cut-off day, where the site is
 * published, and the catalogs (names of entes, programs and governments). Their aggregates are left out on
 * purpose: an ente's list of convenios changes with every edit of one of them, and no document page shows it.
 */
export interface EntornoDePagina {
  corte: string;
  /** Public origin and base path: every link and canonical URL carries them. */
  sitio: string;
  base: string;
  entes: Indice['entes'];
  programas: Indice['programas'];
  gobiernos: Indice['gobiernos'];
  publicacionFederal?: Indice['publicacionFederal'];
}

const huella = (texto: string) => createHash('sha256').update(texto).digest('base64url');
const catalogo = (grupos: readonly { id: string; datos: unknown }[]) => grupos.map((g) => [g.id, g.datos]);

/**
 * One key per document for Astro's incremental build: a document's page is rendered again only when its key
 * changes, so the key covers every input of the page that is not template code (Astro hashes that itself).
 * `cuerpos` holds each document's Markdown text by id.
 */
export function clavesDeDocumentos(
  convenios: Indice['convenios'],
  cuerpos: ReadonlyMap<string, string>,
  entorno: EntornoDePagina,
): Map<string, string> {
  const comun = huella(
    JSON.stringify([
      entorno.corte,
      entorno.sitio,
      entorno.base,
      catalogo(entorno.entes),
      catalogo(entorno.programas),
      catalogo(entorno.gobiernos),
      entorno.publicacionFederal ?? null,
    ]),
  );
  return new Map(convenios.map((c) => [c.id, huella(JSON.stringify([comun, c, cuerpos.get(c.id) ?? null]))]));
}

/**
 * The key of a page about a group (an ente, a program): its own fields, then its documents' keys in order, so it
 * changes when a document joins, leaves, moves or changes. `partes` holds what else the page shows (an ente's other
 * roles, a program's evaluations, a feed's build date), already in a form JSON keeps.
 */
export function claveDeGrupo(claves: ReadonlyMap<string, string>, documentos: readonly { id: string }[], partes: unknown[]): string {
  return huella(JSON.stringify([partes, documentos.map((c) => claves.get(c.id) ?? c.id)]));
}

/**
 * The key of a file made of some documents, in order (one year's downloads): it changes when any of them changes,
 * and `archivo` tells apart the files of the same documents. Undefined when a document has no key (`astro dev`).
 */
export function claveDeConjunto(
  claves: ReadonlyMap<string, string>,
  documentos: readonly { id: string }[],
  archivo: string,
): string | undefined {
  const suyas = documentos.map((c) => claves.get(c.id));
  return suyas.every((k) => k !== undefined) ? huella(JSON.stringify([archivo, suyas])) : undefined;
}
