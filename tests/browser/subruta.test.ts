import { describe, expect, it } from 'vitest';
import { VISTAS } from '../../scripts/navegador.ts';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { construirSitio } from '../ayudas/construir-sitio.ts';
import { sesionDeNavegador } from '../ayudas/sesion.ts';
import { conveniosFirmados } from '../build/sitio.ts';

// The site hosted under a sub-path of another server, as a public body would: pages, search and embeds
// must load every resource from inside the sub-path (tests/build/subruta.test.ts checks the files themselves).
const BASE = '/convenios-abiertos/';
const contenido = cargarContenido(process.env.CONTENIDO_DIR ?? 'content');
const ente = conveniosFirmados(contenido)[0]!.datos.partes.find((p) => p.rol === 'sujeto_evaluado')!.ente;
// The suite's content as it is, built for the sub-path. Only the sub-path exists on the host: anything asked
// outside it is a 404, as on the body's own server.
const sitio = construirSitio({ nombre: 'subruta-navegador', copiar: false, entorno: { BASE_PATH: BASE } });
const sesion = sesionDeNavegador({ dist: () => sitio.dist, base: BASE });

describe(`sitio servido bajo ${BASE}`, () => {
  it.each(['', 'convenios/', 'datos/', `entes/${ente}/`, `entes/${ente}/widget/`, 'buscar/?q=derechos'])(
    '%s carga todos sus recursos sin un solo 404',
    async (ruta) => {
      const contexto = await sesion.navegador.newContext({ viewport: VISTAS.escritorio });
      const pagina = await contexto.newPage();
      const fallidos: string[] = [];
      pagina.on('response', (r) => r.status() >= 400 && fallidos.push(`${r.status()} ${r.url()}`));
      pagina.on('requestfailed', (r) => fallidos.push(`${r.failure()?.errorText} ${r.url()}`));
      expect((await pagina.goto(`${sesion.url}${BASE}${ruta}`))?.status()).toBe(200);
      await pagina.waitForLoadState('networkidle');
      expect(fallidos).toEqual([]);
      await contexto.close();
    },
  );

  it('la búsqueda encuentra convenios y sus enlaces llevan a páginas dentro de la subruta', async () => {
    const contexto = await sesion.navegador.newContext({ viewport: VISTAS.telefono });
    const pagina = await contexto.newPage();
    await pagina.goto(`${sesion.url}${BASE}buscar/?q=derechos`);
    const enlaces = pagina.locator('#resultados a');
    await expect.poll(() => enlaces.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    for (const href of await enlaces.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect(new URL(href).pathname.startsWith(BASE), href).toBe(true);
      expect((await pagina.request.get(href)).status(), href).toBe(200);
    }
    await contexto.close();
  });
});
