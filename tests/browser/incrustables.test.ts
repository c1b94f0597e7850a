import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VISTAS } from '../../scripts/navegador.ts';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { otroOrigen, sesionDeNavegador } from '../ayudas/sesion.ts';
import { conveniosFirmados, DIST } from '../build/sitio.ts';

// The embeds as a public body would use them: the ente page's snippets pasted into a page of another origin.
const contenido = cargarContenido(process.env.CONTENIDO_DIR ?? 'content');
const evaluado = conveniosFirmados(contenido)[0]!.datos.partes.find((p) => p.rol === 'sujeto_evaluado')!.ente;
const ETIQUETAS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The snippets exactly as the ente page shows them, pointed at the local server instead of the public domain. */
function fragmentos(id: string, origen: string): string[] {
  const pagina = parse(readFileSync(join(DIST, 'entes', id, 'index.html'), 'utf8'));
  const canonica = new URL(pagina.querySelector('link[rel="canonical"]')!.getAttribute('href')!);
  return pagina.querySelectorAll('.insertar pre').map((pre) => parse(pre.rawText).textContent.replaceAll(canonica.origin, origen));
}

const sesion = sesionDeNavegador();
// A page of another origin with the snippets pasted in.
const anfitrion = otroOrigen(
  () =>
    `<!doctype html><html lang="es-MX"><head><meta charset="utf-8"><title>Sitio de un ente</title></head><body><main><h1>Sitio de un ente</h1>${fragmentos(evaluado, sesion.url).join('\n<hr>\n')}</main></body></html>`,
);

async function sinViolaciones(pagina: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: pagina }).withTags(ETIQUETAS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(Object.entries(VISTAS))('vista %s', (_nombre, vista) => {
  it.each([`/entes/${evaluado}/widget/`, `/entes/${evaluado}/`, '/datos/'])(
    '%s: sin violaciones WCAG 2.2 A/AA ni desborde',
    async (ruta) => {
      const contexto = await sesion.navegador.newContext({ viewport: vista });
      const pagina = await contexto.newPage();
      expect((await pagina.goto(sesion.url + ruta))?.status()).toBe(200);
      expect(await sinViolaciones(pagina)).toEqual([]);
      expect(await pagina.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await contexto.close();
    },
  );
});

describe('en una página de otro origen', () => {
  it('la insignia se ve y el recuadro carga dentro del iframe, sin errores', async () => {
    expect(new URL(anfitrion.url).origin).not.toBe(new URL(sesion.url).origin);
    const contexto = await sesion.navegador.newContext({ viewport: VISTAS.escritorio });
    const pagina = await contexto.newPage();
    const errores: string[] = [];
    pagina.on('console', (m) => m.type() === 'error' && errores.push(m.text()));
    pagina.on('pageerror', (e) => errores.push(e.message));
    await pagina.goto(anfitrion.url);

    const insignia = pagina.locator(`img[src$="/entes/${evaluado}/insignia.svg"]`);
    await expect
      .poll(() => insignia.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 15_000 })
      .toBeGreaterThan(50);
    expect(await insignia.getAttribute('alt')).toMatch(/Cumplimiento ASM de .+: /);

    const marco = pagina.frameLocator('iframe');
    await expect.poll(() => marco.locator('h1').textContent(), { timeout: 15_000 }).toMatch(/^Cumplimiento de los convenios de /);
    expect(await marco.locator('.recuadro__convenios > li').count()).toBe(
      conveniosFirmados(contenido).filter((c) => c.datos.partes.some((p) => p.rol === 'sujeto_evaluado' && p.ente === evaluado)).length,
    );
    expect(errores).toEqual([]);
    await contexto.close();
  });

  it('un enlace del recuadro abre el portal en otra pestaña y la página anfitriona se queda donde estaba', async () => {
    const contexto = await sesion.navegador.newContext({ viewport: VISTAS.telefono });
    const pagina = await contexto.newPage();
    await pagina.goto(anfitrion.url);
    const enlace = pagina.frameLocator('iframe').locator('.recuadro__convenios a').first();
    const [nueva] = await Promise.all([contexto.waitForEvent('page'), enlace.click()]);
    await nueva.waitForLoadState();
    expect(nueva.url()).toMatch(new RegExp(`^${sesion.url}/convenios/[a-z0-9-]+/$`));
    expect(await nueva.evaluate(() => window.opener)).toBeNull();
    expect(pagina.url()).toBe(anfitrion.url);
    await contexto.close();
  });
});
