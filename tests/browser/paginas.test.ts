import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { conveniosFirmados } from '../build/sitio.ts';
import { VISTAS } from '../../scripts/navegador.ts';
import { sesionDeNavegador } from '../ayudas/sesion.ts';

const contenido = cargarContenido(process.env.CONTENIDO_DIR ?? 'content');
const convenio = conveniosFirmados(contenido).find((c) => c.datos.hallazgos.length > 0) ?? conveniosFirmados(contenido)[0]!;
const PAGINAS = {
  inicio: '/',
  convenio: `/convenios/${convenio.id}/`,
  programa: `/programas/${convenio.datos.programa}/`,
  metodologia: '/metodologia/',
};

const sesion = sesionDeNavegador();

describe.each(Object.entries(VISTAS))('vista %s', (_nombre, vista) => {
  it.each(Object.entries(PAGINAS))('%s: sin violaciones WCAG 2.2 A/AA y sin desbordar la pantalla', async (_p, ruta) => {
    const contexto = await sesion.navegador.newContext({ viewport: vista });
    const pagina = await contexto.newPage();
    const errores: string[] = [];
    pagina.on('console', (m) => m.type() === 'error' && errores.push(m.text()));
    const respuesta = await pagina.goto(sesion.url + ruta);
    expect(respuesta?.status()).toBe(200);
    const { violations } = await new AxeBuilder({ page: pagina })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const desborde = await pagina.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(desborde).toBeLessThanOrEqual(0);
    expect(errores).toEqual([]);
    await contexto.close();
  });
});

describe('sin JavaScript', () => {
  it('la página del convenio muestra compromisos, estados, hallazgos y partes', async () => {
    const contexto = await sesion.navegador.newContext({ javaScriptEnabled: false, viewport: VISTAS.telefono });
    const pagina = await contexto.newPage();
    await pagina.goto(sesion.url + PAGINAS.convenio);
    await expect.poll(() => pagina.locator('li.compromiso').count()).toBe(convenio.datos.compromisos.length);
    for (const k of convenio.datos.compromisos) {
      // The card's anchor sits on its heading (TarjetaCompromiso.astro): the whole card is the item around it.
      const tarjeta = pagina.locator(`li.compromiso:has(#compromiso-${k.id})`);
      expect(await tarjeta.isVisible()).toBe(true);
      expect(await tarjeta.innerText()).toContain(k.accion!.slice(0, 60));
    }
    expect(await pagina.locator('.estado', { hasText: 'Vencido sin reporte' }).count()).toBeGreaterThan(0);
    for (const h of convenio.datos.hallazgos) expect(await pagina.getByText(h.texto!.slice(0, 50)).first().isVisible()).toBe(true);
    for (const p of convenio.datos.partes) expect(await pagina.getByText(p.firmante.nombre).first().isVisible()).toBe(true);
    await contexto.close();
  });
});
