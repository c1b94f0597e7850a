/**
 * A rebuild after editing convenios renders only the routes whose key changed (docs/escala.md, point 12). Each
 * dynamic route that takes part names its family by its file's pattern under src/pages ('entes/[id]/pagina/[numero]')
 * and gives each of its paths a key that covers what the path shows; the build keeps every key in a manifest, and
 * the next build, when nothing but convenio files changed, skips a path whose key is the same.
 */

/** Every keyed route of one build: family pattern → route (site-relative, no slashes at the ends) → key. */
export type ClavesDeRutas = Record<string, Record<string, string>>;

export interface Manifiesto {
  /** Everything besides the convenio files that a page may read: code, other content, environment. */
  firma: string;
  rutas: ClavesDeRutas;
}

/** The route of one path of a family: 'entes/[id]/pagina/[numero]' with { id: 'x', numero: '2' } → 'entes/x/pagina/2'. */
export function rutaDe(patron: string, params: Record<string, string | undefined>): string {
  return patron
    .split('/')
    .flatMap((segmento) => {
      const relleno = segmento.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, nombre: string) => {
        const valor = params[nombre];
        if (valor === undefined && !segmento.startsWith('[...')) throw new Error(`Falta el parámetro «${nombre}» de ${patron}`);
        return valor ?? '';
      });
      return relleno === '' ? [] : [relleno];
    })
    .join('/');
}

/** The file a route writes: an endpoint's route is its file ('…/insignia.svg'), a page's is a folder with index.html. */
export function archivoDeRuta(patron: string, ruta: string): string {
  const ultimo = patron.split('/').at(-1) ?? '';
  return /\.[a-z]+$/.test(ultimo) ? ruta : ruta === '' ? 'index.html' : `${ruta}/index.html`;
}

/** True when a family has exactly the routes it had before: a partial rebuild neither adds nor removes a file. */
export function mismasRutas(antes: Record<string, string> | undefined, ahora: ReadonlyMap<string, string>): boolean {
  if (antes === undefined) return false;
  const previas = Object.keys(antes);
  return previas.length === ahora.size && previas.every((ruta) => ahora.has(ruta));
}

/** A piece of a download as made now, or as the last build kept it: its UTF-8 bytes, written as they are. */
export type Pieza = string | Uint8Array;

/**
 * A document's piece of a site-wide download (its JSON record, its CSV rows, its calendar events): `hacer()`, or the
 * bytes the last build kept for the same `tipo` of piece and the same document key.
 */
export type Recordar = (tipo: string, documento: { id: string }, hacer: () => string) => Pieza;

/** What `astro dev` and tests use: every piece made now. */
export const sinRecordar: Recordar = (_tipo, _documento, hacer) => hacer();

const decodificador = new TextDecoder();

/** A piece as text. */
export const comoTexto = (pieza: Pieza): string => (typeof pieza === 'string' ? pieza : decodificador.decode(pieza));

/** How many bytes a piece takes in a UTF-8 file. */
export const bytesDePieza = (pieza: Pieza): number => (typeof pieza === 'string' ? Buffer.byteLength(pieza, 'utf8') : pieza.length);
