import { spawnSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { VISTAS } from '../../scripts/navegador.ts';
import { construirSitio } from '../ayudas/construir-sitio.ts';
import { sesionDeNavegador } from '../ayudas/sesion.ts';
import { RESULTADOS_POR_PAGINA } from '../../src/lib/busqueda.ts';

// The real content plus the SHCP excerpt, imported and built in a folder of its own: the federal pages in Chromium.
const sitio = construirSitio({
  nombre: 'shcp-navegador',
  curado: true,
  preparar: (contenido) => {
    const i = spawnSync(
      process.execPath,
      ['scripts/importar-shcp.ts', 'tests/fixtures/shcp/asm-sample-25-rows.utf8.csv', '--contenido', contenido],
      { encoding: 'utf8' },
    );
    expect(i.status, i.stdout + i.stderr).toBe(0);
  },
  entorno: { FECHA_CORTE: '2025-01-15' },
});
const sesion = sesionDeNavegador({ dist: () => sitio.dist });

const PAGINAS = [
  '/convenios/federal-16-e006-conagua-diseno-2013/',
  '/convenios/federal-05-p005-sre-consistencia-y-resultados-sin-anio/',
  '/convenios/',
  '/gobiernos/federal/',
  '/entes/conagua/',
  '/programas/federal-16-e006/',
  '/ejercicios/2013/',
  '/metodologia/',
];

describe.each(Object.entries(VISTAS))('páginas con seguimientos federales, en %s', (_nombre, vista) => {
  it.each(PAGINAS)('%s: sin violaciones de axe (WCAG 2.2 AA), sin desborde ni errores', async (ruta) => {
    const contexto = await sesion.navegador.newContext({ viewport: vista });
    const pagina = await contexto.newPage();
    const errores: string[] = [];
    pagina.on('console', (m) => m.type() === 'error' && errores.push(m.text()));
    pagina.on('pageerror', (e) => errores.push(e.message));
    await pagina.goto(sesion.url + ruta);
    const { violations } = await new AxeBuilder({ page: pagina })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await pagina.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(errores).toEqual([]);
    await contexto.close();
  });
});

describe('/buscar/ filtra por tipo de documento y por la clasificación de los ASM', () => {
  const enlaces = async (consulta: string) => {
    const contexto = await sesion.navegador.newContext({ viewport: VISTAS.escritorio });
    const pagina = await contexto.newPage();
    await pagina.goto(`${sesion.url}/buscar/?${consulta}`);
    await pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 20_000 });
    const lista = await pagina
      .locator('#resultados > li h3 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const valor = await pagina.locator('#f-tema').inputValue();
    await contexto.close();
    return { lista, valor };
  };

  it('tema «Coberturas»: los dos documentos que tienen un ASM de ese tema', async () => {
    const { lista, valor } = await enlaces('tema=Coberturas');
    expect(lista.sort()).toEqual(['/convenios/federal-06-p002-shcp-diseno-2013/', '/convenios/federal-16-e006-conagua-diseno-2013/']);
    expect(valor).toBe('Coberturas');
  });

  it('sólo convenios firmados, y sólo seguimientos federales', async () => {
    expect((await enlaces('documento=convenio')).lista).toHaveLength(2);
    // More than fit on the first page.
    expect((await enlaces('documento=seguimiento_federal')).lista).toHaveLength(RESULTADOS_POR_PAGINA);
  });

  it('prioridad Baja y tipo de mejora Corrige juntos', async () => {
    expect((await enlaces('prioridad=Baja&mejora=Corrige')).lista).toEqual([]);
    expect((await enlaces('prioridad=Media&mejora=Corrige')).lista.sort()).toEqual([
      '/convenios/federal-06-b003-pronosticos-procesos-2011/',
      '/convenios/federal-11-s221-sep-especifica-de-desempeno-2015/',
    ]);
  });
});
