import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { VISTAS } from '../../scripts/navegador.ts';
import { sesionDeNavegador } from '../ayudas/sesion.ts';
import { tiposDePagina } from './tipos-de-pagina.ts';
import { completar } from '../ayudas/vigilar.ts';

// axe (WCAG 2.2 A/AA) over one page of every type the site builds, on a phone and on a desktop, after the page
// has finished its own work (charts drawn, search results shown).
const TIPOS = tiposDePagina();
const ETIQUETAS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const sesion = sesionDeNavegador();

describe.each(Object.entries(VISTAS))('vista %s', (_vista, viewport) => {
  it.each(Object.entries(TIPOS))('%s (%s): sin violaciones WCAG 2.2 A/AA y sin desbordar la pantalla', async (_tipo, ruta) => {
    const contexto = await sesion.navegador.newContext({ viewport });
    const pagina = await contexto.newPage();
    expect((await pagina.goto(sesion.url + ruta))?.status()).toBe(200);
    await completar(pagina);
    const { violations } = await new AxeBuilder({ page: pagina }).withTags(ETIQUETAS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await pagina.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await contexto.close();
  });
});
