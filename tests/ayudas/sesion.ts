import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { abrirNavegador, servir, servirSitio, type OpcionesDeServidor, type Servidor } from '../../scripts/navegador.ts';
import { DIST } from '../build/sitio.ts';

export interface OpcionesDeSesion extends OpcionesDeServidor {
  /** The built site to serve: the suite's (SALIDA_DIR or dist) unless given; a function is read when the session opens. */
  dist?: string | (() => string);
  /** Extra Chromium switches; a function is read when the session opens. */
  argumentos?: string[] | (() => string[]);
}

export interface Sesion {
  /** The served site's origin, without the base path. */
  readonly url: string;
  readonly navegador: Browser;
}

/**
 * Serves a built site and opens Chromium for one test file (or describe block), and closes both when it ends.
 * Call it at collection time; hooks registered earlier (a construirSitio() build) run before it opens.
 */
export function sesionDeNavegador(opciones: OpcionesDeSesion = {}): Sesion {
  let sitio: Awaited<ReturnType<typeof servirSitio>> | undefined;
  let navegador: Browser | undefined;
  beforeAll(async () => {
    const dist = typeof opciones.dist === 'function' ? opciones.dist() : (opciones.dist ?? DIST);
    sitio = await servirSitio(dist, { cabeceras: opciones.cabeceras, base: opciones.base });
    navegador = await abrirNavegador(typeof opciones.argumentos === 'function' ? opciones.argumentos() : opciones.argumentos);
  });
  afterAll(async () => {
    await navegador?.close();
    await sitio?.cerrar();
  });
  return {
    get url() {
      return sitio!.url;
    },
    get navegador() {
      return navegador!;
    },
  };
}

/**
 * Another origin (a public body's own site) serving one HTML page at every address, for the enclosing file or
 * describe block; `html` is read when it opens, after the hooks registered before it (the session's).
 */
export function otroOrigen(html: () => string): { readonly url: string } {
  let servidor: Servidor | undefined;
  beforeAll(async () => {
    const pagina = html();
    servidor = await servir((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(pagina);
    });
  });
  afterAll(() => servidor?.cerrar());
  return {
    get url() {
      return `${servidor!.url}/`;
    },
  };
}
