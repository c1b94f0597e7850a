import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VISTAS } from '../../scripts/navegador.ts';
import { cabecerasPara } from '../../src/lib/cabeceras.ts';
import { otroOrigen, sesionDeNavegador } from '../ayudas/sesion.ts';
import { tiposDePagina } from './tipos-de-pagina.ts';
import { completar, vigilar, type Observado } from '../ayudas/vigilar.ts';
import { DIST, leerPagina } from '../build/sitio.ts';

// The site as a host configured per docs/cabeceras.md serves it: every page type under its own
// Content-Security-Policy <meta> plus the documented headers, watched for violations and for any request
// that leaves the site's origin.
const TIPOS = tiposDePagina();

const sesion = sesionDeNavegador({ cabeceras: cabecerasPara });

/** Opens a page watched from before it loads and lets it finish its work. */
async function recorrer(pagina: Page, url: string): Promise<Omit<Observado, 'dialogos'>> {
  const o = await vigilar(pagina, sesion.url);
  const respuesta = await pagina.goto(url, { timeout: 15_000 });
  expect(respuesta?.status()).toBe(200);
  await completar(pagina);
  if (url.includes('/buscar/')) expect(await pagina.locator('#resultados > li').count()).toBeGreaterThan(0);
  expect(o.dialogos).toEqual([]);
  const { dialogos: _d, ...resto } = o;
  return resto;
}

describe('Content-Security-Policy de cada página', () => {
  it.each(Object.entries(TIPOS))('%s (%s): sólo este sitio y scripts por huella', (tipo, ruta) => {
    const metas = leerPagina(ruta.split('?')[0]!).querySelectorAll('meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    const politica = new Map(
      metas[0]!
        .getAttribute('content')!
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => {
          const [nombre, ...fuentes] = d.split(/\s+/);
          return [nombre!, fuentes] as const;
        }),
    );
    // A <meta> policy only governs what comes after it: nothing executable or styling may precede it.
    const html = readFileSync(join(DIST, ruta.split('?')[0]!, ruta.endsWith('.html') ? '' : 'index.html'), 'utf8');
    const meta = html.indexOf('http-equiv="content-security-policy"');
    for (const antes of ['<script src', '<script type="module"', '<link rel="stylesheet"', '<style']) {
      const i = html.indexOf(antes);
      if (i >= 0) expect(i, antes).toBeGreaterThan(meta);
    }
    expect(politica.get('default-src')).toEqual(["'self'"]);
    expect(politica.get('object-src')).toEqual(["'none'"]);
    expect(politica.get('base-uri')).toEqual(["'none'"]);
    // Only /buscar/ compiles WebAssembly (Pagefind, on the page's own thread); it may not run JavaScript from text.
    const wasm = tipo === 'buscar' ? ["'wasm-unsafe-eval'"] : [];
    expect(politica.get('script-src')!.slice(1, 1 + wasm.length)).toEqual(wasm);
    for (const directiva of ['script-src', 'style-src']) {
      const fuentes = politica.get(directiva)!;
      expect(fuentes[0]).toBe("'self'");
      // Nothing but this origin and hashes: no 'unsafe-inline', no 'unsafe-eval', no host, no scheme.
      for (const f of fuentes.slice(directiva === 'script-src' ? 1 + wasm.length : 1)) {
        expect(f).toMatch(/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/);
      }
    }
  });
});

it('el registro de violaciones funciona: un guion en línea inyectado después se bloquea y se anota', async () => {
  const pagina = await sesion.navegador.newPage();
  const o = await recorrer(pagina, sesion.url + TIPOS.inicio);
  await pagina.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ejecutado = true;';
    document.body.append(s);
  });
  await expect.poll(() => o.violaciones.length).toBeGreaterThan(0);
  expect(o.violaciones[0]).toMatch(/^script-src-elem inline/);
  expect(await pagina.evaluate(() => (window as unknown as { __ejecutado?: boolean }).__ejecutado)).toBeUndefined();
  await pagina.close();
});

describe.each(Object.entries(VISTAS))('vista %s', (_vista, viewport) => {
  it.each(Object.entries(TIPOS))('%s (%s): sin violaciones de CSP, sin errores y sin pedir nada a otro origen', async (_tipo, ruta) => {
    const contexto = await sesion.navegador.newContext({ viewport });
    const pagina = await contexto.newPage();
    const o = await recorrer(pagina, sesion.url + ruta);
    expect(o).toEqual({ violaciones: [], errores: [], externas: [] });
    await contexto.close();
  });
});

describe('frame-ancestors (cabecera del servidor)', () => {
  // Another origin that frames both the widget (meant for it) and the ente page (not meant for it).
  const anfitrion = otroOrigen(
    () => `<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>Sitio de otro ente</title></head><body>
      <iframe id="recuadro" title="recuadro" src="${sesion.url}${TIPOS.widget}"></iframe>
      <iframe id="pagina" title="página" src="${sesion.url}${TIPOS.ente}"></iframe></body></html>`,
  );

  it('otro origen puede insertar el recuadro, pero no las demás páginas', async () => {
    const pagina = await sesion.navegador.newPage();
    await pagina.goto(anfitrion.url);
    const recuadro = pagina.frameLocator('#recuadro');
    await expect
      .poll(() => recuadro.locator('h1').textContent(), { timeout: 15_000 })
      .toMatch(/^Cumplimiento de (los convenios|los ASM federales) de /);
    const marco = async () => (await pagina.locator('#pagina').elementHandle())?.contentFrame();
    // A blocked frame shows the browser's error page instead of the document.
    await expect.poll(async () => (await marco())?.url(), { timeout: 15_000 }).toMatch(/^chrome-error:/);
    await pagina.close();
  });
});
