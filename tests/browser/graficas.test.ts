import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { conveniosFirmados, DIST } from '../build/sitio.ts';
import { VISTAS } from '../../scripts/navegador.ts';
import { sesionDeNavegador } from '../ayudas/sesion.ts';

const contenido = cargarContenido(process.env.CONTENIDO_DIR ?? 'content');
const convenio = conveniosFirmados(contenido)[0]!;
const ente = convenio.datos.partes.find((p) => p.rol === 'sujeto_evaluado')!.ente;
const PAGINAS = {
  inicio: '/',
  ente: `/entes/${ente}/`,
  programa: `/programas/${convenio.datos.programa}/`,
  gobierno: `/gobiernos/${convenio.datos.gobierno}/`,
  ejercicio: `/ejercicios/${convenio.datos.pae}/`,
};
/** Chart kinds each page must draw (more may appear with more data, e.g. rankings on a program page). */
const TIPOS: Record<keyof typeof PAGINAS, string[]> = {
  inicio: ['estados', 'apiladas', 'clasificacion'],
  ente: ['estados', 'apiladas'],
  programa: ['estados'],
  gobierno: ['estados'],
  ejercicio: ['estados'],
};

const sesion = sesionDeNavegador();

/** Opens a page, collecting console errors and failed requests. */
async function abrir(ruta: string, opciones: { javaScript?: boolean; vista?: { width: number; height: number } } = {}) {
  const contexto = await sesion.navegador.newContext({
    viewport: opciones.vista ?? VISTAS.escritorio,
    javaScriptEnabled: opciones.javaScript ?? true,
  });
  const pagina = await contexto.newPage();
  const errores: string[] = [];
  pagina.on('console', (m) => m.type() === 'error' && errores.push(m.text()));
  pagina.on('pageerror', (e) => errores.push(e.message));
  const scripts: string[] = [];
  pagina.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  // Keep each drawn chart (the event's detail is the Chart.js instance) to read what it holds.
  await pagina.addInitScript(() => {
    const dibujadas = new Map<Element, unknown>();
    Object.assign(window, { graficasDibujadas: dibujadas });
    document.addEventListener('grafica:dibujada', (e) => dibujadas.set(e.target as Element, (e as CustomEvent).detail));
  });
  const respuesta = await pagina.goto(sesion.url + ruta);
  expect(respuesta?.status()).toBe(200);
  return { pagina, errores, scripts, cerrar: () => contexto.close() };
}

/** Scrolls through the page so every chart comes near the viewport, and waits until all are drawn. */
async function dibujarTodas(pagina: Page): Promise<number> {
  const n = await pagina.locator('[data-grafica]').count();
  await pagina.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((listo) => requestAnimationFrame(() => setTimeout(listo, 20)));
    }
  });
  await expect.poll(() => pagina.locator('[data-grafica][data-dibujada]').count(), { timeout: 15_000 }).toBe(n);
  return n;
}

interface Leido {
  tipo: string;
  etiquetas: string[];
  conjuntos: { etiqueta: string; tipo: string | undefined; datos: (number | null)[] }[];
  isla: Record<string, unknown>;
  columnas: string[];
  filas: { cabecera: string; celdas: string[] }[];
  lienzo: { ancho: number; alto: number; nombre: string | null; describe: string | null; detalles: string | null };
}

