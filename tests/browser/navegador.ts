import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
import { DIST } from '../build/sitio.ts';

export const VISTAS = {
  telefono: { width: 390, height: 844 },
  escritorio: { width: 1280, height: 900 },
} as const;

/**
 * Serves the built site on a loopback port, as a static host would; `cabeceras` adds the headers a host
 * would send for each path (src/lib/cabeceras.ts lists the ones the site asks for).
 */
export async function servirSitio(
  dist = DIST,
  cabeceras?: (ruta: string) => Record<string, string>,
): Promise<{ url: string; cerrar: () => Promise<void> }> {
  const archivos = sirv(dist, { dev: false, etag: false, extensions: ['html'] });
  const servidor: Server = createServer((req, res) => {
    if (cabeceras) for (const [k, v] of Object.entries(cabeceras(new URL(req.url ?? '/', 'http://x').pathname))) res.setHeader(k, v);
    archivos(req, res, () => {
      res.statusCode = 404;
      res.end('No encontrado');
    });
  });
  await new Promise<void>((listo) => servidor.listen(0, '127.0.0.1', listo));
  const { port } = servidor.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, cerrar: () => new Promise((listo) => servidor.close(() => listo())) };
}

/** Debian's Chromium, never a downloaded browser. */
export function abrirNavegador(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
