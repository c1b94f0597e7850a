import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { indexarSitio } from '../../src/cli/indice-pagefind-fs.ts';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { DIST, conveniosFirmados, leerPagina } from '../build/sitio.ts';
import { sesionDeNavegador, type Sesion } from '../ayudas/sesion.ts';

// The suite's own site, and a copy of it whose index is rebuilt in three parts (what a site past PAGINAS_POR_PARTE
// pages gets, src/lib/partes-del-indice.ts): every search must answer the same in both.
const PARTES = 3;
const copia = mkdtempSync(join(tmpdir(), 'buscar-en-partes-'));
afterAll(() => rmSync(copia, { recursive: true, force: true }));
beforeAll(async () => {
  cpSync(DIST, copia, { recursive: true, filter: (origen) => !origen.startsWith(join(DIST, 'pagefind')) });
  const { page_count } = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.es;
  const r = await indexarSitio(copia, undefined, Math.ceil(page_count / PARTES));
  expect(r).toMatchObject({ paginas: page_count, partes: PARTES });
}, 120_000);
const entera = sesionDeNavegador();
const enPartes = sesionDeNavegador({ dist: () => copia });

const contenido = cargarContenido(process.env.CONTENIDO_DIR ?? 'content');
const firmados = conveniosFirmados(contenido);
const nombreDe = <T extends { id: string; datos: { nombre: string } }>(lista: T[], id: string) =>
  lista.find((x) => x.id === id)!.datos.nombre;

interface Respuesta {
  conteo: string;
  enlaces: string[];
  /** Requests for files of the index's other parts. */
  otrasPartes: number;
  /** Requests for sort lists (src/lib/partes-del-indice.ts, OrdenesDeParte). */
  ordenes: number;
  errores: string[];
  facetas?: string[];
}

async function buscar(sesion: Sesion, consulta: Record<string, string>, conFacetas = false): Promise<Respuesta> {
  const contexto = await sesion.navegador.newContext();
  const pagina: Page = await contexto.newPage();
  const errores: string[] = [];
  let otrasPartes = 0;
  let ordenes = 0;
  pagina.on('request', (r) => /\/pagefind\/(parte-\d+\/)?orden\.[^/]+\.json$/.test(r.url()) && ordenes++);
  pagina.on('pageerror', (e) => errores.push(e.message));
  pagina.on('console', (m) => m.type() === 'error' && errores.push(m.text()));
  pagina.on('request', (r) => /\/pagefind\/parte-\d+\//.test(r.url()) && otrasPartes++);
  await pagina.goto(`${sesion.url}/buscar/?${new URLSearchParams(consulta)}`);
  await pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 20_000 });
  let facetas: string[] | undefined;
  if (conFacetas) {
    await pagina.locator('#f-programa').focus();
    await pagina.waitForSelector('#buscador[data-conteos="listos"]', { timeout: 20_000 });
    facetas = await pagina.locator('#facetas select option').allTextContents();
  }
  const r: Respuesta = {
    conteo: (await pagina.locator('#conteo').textContent()) ?? '',
    enlaces: await pagina
      .locator('#resultados > li h3 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    otrasPartes,
    ordenes,
    errores,
    ...(facetas ? { facetas } : {}),
  };
  await contexto.close();
  return r;
}

/** A result's sort value (its signing date, or an evaluation's PAE cycle), read from its built page. */
const ordenDe = (ruta: string) => leerPagina(ruta).querySelector('[data-pagefind-sort]')?.getAttribute('data-valor');

describe('una búsqueda sobre el índice en partes responde lo mismo que sobre el índice entero', () => {
  it('la copia tiene sus tres partes', () => {
    const partes = readdirSync(join(copia, 'pagefind')).filter((f) => /^parte-\d+$/.test(f));
    expect(partes.sort()).toEqual(['parte-2', 'parte-3']);
  });

  it.each([
    ['sin palabras: lo más reciente primero', {}],
    ['sin palabras, de lo más antiguo', { orden: 'antiguos' }],
    ['evaluaciones, por ciclo del PAE', { en: 'evaluaciones' }],
    ['evaluaciones, de lo más antiguo', { en: 'evaluaciones', orden: 'antiguos' }],
  ])('%s: el mismo conteo, y la primera página en el mismo orden de fechas', async (_, consulta) => {
    const [a, b] = [await buscar(entera, consulta), await buscar(enPartes, consulta)];
    expect(a.enlaces.length).toBeGreaterThan(1);
    expect(b.conteo).toBe(a.conteo);
    // Pages with the same date may come in another order; their dates may not.
    expect(b.enlaces.map(ordenDe)).toEqual(a.enlaces.map(ordenDe));
    expect(b.otrasPartes).toBeGreaterThan(0);
    expect([...a.errores, ...b.errores]).toEqual([]);
  });

  it.each([
    ['sin palabras: lo más reciente primero', {}, 'desc'],
    ['una palabra, de lo más antiguo', { q: 'prorroga', orden: 'antiguos' }, 'asc'],
    ['una palabra, de lo más reciente', { q: 'programa', orden: 'recientes' }, 'desc'],
    ['evaluaciones, de lo más antiguo', { en: 'evaluaciones', orden: 'antiguos' }, 'asc'],
  ] as const)('%s: en los dos índices, cada resultado en el orden de su fecha', async (_, consulta, direccion) => {
    for (const sesion of [entera, enPartes]) {
      const r = await buscar(sesion, consulta);
      const fechas = r.enlaces.map(ordenDe);
      // Two dates at least, so that the other direction would fail.
      expect(new Set(fechas).size).toBeGreaterThan(1);
      expect(fechas.every((f) => f !== undefined)).toBe(true);
      const enOrden = [...fechas].sort();
      expect(fechas).toEqual(direccion === 'asc' ? enOrden : enOrden.reverse());
      expect(r.ordenes).toBeGreaterThan(0);
      expect(r.errores).toEqual([]);
    }
  });

  it('por pertinencia no se descarga ninguna lista de orden', async () => {
    const r = await buscar(entera, { q: 'prorroga', orden: 'relevancia' });
    expect(r.enlaces.length).toBeGreaterThan(1);
    expect(r.ordenes).toBe(0);
  });

  it.each(firmados.map((c) => [c.id, c] as const))('el programa y el ente de %s: mismo conteo, mismo primer resultado', async (_, c) => {
    const ente = c.datos.partes.find((p) => p.rol === 'sujeto_evaluado')!.ente;
    for (const q of [nombreDe(contenido.programas, c.datos.programa), nombreDe(contenido.entes, ente)]) {
      const [a, b] = [await buscar(entera, { q }), await buscar(enPartes, { q })];
      expect(a.enlaces.length, q).toBeGreaterThan(0);
      expect(b.conteo, q).toBe(a.conteo);
      expect(b.enlaces[0], q).toBe(a.enlaces[0]);
      expect([...a.errores, ...b.errores]).toEqual([]);
    }
  });

  it('los conteos de cada faceta son la suma de las partes', async () => {
    const [a, b] = [await buscar(entera, {}, true), await buscar(enPartes, {}, true)];
    expect(a.facetas!.filter((o) => /\(\d[\d,]*\)$/.test(o)).length).toBeGreaterThan(10);
    expect(b.facetas).toEqual(a.facetas);
  });
});