/** For every chart of the page: what Chart.js holds (read from the chart itself) and what its table says. */
function leerGraficas(pagina: Page): Promise<Leido[]> {
  return pagina.evaluate(() => {
    type Instancia = {
      canvas: HTMLCanvasElement;
      data: { labels: unknown[]; datasets: { label: string; type?: string; data: (number | null)[] }[] };
    };
    const dibujadas = (window as unknown as { graficasDibujadas: Map<Element, Instancia> }).graficasDibujadas;
    return [...document.querySelectorAll<HTMLElement>('figure.grafica:has([data-grafica])')].map((figura) => {
      const contenedor = figura.querySelector<HTMLElement>('[data-grafica]')!;
      const lienzo = contenedor.querySelector('canvas')!;
      const grafica = dibujadas.get(contenedor);
      if (!grafica || grafica.canvas !== lienzo) throw new Error(`sin gráfica en ${figura.id}`);
      const tabla = figura.querySelector('table')!;
      const texto = (e: Element) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
      return {
        tipo: contenedor.dataset.dibujada!,
        etiquetas: grafica.data.labels.map((l) => (Array.isArray(l) ? l.join(' ') : String(l))),
        conjuntos: grafica.data.datasets.map((d) => ({ etiqueta: d.label, tipo: d.type, datos: [...d.data] })),
        isla: JSON.parse(contenedor.dataset.grafica!) as Record<string, unknown>,
        columnas: [...tabla.querySelectorAll('thead th')].map(texto),
        filas: [...tabla.querySelectorAll('tbody tr:has(td)')].map((tr) => ({
          cabecera: texto(tr.querySelector('th')!),
          celdas: [...tr.querySelectorAll('td')].map(texto),
        })),
        lienzo: {
          ancho: lienzo.getBoundingClientRect().width,
          alto: lienzo.getBoundingClientRect().height,
          nombre: lienzo.getAttribute('aria-label'),
          describe: document.getElementById(lienzo.getAttribute('aria-describedby') ?? '')?.textContent ?? null,
          detalles: document.getElementById(lienzo.getAttribute('aria-details') ?? '')?.tagName ?? null,
        },
      };
    });
  });
}

/** es-MX number text ("1,234", "45.5%") to a number. */
const numero = (texto: string) => Number(texto.replace(/[^\d.-]/g, ''));
/** A percentage as printed with one decimal: within half a tenth of the exact value (exact halves included). */
const redondeado = (exacto: number) => (impreso: number) => Math.abs(impreso - exacto) <= 0.05 + 1e-9;

/** The table beside a chart holds the numbers the chart draws. */
function comprobarTabla(g: Leido): void {
  if (g.tipo === 'estados') {
    // The table lists the statuses with some commitment; a zero bar is named in the line after the table.
    const [conjunto] = g.conjuntos;
    const presentes = g.etiquetas.map((e, i) => [e, conjunto!.datos[i]] as const).filter(([, v]) => v !== 0);
    expect(g.filas).toHaveLength(presentes.length);
    g.filas.forEach((f, i) => {
      expect(f.cabecera).toContain(presentes[i]![0]);
      expect(numero(f.celdas[0]!)).toBe(presentes[i]![1]);
    });
  } else if (g.tipo === 'clasificacion') {
    expect(g.filas).toHaveLength(g.etiquetas.length);
    const isla = g.isla as { atendidos: number[]; exigibles: number[] };
    // Columns after the name: position, the ratio, its numerator, its denominator (words depend on the kind's measure).
    g.filas.forEach((f, i) => {
      // Long names are cut on the axis (with "…"); the table has them whole.
      expect(f.cabecera.startsWith(g.etiquetas[i]!.replace(/…$/, '').split(' ')[0]!)).toBe(true);
      expect(numero(f.celdas[1]!)).toSatisfy(redondeado(g.conjuntos[0]!.datos[i]!));
      expect(numero(f.celdas[2]!)).toBe(isla.atendidos[i]);
      expect(numero(f.celdas[3]!)).toBe(isla.exigibles[i]);
      expect(g.conjuntos[0]!.datos[i]).toBeCloseTo((100 * isla.atendidos[i]!) / isla.exigibles[i]!, 6);
    });
  } else {
    expect(g.filas).toHaveLength(g.etiquetas.length);
    expect(g.tipo).toBe('apiladas');
    for (const c of g.conjuntos) {
      if (c.tipo === 'line') {
        // "n de m (x%)" in the last column, or no rate at all.
        g.filas.forEach((f, i) => {
          const celda = f.celdas.at(-1)!;
          if (c.datos[i] === null) expect(celda).toMatch(/^Sin (compromisos exigibles|ASM comprometidos)$/);
          else expect(numero(/\(([^)]*)\)/.exec(celda)![1]!)).toSatisfy(redondeado(c.datos[i]!));
        });
        continue;
      }
      const col = g.columnas.indexOf(c.etiqueta) - 1;
      expect(col, `columna ${c.etiqueta}`).toBeGreaterThanOrEqual(0);
      g.filas.forEach((f, i) => expect(numero(f.celdas[col]!)).toBe(c.datos[i]));
    }
  }
}

