import { join } from 'node:path';
import { fechaDeConstruccion } from './lib/datos/publicacion.ts';
import { fechaDeCorte } from './lib/fechas.ts';

type Entorno = Record<string, string | undefined>;

/** Everything the build and the commands take from the environment, read in one place (README: «Variables de entorno»). */
export interface Configuracion {
  /** Content folder (CONTENIDO_DIR). */
  contenido: string;
  /** Output folder (SALIDA_DIR); absent means Astro's default, dist/. */
  salida?: string;
  /** Public origin (SITIO_URL). */
  sitio: string;
  /** Sub-path the site is served under (BASE_PATH). */
  base: string;
  /** A full build even when only convenio files changed since the last one (CONSTRUCCION_COMPLETA=1). */
  completa: boolean;
  /** Where a build keeps what the next one may reuse: Astro's cache, and the search index's batches. */
  cache: string;
}

export const SITIO_PREDETERMINADO = 'https://conveniosabiertos.mx';

export function leerConfiguracion(entorno: Entorno): Configuracion {
  return {
    contenido: entorno.CONTENIDO_DIR ?? 'content',
    salida: entorno.SALIDA_DIR,
    sitio: entorno.SITIO_URL ?? SITIO_PREDETERMINADO,
    base: entorno.BASE_PATH ?? '/',
    completa: entorno.CONSTRUCCION_COMPLETA === '1',
    // A build into another folder (other content, tests, benchmarks) keeps a cache of its own.
    cache: entorno.SALIDA_DIR ? `${entorno.SALIDA_DIR}.cache` : './node_modules/.astro',
  };
}

/** Where the search index keeps its batches between builds, and `astro build` the pages it prepared for it. */
export const cacheDelIndice = (c: Configuracion): string => join(c.cache, 'indice');

/** The content folder a command works on: its --contenido option, else CONTENIDO_DIR, else content/. */
export const carpetaDeContenido = (opcion: string | undefined, entorno: Entorno): string => opcion ?? leerConfiguracion(entorno).contenido;

// Read on first use, then fixed: a build that crosses midnight keeps one cut-off, and a command that never
// needs them is not stopped by a malformed FECHA_CORTE.
let corte: string | undefined;
let instante: Date | undefined;

/** The build's cut-off day (FECHA_CORTE, else SOURCE_DATE_EPOCH, else today in Mexico City). */
export const corteDeLaConstruccion = (): string => (corte ??= fechaDeCorte(process.env));
/** The build's instant (SOURCE_DATE_EPOCH, else now): dates in the downloads and feeds. */
export const instanteDeLaConstruccion = (): Date => (instante ??= fechaDeConstruccion(process.env));

export const configuracion = leerConfiguracion(process.env);
