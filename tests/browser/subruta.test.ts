import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { conveniosFirmados } from '../build/sitio.ts';
import { abrirNavegador, VISTAS } from './navegador.ts';

// The site hosted under a sub-path of another server, as a public body would: pages, search and embeds
// must load every resource from inside the sub-path (tests/build/subruta.test.ts checks the files themselves).
const ASTRO = realpathSync('node_modules/.bin/astro');
const BASE = '/convenios-abiertos/';
const contenido = cargarContenido(process.env.CONTENIDO_DIR ?? 'content');
const ente = conveniosFirmados(contenido)[0]!.datos.partes.find((p) => p.rol === 'sujeto_evaluado')!.ente;
const carpeta = mkdtempSync(join(tmpdir(), 'subruta-navegador-'));
const DIST = join(carpeta, 'dist');

let navegador: Browser;
let servidor: Server;
let origen = '';

beforeAll(async () => {
  // Vitest exports BASE_URL="/" to process.env, which Astro would take over BASE_PATH.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...entorno } = process.env;
  const r = spawnSync(process.execPath, [ASTRO, 'build'], { env: { ...entorno, BASE_PATH: BASE, SALIDA_DIR: DIST }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`La construcción con BASE_PATH=${BASE} falló:\n${`${r.stdout}\n${r.stderr}`.slice(-3000)}`);
  const archivos = sirv(DIST, { dev: false, etag: false, extensions: ['html'] });
  // Only the sub-path exists on this host: anything asked outside it is a 404, as on the body's own server.
  servidor = createServer((req, res) => {
    const noEncontrado = () => {
      res.statusCode = 404;
      res.end('No encontrado');
    };
    if (!req.url?.startsWith(BASE)) return noEncontrado();
    req.url = `/${req.url.slice(BASE.length)}`;
    archivos(req, res, noEncontrado);
  });
  await new Promise<void>((listo) => servidor.listen(0, '127.0.0.1', listo));
  origen = `http://127.0.0.1:${(servidor.address() as AddressInfo).port}`;
  navegador = await abrirNavegador();
}, 180_000);
afterAll(async () => {
  await navegador?.close();
  await new Promise<void>((listo) => (servidor ? servidor.close(() => listo()) : listo()));
  rmSync(carpeta, { recursive: true, force: true });
});

describe(`sitio servido bajo ${BASE}`, () => {
  it.each(['', 'convenios/', 'datos/', `entes/${ente}/`, `entes/${ente}/widget/`, 'buscar/?q=derechos'])('%s carga todos sus recursos sin un solo 404', async (ruta) => {
    const contexto = await navegador.newContext({ viewport: VISTAS.escritorio });
    const pagina = await contexto.newPage();
    const fallidos: string[] = [];
    pagina.on('response', (r) => r.status() >= 400 && fallidos.push(`${r.status()} ${r.url()}`));
    pagina.on('requestfailed', (r) => fallidos.push(`${r.failure()?.errorText} ${r.url()}`));
    expect((await pagina.goto(`${origen}${BASE}${ruta}`))?.status()).toBe(200);
    await pagina.waitForLoadState('networkidle');
    expect(fallidos).toEqual([]);
    await contexto.close();
  });

  it('la búsqueda encuentra convenios y sus enlaces llevan a páginas dentro de la subruta', async () => {
    const contexto = await navegador.newContext({ viewport: VISTAS.telefono });
    const pagina = await contexto.newPage();
    await pagina.goto(`${origen}${BASE}buscar/?q=derechos`);
    const enlaces = pagina.locator('#resultados a');
    await expect.poll(() => enlaces.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    for (const href of await enlaces.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect(new URL(href).pathname.startsWith(BASE), href).toBe(true);
      expect((await pagina.request.get(href)).status(), href).toBe(200);
    }
    await contexto.close();
  });
});
