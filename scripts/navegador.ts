// The local static host and the Chromium launcher shared by the browser tests and the tooling scripts
// (npm run capturas, scripts/medir-busqueda.ts). Tooling code: tests may import it, it imports nothing from tests/.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';

export const VISTAS = {
  telefono: { width: 390, height: 844 },
  escritorio: { width: 1280, height: 900 },
} as const;

export interface Servidor {
  url: string;
  cerrar: () => Promise<void>;
}

/** Any request handler on a free loopback port. */
export async function servir(manejar: (req: IncomingMessage, res: ServerResponse) => void): Promise<Servidor> {
  const servidor = createServer(manejar);
  await new Promise<void>((listo) => servidor.listen(0, '127.0.0.1', listo));
  const { port } = servidor.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, cerrar: () => new Promise((listo) => servidor.close(() => listo())) };
}

export interface OpcionesDeServidor {
  /** Headers a host would send for each path (src/lib/cabeceras.ts lists the ones the site asks for). */
  cabeceras?: (ruta: string) => Record<string, string>;
  /**
   * The sub-path the site was built for (BASE_PATH, e.g. "/convenios-abiertos/"): the site is served only under it
   * and anything asked outside it is a 404, as on a public body's own server.
   */
  base?: string;
}

/** Serves a built site on a loopback port, as a static host would. */
export function servirSitio(dist = process.env.SALIDA_DIR ?? 'dist', opciones: OpcionesDeServidor = {}): Promise<Servidor> {
  const archivos = sirv(dist, { dev: false, etag: false, extensions: ['html'] });
  const base = opciones.base ?? '/';
  return servir((req, res) => {
    const noEncontrado = () => {
      res.statusCode = 404;
      res.end('No encontrado');
    };
    if (opciones.cabeceras)
      for (const [k, v] of Object.entries(opciones.cabeceras(new URL(req.url ?? '/', 'http://x').pathname))) res.setHeader(k, v);
    if (!req.url?.startsWith(base)) return noEncontrado();
    req.url = `/${req.url.slice(base.length)}`;
    archivos(req, res, noEncontrado);
  });
}

/** Debian's Chromium (or $CHROMIUM), never a downloaded browser; `argumentos` adds command-line switches. */
export function abrirNavegador(argumentos: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', ...argumentos],
  });
}
