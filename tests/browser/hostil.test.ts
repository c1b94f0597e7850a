import { describe, expect, it } from 'vitest';
import { VISTAS } from '../../scripts/navegador.ts';
import { cabecerasPara } from '../../src/lib/cabeceras.ts';
import { construirSitio } from '../ayudas/construir-sitio.ts';
import { sesionDeNavegador } from '../ayudas/sesion.ts';
import { completar, vigilar } from '../ayudas/vigilar.ts';
import { CARGAS, escribirHostiles, IDS, PALABRA_NFC, PALABRA_NFD } from '../fixtures/hostiles.ts';

// The hostile copy of the content (tests/fixtures/hostiles.ts), built and opened in Chromium the way a reader
// would: nothing runs, nothing leaves the origin, nothing overflows a 390 px phone, and search finds NFD text.
const sitio = construirSitio({ nombre: 'contenido-hostil', curado: true, preparar: escribirHostiles });
const sesion = sesionDeNavegador({ dist: () => sitio.dist, cabeceras: cabecerasPara });

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
    const contexto = await sesion.navegador.newContext({ viewport });
    const pagina = await contexto.newPage();
    const o = await vigilar(pagina, sesion.url);
    expect((await pagina.goto(sesion.url + ruta))?.status()).toBe(200);
    await completar(pagina);
    expect(await pagina.evaluate(() => (window as unknown as { __hostil?: unknown }).__hostil)).toBeUndefined();
    expect(o).toEqual({ violaciones: [], errores: [], externas: [], dialogos: [] });
    // Horizontal overflow of the page itself, and of any element wider than the viewport that is not a scroll box.
    expect(await pagina.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const anchos = await pagina.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter(
          (el) =>
            el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('[tabindex], .tabla-desplazable, .grafica__lienzo'),
        )
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
    const pagina = await sesion.navegador.newPage();
    await pagina.goto(`${sesion.url}/buscar/?${new URLSearchParams({ q: PALABRA_NFC })}`);
    await pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 20_000 });
    const enlaces = await pagina
      .locator('#resultados > li h3 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(enlaces[0]).toBe(`/convenios/${IDS.convenio}/`);
    await pagina.close();
  });

  it('los extractos de resultados muestran las cargas como texto, sin crear elementos', async () => {
    const pagina = await sesion.navegador.newPage();
    const o = await vigilar(pagina, sesion.url);
    await pagina.goto(`${sesion.url}/buscar/?${new URLSearchParams({ q: 'onerror hostil' })}`);
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
    const pagina = await sesion.navegador.newPage();
    await pagina.goto(`${sesion.url}/convenios/${IDS.convenio}/`);
    expect(await pagina.locator('h1').innerText()).toContain(CARGAS[0]);
    expect(await pagina.locator('.texto-convenio').innerText()).toContain('<style>body { display: none }</style>');
    expect(await pagina.locator('.texto-convenio').isVisible()).toBe(true);
    await pagina.close();
  });
});