describe.each(Object.entries(VISTAS))('vista %s', (_vista, vista) => {
  it.each(Object.entries(PAGINAS))('%s: cada gráfica se dibuja sin errores y su tabla tiene los mismos números', async (nombre, ruta) => {
    const { pagina, errores, cerrar } = await abrir(ruta, { vista });
    expect(await dibujarTodas(pagina)).toBeGreaterThan(0);
    const graficas = await leerGraficas(pagina);
    expect([...new Set(graficas.map((g) => g.tipo))]).toEqual(expect.arrayContaining(TIPOS[nombre as keyof typeof PAGINAS]));
    for (const g of graficas) {
      expect(g.lienzo.ancho).toBeGreaterThan(100);
      expect(g.lienzo.alto).toBeGreaterThan(100);
      expect(g.lienzo.nombre).toMatch(/^Gráfica: /);
      expect(g.lienzo.describe).toBeTruthy();
      expect(g.lienzo.detalles).toBe('TABLE');
      comprobarTabla(g);
    }
    const desborde = await pagina.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(desborde).toBeLessThanOrEqual(0);
    expect(errores).toEqual([]);
    await cerrar();
  });

  it('inicio con las gráficas dibujadas: sin violaciones WCAG 2.2 A/AA', async () => {
    const { pagina, cerrar } = await abrir(PAGINAS.inicio, { vista });
    await dibujarTodas(pagina);
    const { violations } = await new AxeBuilder({ page: pagina })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await cerrar();
  });
});

describe('carga', () => {
  it('Chart.js se carga sólo cuando una gráfica se acerca a la pantalla', async () => {
    const { pagina, scripts, cerrar } = await abrir(PAGINAS.inicio, { vista: VISTAS.telefono });
    const ultima = pagina.locator('[data-grafica]').last();
    await pagina.waitForLoadState('networkidle');
    // The last chart of the home page is many screens down: not drawn until scrolled to.
    expect(await ultima.getAttribute('data-dibujada')).toBeNull();
    await ultima.scrollIntoViewIfNeeded();
    await expect.poll(() => ultima.getAttribute('data-dibujada')).not.toBeNull();
    expect(scripts.filter((s) => s.includes('dibujar-grafica'))).toHaveLength(1);
    expect(scripts.every((s) => s.startsWith(sesion.url))).toBe(true);
    await cerrar();
  });

  it('una página sin gráficas (un convenio) no carga código de gráficas', async () => {
    const { pagina, scripts, cerrar } = await abrir(`/convenios/${convenio.id}/`);
    await pagina.waitForLoadState('networkidle');
    expect(await pagina.locator('[data-grafica]').count()).toBe(0);
    expect(scripts.filter((s) => /grafica/i.test(s))).toEqual([]);
    // Its status table is there all the same: the statuses it has, and the ones at zero named after it.
    const registro = JSON.parse(readFileSync(join(DIST, 'convenios', `${convenio.id}.json`), 'utf8')) as {
      cumplimiento: { por_estado: Record<string, number> };
    };
    const conCompromisos = Object.values(registro.cumplimiento.por_estado).filter((n) => n > 0).length;
    expect(await pagina.locator('#estados-tabla tbody tr:has(td)').count()).toBe(conCompromisos);
    expect(await pagina.locator('.tabla-grafica__ceros').textContent()).toMatch(/^En cero: /);
    await cerrar();
  });

  it('ningún script en línea en las páginas con gráficas; los datos van en el HTML (sin fetch)', async () => {
    for (const ruta of Object.values(PAGINAS)) {
      const { pagina, cerrar } = await abrir(ruta);
      const peticiones: string[] = [];
      pagina.on('request', (r) => ['fetch', 'xhr'].includes(r.resourceType()) && peticiones.push(r.url()));
      await dibujarTodas(pagina);
      const enLinea = await pagina.evaluate(
        () =>
          [...document.querySelectorAll('script:not([src])')].filter(
            (s) => !['application/json', 'application/ld+json'].includes(s.getAttribute('type') ?? ''),
          ).length,
      );
      expect(enLinea, ruta).toBe(0);
      expect(peticiones, ruta).toEqual([]);
      await cerrar();
    }
  });

  it("con Content-Security-Policy script-src 'self' las gráficas se dibujan igual", async () => {
    for (const ruta of [PAGINAS.inicio, PAGINAS.ente]) {
      const contexto = await sesion.navegador.newContext({ viewport: VISTAS.escritorio });
      const pagina = await contexto.newPage();
      const errores: string[] = [];
      pagina.on('console', (m) => m.type() === 'error' && errores.push(m.text()));
      // The policy the site will be served with later: no inline script, no other origin.
      await pagina.route(`${sesion.url}/**`, async (ruta) => {
        const respuesta = await ruta.fetch();
        const cabeceras = { ...respuesta.headers(), 'content-security-policy': "script-src 'self'; connect-src 'none'" };
        await ruta.fulfill({ response: respuesta, headers: cabeceras });
      });
      await pagina.goto(sesion.url + ruta);
      await dibujarTodas(pagina);
      expect(errores, ruta).toEqual([]);
      await contexto.close();
    }
  });

  it('mide el JavaScript de las gráficas (comprimido con gzip) y lo mantiene en presupuesto', async () => {
    // Every script the page requested, read from the built files the server sent.
    const medir = async (ruta: string) => {
      const { pagina, scripts, cerrar } = await abrir(ruta);
      if (await pagina.locator('[data-grafica]').count()) await dibujarTodas(pagina);
      await pagina.waitForLoadState('networkidle');
      await cerrar();
      return new Map(scripts.map((url) => [url, readFileSync(join(DIST, decodeURIComponent(new URL(url).pathname)))]));
    };
    const conGraficas = await medir(PAGINAS.inicio);
    const sinGraficas = await medir(`/convenios/${convenio.id}/`);
    const propios = [...conGraficas].filter(([url]) => !sinGraficas.has(url));
    const gz = propios.reduce((s, [, cuerpo]) => s + gzipSync(cuerpo, { level: 9 }).length, 0);
    const total = [...conGraficas.values()].reduce((s, cuerpo) => s + gzipSync(cuerpo, { level: 9 }).length, 0);
    console.log(
      `JavaScript de las gráficas en la página de inicio: ${propios.map(([u, c]) => `${u.split('/').pop()} ${gzipSync(c, { level: 9 }).length} B gz`).join(', ')}; ` +
        `${gz} B gz de gráficas, ${total} B gz en total`,
    );
    expect(propios.length).toBeGreaterThan(0);
    expect(gz).toBeLessThan(70_000);
  });
});

