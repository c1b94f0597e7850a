// The local static host and the Chromium launcher shared by the browser tests and the tooling scripts
// (npm run capturas, scripts/medir-busqueda.ts). Tooling code: tests may import it, it imports nothing from tests/.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
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
  /**
   * Gzip what docs/escala.md tells hosts to compress (HTML, CSS, JS, JSON, CSV, iCalendar, XML, SVG) when the browser
   * accepts it, as a production server would; Pagefind's .pf_* files and its WebAssembly go as they are (already
   * compressed). Off by default: the tests read what is on disk.
   */
  comprimir?: boolean;
}

/** The types a host compresses (docs/escala.md), by extension. */
const COMPRIMIBLES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The file a request path names in a built site (a folder is its index.html, «/x» may be x.html), if any. */
function archivoDe(dist: string, ruta: string): string | undefined {
  let relativa: string;
  try {
    relativa = normalize(decodeURIComponent(ruta));
  } catch {
    return undefined;
  }
  if (relativa.includes('..')) return undefined;
  for (const candidato of [relativa, join(relativa, 'index.html'), `${relativa}.html`]) {
    const archivo = join(dist, candidato);
    if (existsSync(archivo) && statSync(archivo).isFile()) return archivo;
  }
  return undefined;
}

/** Serves a built site on a loopback port, as a static host would. */
export function servirSitio(dist = process.env.SALIDA_DIR ?? 'dist', opciones: OpcionesDeServidor = {}): Promise<Servidor> {
  const archivos = sirv(dist, { dev: false, etag: false, extensions: ['html'] });
  const base = opciones.base ?? '/';
  const comprimidos = new Map<string, Buffer>();
  return servir((req, res) => {
    const noEncontrado = () => {
      res.statusCode = 404;
      res.end('No encontrado');
    };
    if (opciones.cabeceras)
      for (const [k, v] of Object.entries(opciones.cabeceras(new URL(req.url ?? '/', 'http://x').pathname))) res.setHeader(k, v);
    if (!req.url?.startsWith(base)) return noEncontrado();
    req.url = `/${req.url.slice(base.length)}`;
    if (opciones.comprimir && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const archivo = archivoDe(dist, new URL(req.url, 'http://x').pathname);
      const tipo = archivo && COMPRIMIBLES[extname(archivo)];
      if (archivo && tipo) {
        let cuerpo = comprimidos.get(archivo);
        if (!cuerpo) comprimidos.set(archivo, (cuerpo = gzipSync(readFileSync(archivo))));
        res.writeHead(200, { 'Content-Type': tipo, 'Content-Encoding': 'gzip', 'Content-Length': cuerpo.length, Vary: 'Accept-Encoding' });
        res.end(req.method === 'HEAD' ? undefined : cuerpo);
        return;
      }
    }
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
