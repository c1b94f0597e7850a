import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cabecerasPara } from '../../src/lib/cabeceras.ts';
import { CARGAS, construir, escribirContenidoHostil, IDS, PALABRA_NFC, PALABRA_NFD } from '../fixtures/hostiles.ts';
import { abrirNavegador, servirSitio, VISTAS } from './navegador.ts';
import { completar, vigilar } from './vigilar.ts';

// The hostile copy of the content (tests/fixtures/hostiles.ts), built and opened in Chromium the way a reader
// would: nothing runs, nothing leaves the origin, nothing overflows a 390 px phone, and search finds NFD text.
let carpeta: string;
let navegador: Browser;
let sitio: Awaited<ReturnType<typeof servirSitio>>;

beforeAll(async () => {
  carpeta = escribirContenidoHostil();
  const r = construir(carpeta, join(carpeta, 'dist'));
  if (r.estado !== 0) throw new Error(`la construcción del contenido hostil falló:\n${r.salida.slice(-3000)}`);
  sitio = await servirSitio(join(carpeta, 'dist'), cabecerasPara);
  navegador = await abrirNavegador();
}, 300_000);
afterAll(async () => {
  await navegador?.close();
  await sitio?.cerrar();
  if (carpeta) rmSync(carpeta, { recursive: true, force: true });
});

const PAGINAS = [
  `/convenios/${IDS.convenio}/`,
  `/convenios/${IDS.muchos}/`,
  `/entes/${IDS.ente}/`,
  `/entes/${IDS.ente}/widget/`,
  `/entes/${IDS.coordinadora}/`,
  `/programas/${IDS.programa}/`,
  `/gobiernos/${IDS.gobierno}/`,
  '/',
  '/convenios/',
  '/entes/',
  '/programas/',
  '/ejercicios/2022/',
  `/buscar/?q=${encodeURIComponent('window hostil script')}`,
];

describe.each(Object.entries(VISTAS))('vista %s', (_vista, viewport) => {
  it.each(PAGINAS)('%s: nada se ejecuta ni sale del sitio, y nada se desborda', async (ruta) => {
    const contexto = await navegador.newContext({ viewport });
    const pagina = await contexto.newPage();
    const o = await vigilar(pagina, sitio.url);
    expect((await pagina.goto(sitio.url + ruta))?.status()).toBe(200);
    await completar(pagina);
    expect(await pagina.evaluate(() => (window as unknown as { __hostil?: unknown }).__hostil)).toBeUndefined();
    expect(o).toEqual({ violaciones: [], errores: [], externas: [], dialogos: [] });
    // Horizontal overflow of the page itself, and of any element wider than the viewport that is not a scroll box.
    expect(await pagina.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const anchos = await pagina.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('[tabindex], .tabla-desplazable, .grafica__lienzo'))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        .slice(0, 5),
    );
    expect(anchos).toEqual([]);
    await contexto.close();
  });
});

describe('búsqueda sobre contenido hostil', () => {
  it(`«${PALABRA_NFC}» escrita normalmente (NFC) encuentra el texto escrito con acentos descompuestos (NFD)`, async () => {
    expect(PALABRA_NFD).not.toBe(PALABRA_NFC);
    const pagina = await navegador.newPage();
    await pagina.goto(`${sitio.url}/buscar/?${new URLSearchParams({ q: PALABRA_NFC })}`);
    await pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 20_000 });
    const enlaces = await pagina.locator('#resultados > li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(enlaces[0]).toBe(`/convenios/${IDS.convenio}/`);
    await pagina.close();
  });

  it('los extractos de resultados muestran las cargas como texto, sin crear elementos', async () => {
    const pagina = await navegador.newPage();
    const o = await vigilar(pagina, sitio.url);
    await pagina.goto(`${sitio.url}/buscar/?${new URLSearchParams({ q: 'onerror hostil' })}`);
    await pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 20_000 });
    const resultados = pagina.locator('#resultados');
    expect(await resultados.locator('li').count()).toBeGreaterThan(0);
    expect(await resultados.locator('script, img, svg, iframe, [onerror], [onload], [onclick]').count()).toBe(0);
    expect(await resultados.textContent()).toMatch(/onerror|onload/);
    expect(await pagina.evaluate(() => (window as unknown as { __hostil?: unknown }).__hostil)).toBeUndefined();
    expect(o.dialogos).toEqual([]);
    await pagina.close();
  });

  it('la página del convenio muestra el HTML escrito, letra por letra', async () => {
    const pagina = await navegador.newPage();
    await pagina.goto(`${sitio.url}/convenios/${IDS.convenio}/`);
    expect(await pagina.locator('h1').innerText()).toContain(CARGAS[0]);
    expect(await pagina.locator('.texto-convenio').innerText()).toContain('<style>body { display: none }</style>');
    expect(await pagina.locator('.texto-convenio').isVisible()).toBe(true);
    await pagina.close();
  });
});