describe('pantalla que cambia e impresión', () => {
  it('al pasar de escritorio a teléfono, las gráficas se vuelven a trazar sin errores', async () => {
    const { pagina, errores, cerrar } = await abrir(PAGINAS.inicio);
    const n = await dibujarTodas(pagina);
    await pagina.setViewportSize(VISTAS.telefono);
    await expect.poll(() => pagina.locator('[data-grafica][data-dibujada]').count()).toBe(n);
    const anchos = await pagina.locator('.grafica__lienzo canvas').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().width));
    expect(Math.max(...anchos)).toBeLessThanOrEqual(VISTAS.telefono.width);
    expect(errores).toEqual([]);
    await cerrar();
  });

  it('al imprimir, queda la tabla y no el lienzo', async () => {
    const { pagina, cerrar } = await abrir(PAGINAS.inicio);
    await dibujarTodas(pagina);
    await pagina.emulateMedia({ media: 'print' });
    expect(await pagina.locator('.grafica__lienzo').first().isVisible()).toBe(false);
    expect(await pagina.locator('figure.grafica table').first().isVisible()).toBe(true);
    await cerrar();
  });
});

describe('sin JavaScript', () => {
  it.each(Object.entries(PAGINAS))('%s: cada gráfica deja su tabla, y no hay lienzos vacíos', async (_nombre, ruta) => {
    const { pagina, cerrar } = await abrir(ruta, { javaScript: false, vista: VISTAS.telefono });
    const figuras = pagina.locator('figure.grafica');
    const n = await figuras.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const figura = figuras.nth(i);
      const tabla = figura.locator('table');
      if ((await tabla.count()) === 0) continue; // an empty set says so in words
      expect(await tabla.isVisible()).toBe(true);
      expect(await tabla.locator('caption').innerText()).toMatch(/^Datos de la gráfica: /);
      expect(await tabla.locator('tbody tr:has(td)').count()).toBeGreaterThan(0);
      expect(await figura.locator('.grafica__lienzo').isVisible()).toBe(false);
    }
    await cerrar();
  });
});
