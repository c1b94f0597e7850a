import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { conveniosFirmados, DIST, leerPagina } from '../build/sitio.ts';
import { VISTAS } from '../../scripts/navegador.ts';
import { construirSitio } from '../ayudas/construir-sitio.ts';
import { VACIAS } from '../../src/lib/palabras-vacias.ts';
import { raizDeCosto, RESULTADOS_POR_PAGINA as POR_PAGINA, UMBRAL_PALABRA_COMUN } from '../../src/lib/busqueda.ts';
import { sesionDeNavegador, type Sesion } from '../ayudas/sesion.ts';
import type { DescripcionDelIndice } from '../../src/lib/partes-del-indice.ts';

// Every query and every expected result comes from the content and the built pages, never typed in by hand.
const contenido = cargarContenido(process.env.CONTENIDO_DIR ?? 'content');
const convenios = conveniosFirmados(contenido);
// With the SHCP record in content/, most documents are federal follow-ups: a word is only distinctive if no
// document of either kind has it, and the page's words say «documentos» once both kinds are on the site.
const documentos = contenido.convenios;
const mixto = documentos.length > convenios.length;
const todos = documentos.map((c) => `/convenios/${c.id}/`).sort();
const enteEvaluado = (c: (typeof convenios)[number]) => c.datos.partes.find((p) => p.rol === 'sujeto_evaluado')!.ente;

const plegar = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const vacias = new Set<string>(VACIAS);
const palabras = (s: string) => s.match(/\p{L}+/gu) ?? [];
/** What Pagefind indexes of a document: the text of its <article data-pagefind-body>, without what it ignores. */
const textoIndexado = new Map(
  documentos.map((c) => {
    const articulo = leerPagina(`/convenios/${c.id}/`).querySelector('article[data-pagefind-body]')!;
    // What the page keeps out of the index (boilerplate every federal page repeats) is not indexed text.
    for (const fuera of articulo.querySelectorAll('[data-pagefind-ignore]')) fuera.remove();
    return [c.id, articulo.textContent];
  }),
);

/**
 * Words of a convenio's own text that no other convenio page shares, not even by their first six letters without
 * accents (a conservative stand-in for "same Spanish stem"), most frequent first.
 */
function distintivas(id: string): string[] {
  const otras = new Set(
    documentos.filter((c) => c.id !== id).flatMap((c) => palabras(textoIndexado.get(c.id)!).map((p) => plegar(p).slice(0, 6))),
  );
  const propias = new Set(palabras(textoIndexado.get(id)!));
  const cuenta = new Map<string, number>();
  for (const p of palabras(convenios.find((c) => c.id === id)!.cuerpo)) {
    if (p.length >= 8 && propias.has(p) && !otras.has(plegar(p).slice(0, 6))) cuenta.set(p, (cuenta.get(p) ?? 0) + 1);
  }
  const orden = [...cuenta].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([p]) => p);
  // «SECRETARÍA» and «Secretaría» are one word to the index.
  return orden.filter((p, i) => orden.findIndex((q) => plegar(q) === plegar(p)) === i);
}

const sesion = sesionDeNavegador();

interface Vista {
  contexto: BrowserContext;
  pagina: Page;
  errores: string[];
  externas: string[];
}

async function abrir(opciones: Parameters<Browser['newContext']>[0] = {}): Promise<Vista> {
  const contexto = await sesion.navegador.newContext({ viewport: VISTAS.escritorio, ...opciones });
  const pagina = await contexto.newPage();
  const errores: string[] = [];
  const externas: string[] = [];
  pagina.on('console', (m) => m.type() === 'error' && errores.push(m.text()));
  pagina.on('pageerror', (e) => errores.push(e.message));
  pagina.on('request', (r) => !r.url().startsWith(sesion.url) && externas.push(r.url()));
  return { contexto, pagina, errores, externas };
}

/** Waits until the results on screen belong to the current URL (the page marks its form data-estado="listo"). */
async function esperarResultados(pagina: Page): Promise<{ conteo: string; enlaces: string[] }> {
  await pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 20_000 });
  const conteo = (await pagina.locator('#conteo').textContent()) ?? '';
  const enlaces = await pagina
    .locator('#resultados > li h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { conteo, enlaces };
}

async function buscarEn(pagina: Page, consulta: Record<string, string>): Promise<{ conteo: string; enlaces: string[] }> {
  await pagina.goto(`${sesion.url}/buscar/?${new URLSearchParams(consulta)}`);
  return esperarResultados(pagina);
}

describe('lo que escribiría un periodista encuentra el convenio correcto primero', () => {
  let v: Vista;
  beforeAll(async () => {
    v = await abrir();
  });
  afterAll(async () => {
    expect(v.errores).toEqual([]);
    expect(v.externas).toEqual([]);
    await v.contexto.close();
  });

  it.each(convenios.map((c) => [c.id, distintivas(c.id).slice(0, 3)] as const))('%s: sus palabras distintivas %j', async (id, lista) => {
    expect(lista.length).toBeGreaterThan(0);
    for (const palabra of lista) {
      const { enlaces } = await buscarEn(v.pagina, { q: palabra });
      expect(enlaces[0], palabra).toBe(`/convenios/${id}/`);
    }
  });

  it.each(convenios.map((c) => [c.id, distintivas(c.id).find((p) => /[áéíóú]/i.test(p) && !/[ñü]/i.test(p))] as const))(
    '%s: «%s» escrita sin acentos',
    async (id, palabra) => {
      expect(palabra, 'el convenio no tiene palabras distintivas con acento').toBeDefined();
      const sinAcentos = plegar(palabra!);
      const { enlaces } = await buscarEn(v.pagina, { q: sinAcentos });
      expect(enlaces[0]).toBe(`/convenios/${id}/`);
      const marcas = await v.pagina.locator('#resultados > li').first().locator('mark').allTextContents();
      expect(marcas.some((m) => /[áéíóú]/i.test(m) && plegar(m).startsWith(sinAcentos.slice(0, 6)))).toBe(true);
    },
  );

  // The issue's own examples: every convenio whose indexed text has the word comes back for the unaccented query.
  const ejemplos = ['metodología', 'prórroga'].filter((p) => convenios.some((c) => plegar(textoIndexado.get(c.id)!).includes(plegar(p))));
  it.each(ejemplos)('«%s» sin acentos', async (palabra) => {
    // Every document whose indexed text has the word, and no other: the first page of them is on screen.
    const esperados = documentos
      .filter((c) => plegar(textoIndexado.get(c.id)!).includes(plegar(palabra)))
      .map((c) => `/convenios/${c.id}/`);
    const { enlaces } = await buscarEn(v.pagina, { q: plegar(palabra) });
    expect(enlaces).toHaveLength(Math.min(POR_PAGINA, esperados.length));
    expect(esperados).toEqual(expect.arrayContaining(enlaces));
    const marcas = await v.pagina.locator('#resultados mark').allTextContents();
    expect(marcas.some((m) => plegar(m).startsWith(plegar(palabra)) && m.toLowerCase().includes(palabra.slice(0, 3)))).toBe(true);
  });

  it.each(
    convenios.map((c) => {
      const texto = plegar(textoIndexado.get(c.id)!);
      const singular = distintivas(c.id).find((p) => /[aeo]$/.test(p) && !new RegExp(`\\b${plegar(p)}s\\b`).test(texto));
      return [c.id, singular] as const;
    }),
  )('%s: el plural de «%s» encuentra el singular', async (id, singular) => {
    expect(singular, 'el convenio no tiene una palabra distintiva en singular').toBeDefined();
    const { enlaces } = await buscarEn(v.pagina, { q: `${singular}s` });
    expect(enlaces[0]).toBe(`/convenios/${id}/`);
  });

  const conClave = contenido.programas.filter((p) => p.datos.clave && convenios.some((c) => c.datos.programa === p.id));
  it.each(conClave.map((p) => [p.datos.clave!, p.id] as const))(
    'la clave de programa %s encuentra sus convenios',
    async (clave, programa) => {
      const suyos = convenios
        .filter((c) => c.datos.programa === programa)
        .map((c) => `/convenios/${c.id}/`)
        .sort();
      const { enlaces } = await buscarEn(v.pagina, { q: clave });
      expect(enlaces.slice(0, suyos.length).sort()).toEqual(suyos);
    },
  );

  it.each(convenios.map((c) => [c.id, enteEvaluado(c)] as const))('%s: el nombre de su ente evaluado', async (id, ente) => {
    const nombre = contenido.entes.find((e) => e.id === ente)!.datos.nombre;
    const suyos = convenios.filter((c) => enteEvaluado(c) === ente).map((c) => `/convenios/${c.id}/`);
    const { enlaces } = await buscarEn(v.pagina, { q: nombre });
    expect(suyos).toContain(enlaces[0]);
    expect(suyos).toContain(`/convenios/${id}/`);
  });

  it.each(convenios.map((c) => [c.id, palabras(c.datos.compromisos[0]!.accion!).slice(0, 6).join(' ')] as const))(
    '%s: una frase de un compromiso, entre comillas',
    async (id, frase) => {
      const { enlaces } = await buscarEn(v.pagina, { q: `"${frase}"` });
      expect(enlaces[0]).toBe(`/convenios/${id}/`);
      // The same words in another order are not the phrase. Function words (de, la, y…) are not in the index
      // (src/lib/palabras-vacias.ts), so the phrase is its other words in a row: two of those change places.
      const utiles = (t: string) => palabras(plegar(t)).filter((p) => !vacias.has(p));
      const [a, b, ...resto] = utiles(frase);
      const revuelta = [b, a, ...resto].join(' ');
      const dondeEsta = convenios
        .filter((c) => ` ${utiles(textoIndexado.get(c.id)!).join(' ')} `.includes(` ${revuelta} `))
        .map((c) => `/convenios/${c.id}/`);
      const otra = await buscarEn(v.pagina, { q: `"${revuelta}"` });
      expect(otra.enlaces.sort()).toEqual(dondeEsta.sort());
    },
  );

  it('una frase que tienen muchos documentos sale en el orden de sus palabras sin comillas, no en el del índice', async () => {
    // Pagefind gives every page with the phrase the same score; the page ranks them by the words (ordenarFrase).
    // A pair of words many documents share in a row, where the best page for the words is not the first in index
    // order (pages are indexed by path), so that index order would put another page first.
    const enFila = (t: string) =>
      ` ${palabras(plegar(t))
        .filter((p) => !vacias.has(p))
        .join(' ')} `;
    const pares = new Map<string, string[]>();
    for (const c of documentos) {
      const ws = enFila(textoIndexado.get(c.id)!).trim().split(' ');
      for (const par of new Set(ws.slice(1).map((w, i) => `${ws[i]} ${w}`))) pares.set(par, [...(pares.get(par) ?? []), c.id]);
    }
    const candidatos = [...pares].filter(([, ids]) => ids.length >= 5 && ids.length <= 40).slice(0, 12);
    for (const [par, ids] of candidatos) {
      const porPalabras = await buscarEn(v.pagina, { q: par });
      const mejor = porPalabras.enlaces[0];
      const primeroEnIndice = `/convenios/${[...ids].sort()[0]}/`;
      if (!mejor || mejor === primeroEnIndice || !ids.some((id) => `/convenios/${id}/` === mejor)) continue;
      const { enlaces } = await buscarEn(v.pagina, { q: `"${par}"` });
      expect(enlaces[0], `«"${par}"»`).toBe(mejor);
      return;
    }
    throw new Error(`Ningún par de palabras de ${candidatos.length} sirvió para la prueba`);
  });
});

describe('filtros que se comparten en la URL', () => {
  it('elegir un filtro reduce los resultados y cambia la URL; abrir esa URL da lo mismo; atrás vuelve', async () => {
    const { contexto, pagina, errores, externas } = await abrir();
    const inicial = await buscarEn(pagina, {});
    expect(inicial.enlaces).toHaveLength(Math.min(POR_PAGINA, todos.length));
    expect(todos).toEqual(expect.arrayContaining(inicial.enlaces));

    // A real convenio's program: choosing it must leave fewer results than there were.
    const programa = convenios.map((c) => c.datos.programa).sort()[0]!;
    const deSuPrograma = documentos.filter((c) => c.datos.programa === programa);
    const suyos = deSuPrograma.map((c) => `/convenios/${c.id}/`).sort();
    expect(suyos.length).toBeLessThan(documentos.length);

    await pagina.selectOption('#f-programa', programa);
    const filtrada = await esperarResultados(pagina);
    expect(filtrada.enlaces).toHaveLength(Math.min(POR_PAGINA, suyos.length));
    expect(suyos).toEqual(expect.arrayContaining(filtrada.enlaces));
    const url = new URL(pagina.url());
    expect(url.pathname).toBe('/buscar/');
    expect(url.searchParams.get('programa')).toBe(programa);
    const palabra = deSuPrograma.every((c) => c.datos.tipo !== 'seguimiento_federal') ? 'convenio' : 'documento';
    expect(filtrada.conteo).toMatch(suyos.length === 1 ? new RegExp(`^1 ${palabra} coincide`) : new RegExp(`^${suyos.length} ${palabra}s`));

    const otra = await abrir({ viewport: VISTAS.telefono });
    await otra.pagina.goto(url.href);
    const restaurada = await esperarResultados(otra.pagina);
    expect(restaurada).toEqual(filtrada);
    expect(await otra.pagina.locator('#f-programa').inputValue()).toBe(programa);
    await otra.contexto.close();

    await pagina.goBack();
    const atras = await esperarResultados(pagina);
    expect(new URL(pagina.url()).searchParams.has('programa')).toBe(false);
    expect(atras.enlaces).toEqual(inicial.enlaces);
    expect(errores).toEqual([]);
    expect(externas).toEqual([]);
    await contexto.close();
  });

  it('palabras, varios filtros y orden viajan juntos y se restauran', async () => {
    const { contexto, pagina, errores } = await abrir();
    const c = convenios[0]!;
    const consulta = { q: 'prorroga', nivel: '', pae: String(c.datos.pae), estado: 'sin_informacion', orden: 'antiguos' };
    const gobierno = contenido.gobiernos.find((g) => g.id === c.datos.gobierno)!;
    consulta.nivel = gobierno.datos.nivel;
    const primera = await buscarEn(pagina, consulta);
    expect(primera.enlaces).toContain(`/convenios/${c.id}/`);
    const admitidos = convenios
      .filter(
        (x) =>
          String(x.datos.pae) === consulta.pae &&
          contenido.gobiernos.find((g) => g.id === x.datos.gobierno)!.datos.nivel === consulta.nivel,
      )
      .map((x) => `/convenios/${x.id}/`);
    expect(admitidos).toEqual(expect.arrayContaining(primera.enlaces));
    // Oldest signature first.
    const fechas = primera.enlaces.map((e) => convenios.find((x) => `/convenios/${x.id}/` === e)!.datos.firma.fecha);
    expect(fechas).toEqual([...fechas].sort());
    for (const [clave, valor] of Object.entries(consulta)) {
      expect(await pagina.locator(clave === 'q' ? '#q' : clave === 'orden' ? '#orden' : `#f-${clave}`).inputValue()).toBe(valor);
    }
    await pagina.reload();
    expect(await esperarResultados(pagina)).toEqual(primera);
    expect(errores).toEqual([]);
    await contexto.close();
  });

  it('las páginas de programa, ente y gobierno enlazan a la búsqueda ya filtrada', async () => {
    const { contexto, pagina } = await abrir();
    const c = convenios[0]!;
    for (const [pagina_, faceta, valor] of [
      [`/programas/${c.datos.programa}/`, 'programa', c.datos.programa],
      [`/entes/${enteEvaluado(c)}/`, 'ente', enteEvaluado(c)],
      [`/gobiernos/${c.datos.gobierno}/`, 'gobierno', c.datos.gobierno],
    ] as const) {
      await pagina.goto(sesion.url + pagina_);
      await pagina.locator(`main a[href*="/buscar/?${faceta}="]`).click();
      const { enlaces } = await esperarResultados(pagina);
      const suyos = convenios
        .filter((x) => (faceta === 'programa' ? x.datos.programa : faceta === 'ente' ? enteEvaluado(x) : x.datos.gobierno) === valor)
        .map((x) => `/convenios/${x.id}/`);
      expect(enlaces).toHaveLength(Math.min(POR_PAGINA, suyos.length));
      expect(suyos).toEqual(expect.arrayContaining(enlaces));
      expect(await pagina.locator(`#f-${faceta}`).inputValue()).toBe(valor);
    }
    await contexto.close();
  });

  it('el buscador de la cabecera lleva a /buscar/ con las palabras', async () => {
    const { contexto, pagina } = await abrir({ viewport: VISTAS.telefono });
    const [palabra] = distintivas(convenios[0]!.id);
    await pagina.goto(`${sesion.url}/`);
    await pagina.locator('header input[name="q"]').fill(palabra!);
    await pagina.locator('header input[name="q"]').press('Enter');
    const { enlaces } = await esperarResultados(pagina);
    expect(new URL(pagina.url()).searchParams.get('q')).toBe(palabra);
    expect(await pagina.locator('#q').inputValue()).toBe(palabra);
    expect(enlaces[0]).toBe(`/convenios/${convenios[0]!.id}/`);
    await contexto.close();
  });
});

describe('los conteos de las facetas llegan al usar los filtros', () => {
  it('la primera búsqueda no descarga los filtros; enfocar uno trae los conteos de todas las facetas', async () => {
    const v = await abrir();
    const filtros: string[] = [];
    v.pagina.on('request', (r) => r.url().endsWith('.pf_filter') && filtros.push(r.url()));
    const { conteo } = await buscarEn(v.pagina, {});
    const n = numeroDelConteo(conteo);
    await v.pagina.waitForLoadState('networkidle');
    // Only the small «tipo» chunk, which every search of the documents needs, and which also tells, with both kinds
    // of document on the site, whether the results are all convenios (not «documento», which lists every one).
    expect(filtros).toHaveLength(1);
    expect(await v.pagina.locator('#f-programa option').first().textContent()).toBe('Todos');
    expect(await v.pagina.locator('#buscador').getAttribute('data-conteos')).toBeNull();

    await v.pagina.locator('#f-programa').focus();
    await v.pagina.waitForSelector('#buscador[data-conteos="listos"]', { timeout: 20_000 });
    expect(await v.pagina.locator('#f-programa option').first().textContent()).toBe(`Todos (${n.toLocaleString('en-US')})`);
    const programas = await v.pagina.locator('#f-programa option').allTextContents();
    const suma = programas.slice(1).reduce((t, o) => t + Number(/\(([\d,]+)\)$/.exec(o)![1]!.replace(/,/g, '')), 0);
    expect(suma).toBe(n);

    // Once loaded, the next search brings its counts without asking again.
    const programa = convenios[0]!.datos.programa;
    await v.pagina.selectOption('#f-programa', programa);
    await v.pagina.waitForSelector('#buscador[data-conteos="listos"]', { timeout: 20_000 });
    const deSuPrograma = documentos.filter((c) => c.datos.programa === programa).length;
    expect(await v.pagina.locator('#f-programa option:checked').textContent()).toMatch(new RegExp(`\\(${deSuPrograma}\\)$`));
    expect(v.errores).toEqual([]);
    await v.contexto.close();
  });
});

describe('accesibilidad de /buscar/', () => {
  const [palabra] = distintivas(convenios[0]!.id);
  it.each(Object.entries(VISTAS))('vista %s, con resultados: sin violaciones WCAG 2.2 A/AA y sin desbordar', async (_n, vista) => {
    const { contexto, pagina, errores } = await abrir({ viewport: vista });
    const { enlaces } = await buscarEn(pagina, { q: palabra!, estado: 'sin_informacion' });
    expect(enlaces.length).toBeGreaterThan(0);
    expect(await pagina.locator('#resultados mark').count()).toBeGreaterThan(0);
    expect(await pagina.locator('#conteo').getAttribute('role')).toBe('status');
    const { violations } = await new AxeBuilder({ page: pagina })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await pagina.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(errores).toEqual([]);
    await contexto.close();
  });

  it('sin JavaScript explica por qué y enlaza a las listas para explorar', async () => {
    const { contexto, pagina } = await abrir({ javaScriptEnabled: false, viewport: VISTAS.telefono });
    await pagina.goto(`${sesion.url}/buscar/?q=${encodeURIComponent(palabra!)}`);
    expect(await pagina.locator('#sin-js').isVisible()).toBe(true);
    expect(await pagina.locator('#sin-js').innerText()).toContain('JavaScript');
    expect(await pagina.locator('#buscador').isVisible()).toBe(false);
    const enlaces = await pagina.locator('#sin-js a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // With the SHCP evaluations in the content, their list too.
    const evaluaciones = contenido.evaluaciones.length > 0 ? ['/evaluaciones/'] : [];
    expect(enlaces).toEqual(['/convenios/', '/programas/', '/entes/', '/gobiernos/', '/ejercicios/', ...evaluaciones]);
    await contexto.close();
  });
});

/** Words of one commitment's action that no other commitment of any convenio has (by folded six-letter stem). */
const palabrasDeUnCompromiso = convenios.flatMap((c) =>
  c.datos.compromisos.flatMap((k) => {
    const otros = new Set(
      documentos.flatMap((o) =>
        (o.datos.compromisos as { aspecto?: string; accion?: string }[])
          .filter((x) => x !== k)
          .flatMap((x) => palabras(`${x.aspecto ?? ''} ${x.accion ?? ''}`).map((p) => plegar(p).slice(0, 6))),
      ),
    );
    const propia = palabras(k.accion!).find((p) => p.length >= 8 && !otros.has(plegar(p).slice(0, 6)) && distintivas(c.id).includes(p));
    return propia ? [{ convenio: c.id, compromiso: k.id, numero: k.numero, palabra: propia }] : [];
  }),
);

describe('una búsqueda que coincide dentro de un compromiso lleva a ese compromiso', () => {
  const casos = palabrasDeUnCompromiso;

  it('hay casos que probar en el contenido real', () => {
    expect(casos.length).toBeGreaterThan(0);
  });

  it.each(casos.slice(0, 3))(
    '«$palabra» lleva a /convenios/$convenio/#compromiso-$compromiso',
    async ({ convenio, compromiso, numero, palabra }) => {
      const v = await abrir();
      await v.pagina.goto(`${sesion.url}/buscar/?${new URLSearchParams({ q: palabra })}`);
      await v.pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 20_000 });
      const primero = v.pagina.locator('#resultados > li').first();
      const href = await primero.locator('h3 a').evaluate((a) => new URL((a as HTMLAnchorElement).href));
      expect(`${href.pathname}${href.hash}`).toBe(`/convenios/${convenio}/#compromiso-${compromiso}`);
      await expect.poll(() => primero.locator('.resultado__compromiso').textContent()).toBe(`Coincide en: Compromiso ${numero}`);
      expect(v.errores).toEqual([]);
      await v.contexto.close();
    },
  );
});

describe('un nombre de programa entre comillas lleva al compromiso que lo dice', () => {
  // The name matches in each convenio's title, which Pagefind indexes as metadata: it gives the phrase's first place
  // in the text only, and none when the title matched, so the page finds the phrase in the text itself.
  const casos = convenios.flatMap((c) => {
    const nombre = contenido.programas.find((p) => p.id === c.datos.programa)?.datos.nombre ?? '';
    const lo = c.datos.compromisos.filter((k) => plegar(`${k.aspecto ?? ''} ${k.accion ?? ''}`).includes(plegar(nombre)));
    return nombre.includes(' ') && lo.length > 0
      ? [{ convenio: c.id, frase: nombre, gobierno: c.datos.gobierno, ids: lo.map((k) => k.id) }]
      : [];
  });

  it('hay nombres de programa en compromisos del contenido real', () => expect(casos.length).toBeGreaterThan(0));

  it.each(casos)(
    '«"$frase"» lleva a un compromiso de $convenio que la tiene, con sus palabras marcadas',
    async ({ convenio, frase, gobierno, ids }) => {
      const v = await abrir();
      await buscarEn(v.pagina, { q: `"${frase}"`, gobierno });
      const primero = v.pagina.locator('#resultados > li').first();
      const href = await primero.locator('h3 a').evaluate((a) => new URL((a as HTMLAnchorElement).href));
      expect(href.pathname).toBe(`/convenios/${convenio}/`);
      expect(ids.map((id) => `#compromiso-${id}`)).toContain(href.hash);
      expect(await primero.locator('.resultado__compromiso').textContent()).toMatch(/^Coincide en: Compromiso \d+/);
      const marcadas = await primero.locator('.resultado__extracto mark').allTextContents();
      const suyas = palabras(frase).filter((w) => !vacias.has(plegar(w)));
      expect(new Set(marcadas.map((m) => plegar(m).replace(/[^\p{L}]/gu, '')))).toEqual(new Set(suyas.map(plegar)));
      expect(v.errores).toEqual([]);
      await v.contexto.close();
    },
  );
});

describe('una búsqueda sin coincidencia real lo dice', () => {
  // Words no page has, which Pagefind alone would match through a shorter indexed word they start with.
  const ausentes = ['asdfgh', 'huachicol'].filter(
    (q) => !documentos.some((c) => plegar(textoIndexado.get(c.id)!).includes(plegar(q).slice(0, 5))),
  );

  it.each(ausentes)('«%s» no encuentra nada', async (q) => {
    const v = await abrir();
    const { conteo, enlaces } = await buscarEn(v.pagina, { q });
    expect(conteo).toMatch(mixto ? /^Ningún documento coincide/ : /^Ningún convenio coincide/);
    expect(enlaces).toEqual([]);
    expect(v.errores).toEqual([]);
    await v.contexto.close();
  });
});

describe('una palabra que ningún documento tiene no deja la búsqueda vacía', () => {
  const ausentes = ['asdfgh', 'huachicol'].filter(
    (q) => !documentos.some((c) => plegar(textoIndexado.get(c.id)!).includes(plegar(q).slice(0, 5))),
  );
  const [a, b] = convenios;
  const nombre = mixto ? 'documento' : 'convenio';

  it.each(ausentes)('«%s» junto a una palabra de un convenio: se busca sin ella, y se dice', async (ausente) => {
    const propia = distintivas(a!.id)[0]!;
    const v = await abrir();
    const { conteo, enlaces } = await buscarEn(v.pagina, { q: `${ausente} ${propia}` });
    expect(enlaces[0]).toBe(`/convenios/${a!.id}/`);
    expect(conteo).toMatch(new RegExp(` Ningún ${nombre} dice «${ausente}»: se buscó sin esa palabra\\.$`));
    expect(v.errores).toEqual([]);
    await v.contexto.close();
  });

  it('dos palabras que sí están, pero nunca juntas, no encuentran nada: se ofrece cada una sola', async () => {
    const [deA, deB] = [distintivas(a!.id)[0]!, distintivas(b!.id)[0]!];
    const v = await abrir();
    const { conteo, enlaces } = await buscarEn(v.pagina, { q: `${deA} ${deB}` });
    expect(conteo).toBe(`Ningún ${nombre} coincide con «${deA} ${deB}». Pruebe con otras palabras, sin comillas, o quite algún filtro.`);
    expect(enlaces).toEqual([]);
    // The page offers each word alone, with what it finds, and the reader picks one.
    const ofrecidas = v.pagina.locator('#menos-palabras li');
    expect(await ofrecidas.allTextContents()).toEqual([`«${deB}» (1 ${nombre})`, `«${deA}» (1 ${nombre})`]);
    const { violations } = await new AxeBuilder({ page: v.pagina })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((x) => x.id)).toEqual([]);
    await ofrecidas.getByRole('link', { name: `«${deB}»` }).click();
    const elegida = await esperarResultados(v.pagina);
    expect(new URL(v.pagina.url()).searchParams.get('q')).toBe(deB);
    expect(elegida.enlaces).toEqual([`/convenios/${b!.id}/`]);
    expect(await v.pagina.locator('#menos-palabras').isHidden()).toBe(true);
    expect(v.errores).toEqual([]);
    await v.contexto.close();
  });
});

describe('una frase con palabras comunes se revisa en el texto de sus pocos resultados', () => {
  // On this small site no word is common: the page is told one is, as the build writes it for a large site.
  // Likewise a word is said to be in one of the heaviest chunks (its own range).
  async function buscarConComunes(
    q: string,
    comunes: readonly string[],
    pesadas: readonly string[] = [],
    filtros: Record<string, string> = {},
  ) {
    const v = await abrir();
    await v.contexto.route('**/pagefind/indice.json', async (ruta) => {
      const respuesta = await ruta.fetch();
      const indice = (await respuesta.json()) as DescripcionDelIndice;
      for (const p of comunes) indice.comunes[raizDeCosto(p)] = UMBRAL_PALABRA_COMUN;
      for (const p of pesadas) indice.pesados.push([plegar(p), plegar(p)]);
      await ruta.fulfill({ response: respuesta, json: indice });
    });
    const indices: string[] = [];
    v.pagina.on('request', (r) => r.url().includes('/pagefind/index/') && indices.push(r.url()));
    const { conteo, enlaces } = await buscarEn(v.pagina, { q, ...filtros });
    await v.pagina.waitForLoadState('networkidle');
    // What the search itself downloaded; the facet counts may download more.
    const delIndice = [...indices].sort();
    const extractos = await v.pagina.locator('.resultado__extracto').evaluateAll((ps) => ps.map((p) => p.innerHTML));
    const destinos = await v.pagina.locator('#resultados > li h3 a').evaluateAll((as) =>
      as.map((a) => {
        const url = new URL((a as HTMLAnchorElement).href);
        return `${url.pathname}${url.hash}`;
      }),
    );
    const coincidencias = await v.pagina
      .locator('#resultados > li')
      .evaluateAll((lis) => lis.map((li) => li.querySelector('.resultado__compromiso')?.textContent ?? null));
    // Reaching for the filters brings their counts.
    await v.pagina.locator('#facetas select').first().focus();
    await v.pagina.waitForSelector('#buscador[data-conteos="listos"]', { timeout: 20_000 });
    const facetas = await v.pagina
      .locator('#facetas select:visible')
      .evaluateAll((ss) => ss.map((s) => [...(s as HTMLSelectElement).options].map((o) => o.textContent)));
    expect(v.errores).toEqual([]);
    await v.contexto.close();
    return { conteo, enlaces, indices: delIndice, facetas, extractos, destinos, coincidencias };
  }

  // Three words in a row of a commitment, the middle one distinctive (so that few pages have the other two).
  const utiles = (t: string) => palabras(t).filter((p) => !vacias.has(plegar(p)));
  const casos = convenios.flatMap((c) => {
    const propias = new Set(distintivas(c.id));
    const ventana = c.datos.compromisos
      .map((k) => utiles(k.accion ?? ''))
      .flatMap((ws) => ws.slice(1, -1).flatMap((w, i) => (propias.has(w) ? [[ws[i]!, w, ws[i + 2]!] as const] : [])))[0];
    if (!ventana) return [];
    const [a, b, d] = ventana;
    const otra = distintivas(c.id).find((w) => w !== b)!;
    // The phrase; the same words with two swapped, which are not the phrase; a phrase of nothing but common words
    // and another word of the convenio.
    return [
      [c.id, `"${a} ${b} ${d}"`, [a], 1],
      [c.id, `"${b} ${a} ${d}"`, [a], 0],
      [c.id, `"${a} ${b}" ${otra}`, [a, b], 1],
    ] as const;
  });

  it('hay frases para la prueba', () => expect(casos.length).toBeGreaterThan(0));

  it.each(casos)(
    '%s: «%s» con %j comunes da los resultados y conteos de Pagefind, sin sus trozos del índice',
    async (id, q, comunes, n) => {
      const pagefind = await buscarConComunes(q, []);
      const revisada = await buscarConComunes(q, comunes);
      expect(pagefind.enlaces).toEqual(n === 1 ? [`/convenios/${id}/`] : []);
      expect(revisada.enlaces).toEqual(pagefind.enlaces);
      expect(revisada.conteo).toBe(pagefind.conteo);
      expect(revisada.facetas).toEqual(pagefind.facetas);
      expect(pagefind.facetas.flat().join(' ')).toMatch(n === 1 ? /\(1\)/ : /^Todos \(0\)/);
      expect(pagefind.indices).toEqual(expect.arrayContaining(revisada.indices));
      expect(revisada.indices.length).toBeLessThan(pagefind.indices.length);
    },
  );

  type Busqueda = Awaited<ReturnType<typeof buscarConComunes>>;
  /** The checked search finds what Pagefind finds (the convenio alone, same count and facets), with fewer chunks or none. */
  function igualQuePagefind(id: string, pagefind: Busqueda, revisada: Busqueda, trozos: 'menos trozos' | 'ningún trozo') {
    expect(pagefind.enlaces).toEqual([`/convenios/${id}/`]);
    expect(revisada.enlaces).toEqual(pagefind.enlaces);
    expect(revisada.conteo).toBe(pagefind.conteo);
    expect(revisada.facetas).toEqual(pagefind.facetas);
    expect(pagefind.indices).toEqual(expect.arrayContaining(revisada.indices));
    if (trozos === 'ningún trozo') expect(revisada.indices).toEqual([]);
    expect(revisada.indices.length).toBeLessThan(pagefind.indices.length);
  }

  // Two distinctive words of a convenio, the first in a heavy chunk: Pagefind is asked for the second only.
  const sueltas = convenios.flatMap((c) => {
    const [a, b] = distintivas(c.id);
    return a && b ? [[c.id, `${a} ${b}`, a] as const] : [];
  });

  it('hay palabras para la prueba', () => expect(sueltas.length).toBeGreaterThan(0));

  it.each(sueltas)('%s: «%s» con «%s» en un trozo pesado da lo que da Pagefind, sin ese trozo', async (id, q, pesada) => {
    const pagefind = await buscarConComunes(q, []);
    const revisada = await buscarConComunes(q, [], [pesada]);
    igualQuePagefind(id, pagefind, revisada, 'menos trozos');
  });

  it.each(sueltas)('%s: «%s» con «%s» en un trozo pesado y un filtro elegido da lo que da Pagefind', async (id, q, pesada) => {
    const filtros = { gobierno: convenios.find((c) => c.id === id)!.datos.gobierno };
    const pagefind = await buscarConComunes(q, [], [], filtros);
    const revisada = await buscarConComunes(q, [], [pesada], filtros);
    // With a filter chosen, Pagefind counts the facets in both.
    igualQuePagefind(id, pagefind, revisada, 'menos trozos');
  });

  it.each(sueltas)('%s: «%s», todas en trozos pesados, con un filtro elegido da lo que da Pagefind sin sus trozos', async (id, q) => {
    const filtros = { gobierno: convenios.find((c) => c.id === id)!.datos.gobierno };
    const pagefind = await buscarConComunes(q, [], [], filtros);
    const revisada = await buscarConComunes(q, [], q.split(' '), filtros);
    // The filter alone narrows the pages: no word's chunk is needed.
    igualQuePagefind(id, pagefind, revisada, 'ningún trozo');
  });

  /** The words marked in excerpts, folded, once each. */
  const marcadas = (extractos: string[]) =>
    [
      ...new Set(extractos.flatMap((e) => [...e.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => plegar(m[1]!).replace(/[^\p{L}]/gu, '')))),
    ].sort();

  it('el extracto marca la palabra revisada en el texto, como Pagefind marca las suyas', async () => {
    const q = 'Prestaciones potestativas ISSEMYM';
    const pagefind = await buscarConComunes(q, []);
    const revisada = await buscarConComunes(q, [], ['potestativas']);
    expect(revisada.enlaces).toEqual(pagefind.enlaces);
    expect(marcadas(pagefind.extractos)).toEqual(['potestativas', 'prestaciones']);
    // Pagefind marks only what it was asked for («Prestaciones ISSEMYM»): the page marks the word it checked.
    expect(marcadas(revisada.extractos)).toEqual(marcadas(pagefind.extractos));
  });

  // Pagefind cuts a result's commitments and excerpt from the words it was asked for, and here it was asked none.
  it.each(palabrasDeUnCompromiso.slice(0, 2))(
    '«$palabra» en un trozo pesado, con su gobierno elegido, lleva al compromiso que la tiene, como Pagefind',
    async ({ convenio, compromiso, numero, palabra }) => {
      const filtros = { gobierno: convenios.find((c) => c.id === convenio)!.datos.gobierno };
      const pagefind = await buscarConComunes(palabra, [], [], filtros);
      const revisada = await buscarConComunes(palabra, [], [palabra], filtros);
      expect(revisada.indices).toEqual([]);
      expect(pagefind.destinos[0]).toBe(`/convenios/${convenio}/#compromiso-${compromiso}`);
      expect(revisada.destinos).toEqual(pagefind.destinos);
      expect(revisada.coincidencias[0]).toBe(`Coincide en: Compromiso ${numero}`);
      expect(revisada.coincidencias).toEqual(pagefind.coincidencias);
      expect(marcadas(revisada.extractos.slice(0, 1))).toEqual([plegar(palabra).replace(/[^\p{L}]/gu, '')]);
    },
  );

  // A word many documents have brings too many pages to check: the first costly word narrows them, the second is
  // checked in the text.
  const amplia = 'programa';
  const estrechadas = convenios.flatMap((c) => {
    const [a, b] = distintivas(c.id);
    return a && b ? [[c.id, `${amplia} ${a} ${b}`, a, b] as const] : [];
  });

  it.each(estrechadas)('%s: «%s» con «%s» y «%s» en trozos pesados da lo que da Pagefind, sin un trozo', async (id, q, a, b) => {
    expect(numeroDelConteo((await buscarConComunes(amplia, [])).conteo)).toBeGreaterThan(POR_PAGINA);
    const pagefind = await buscarConComunes(q, []);
    const revisada = await buscarConComunes(q, [], [a, b]);
    igualQuePagefind(id, pagefind, revisada, 'menos trozos');
  });
});

/** Clicks «Descargar estos resultados (CSV)» and reads the file the browser saved. */
async function descargar(pagina: Page): Promise<{ nombre: string; bytes: Buffer; registros: string[][] }> {
  const [descarga] = await Promise.all([
    pagina.waitForEvent('download'),
    pagina.getByRole('button', { name: 'Descargar estos resultados (CSV)' }).click(),
  ]);
  const bytes = readFileSync((await descarga.path())!);
  return { nombre: descarga.suggestedFilename(), bytes, registros: parse(bytes, { bom: true }) as string[][] };
}

/** A published table (convenios.csv unless named), as records (header first), and each row by its id. */
function tablaPublicada(dist: string, archivo = 'convenios.csv'): { encabezado: string[]; porId: Map<string, string[]> } {
  const [encabezado, ...filas] = parse(readFileSync(join(dist, 'datos', archivo)), { bom: true }) as string[][];
  return { encabezado: encabezado!, porId: new Map(filas.map((f) => [f[0]!, f])) };
}

/** The number the page states: «2 convenios publicados…», «1 documento coincide…», «1,234 …». */
const numeroDelConteo = (conteo: string) => Number(/^([\d,]+) /.exec(conteo)?.[1]?.replace(/,/g, '') ?? NaN);
const idDe = (ruta: string) => /\/convenios\/([^/]+)\/$/.exec(ruta)![1]!;

describe('«Descargar estos resultados (CSV)»', () => {
  const publicada = tablaPublicada(DIST);
  const [programa] = [...new Set(convenios.map((c) => c.datos.programa))].sort();
  const c = convenios.find((x) => x.datos.programa === programa)!;
  const gobierno = c.datos.gobierno;

  it.each([
    ['sin filtros', {}, 'busqueda.csv'],
    ['con un filtro', { programa: programa! }, `busqueda-${programa}.csv`],
    [
      'con palabras y un filtro',
      { q: distintivas(c.id)[0]!, gobierno },
      `busqueda-${distintivas(c.id)[0]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}-${gobierno}.csv`,
    ],
  ])('%s: un renglón de /datos/convenios.csv por resultado, tantos como dice la página', async (_caso, consulta, nombre) => {
    const v = await abrir();
    const { conteo, enlaces } = await buscarEn(v.pagina, consulta);
    const n = numeroDelConteo(conteo);
    expect(n).toBeGreaterThan(0);
    // The page shows the first ones; the file carries every result.
    expect(enlaces).toHaveLength(Math.min(n, POR_PAGINA));
    const archivo = await descargar(v.pagina);
    expect(archivo.nombre).toBe(nombre);
    // UTF-8 with a byte-order mark and CRLF, like every CSV of the site.
    expect([...archivo.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(archivo.bytes.toString('utf8').endsWith('\r\n')).toBe(true);
    // The published header, then the rows of the results in the order on screen, exactly as published.
    const [encabezado, ...filas] = archivo.registros;
    expect(encabezado).toEqual(publicada.encabezado);
    expect(filas).toHaveLength(n);
    expect(filas.slice(0, enlaces.length)).toEqual(enlaces.map((e) => publicada.porId.get(idDe(e))));
    expect(new Set(filas.map((f) => f[0])).size).toBe(n);
    await expect
      .poll(() => v.pagina.locator('#descarga-estado').textContent())
      .toBe(`Listo: ${nombre}, ${n === 1 ? 'un renglón' : `${n} renglones`}.`);
    expect(v.errores).toEqual([]);
    expect(v.externas).toEqual([]);
    await v.contexto.close();
  });

  it('el botón dice qué baja y enlaza al diccionario de convenios.csv', async () => {
    const v = await abrir();
    await buscarEn(v.pagina, { programa: programa! });
    const boton = v.pagina.locator('#descargar');
    expect(await boton.isVisible()).toBe(true);
    const ayuda = v.pagina.locator(`#${await boton.getAttribute('aria-describedby')}`);
    expect(await ayuda.textContent()).toContain('Todos los resultados, no sólo los que se muestran');
    expect(
      await ayuda
        .locator('a')
        .evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
    ).toBe('/datos/#tabla-convenios');
    await v.contexto.close();
  });
});

describe('los filtros dicen si se aplican al documento o a alguno de sus compromisos', () => {
  it('dos grupos con su leyenda; el estado es de algún compromiso', async () => {
    const v = await abrir();
    await buscarEn(v.pagina, {});
    const grupo = (id: string) => v.pagina.locator(`fieldset#grupo-${id}`);
    expect(await grupo('documento').locator('legend').textContent()).toBe('Del documento');
    expect(await grupo('compromiso').locator('legend').textContent()).toBe('De sus compromisos');
    expect(
      await grupo('documento')
        .locator('select')
        .evaluateAll((s) => s.map((x) => x.id)),
    ).toEqual(expect.arrayContaining(['f-programa', 'f-ente', 'f-gobierno', 'f-nivel', 'f-pae']));
    expect(
      await grupo('compromiso')
        .locator('select')
        .evaluateAll((s) => s.map((x) => x.id)),
    ).toContain('f-estado');
    expect(await v.pagina.getByLabel('Con algún compromiso en estado').getAttribute('id')).toBe('f-estado');
    expect(await v.pagina.getByRole('group', { name: 'De sus compromisos' }).getAttribute('aria-describedby')).toBe(
      'grupo-compromiso-ayuda',
    );
    expect(await v.pagina.locator('#grupo-compromiso-ayuda').textContent()).toMatch(
      /^Basta con que uno de los compromisos del documento cumpla cada filtro/,
    );
    await v.contexto.close();
  });
});

// The real content plus the SHCP excerpts: 2 convenios and 20 federal follow-ups, more results than one page shows,
// and 19 evaluations, searched apart («Buscar en»).
describe('con seguimientos federales: «documentos», y la descarga trae más que la primera página', () => {
  const sitio = construirSitio({
    nombre: 'buscar-federal',
    curado: true,
    preparar: (contenido) => {
      for (const args of [
        ['scripts/importar-shcp.ts', 'tests/fixtures/shcp/asm-sample-25-rows.utf8.csv'],
        ['scripts/importar-evaluaciones.ts', 'tests/fixtures/shcp/evaluaciones-muestra.utf8.csv'],
      ]) {
        const i = spawnSync(process.execPath, [...args, '--contenido', contenido], { encoding: 'utf8' });
        expect(i.status, i.stdout + i.stderr).toBe(0);
      }
    },
    entorno: { FECHA_CORTE: '2025-01-15' },
  });
  const federal: Sesion = sesionDeNavegador({ dist: () => sitio.dist });

  const ver = async (consulta: string) => {
    const contexto = await federal.navegador.newContext({ viewport: VISTAS.escritorio });
    const pagina = await contexto.newPage();
    await pagina.goto(`${federal.url}/buscar/?${consulta}`);
    await pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 20_000 });
    return {
      contexto,
      pagina,
      conteo: (await pagina.locator('#conteo').textContent()) ?? '',
      titulo: await pagina.locator('#resultados-titulo').textContent(),
    };
  };

  it.each([
    ['', '22 documentos publicados; primero los de fecha más reciente (firma o último reporte).', 'Documentos'],
    ['documento=convenio', '2 convenios coinciden con el filtro elegido; primero los firmados más recientemente.', 'Convenios'],
    [
      'documento=seguimiento_federal',
      '20 documentos coinciden con el filtro elegido; primero los de fecha más reciente (firma o último reporte).',
      'Documentos',
    ],
    [
      'tema=Coberturas',
      '2 documentos coinciden con el filtro elegido; primero los de fecha más reciente (firma o último reporte).',
      'Documentos',
    ],
    [
      'gobierno=federal&documento=convenio',
      'Ningún convenio coincide con los 2 filtros elegidos. Pruebe con otras palabras, sin comillas, o quite algún filtro.',
      null,
    ],
    ['q=asdfgh', 'Ningún documento coincide con «asdfgh». Pruebe con otras palabras, sin comillas, o quite algún filtro.', null],
  ])('/buscar/?%s: «%s»', async (consulta, conteo, titulo) => {
    const v = await ver(consulta);
    expect(v.conteo).toBe(conteo);
    if (titulo) expect(v.titulo).toBe(titulo);
    await v.contexto.close();
  });

  it('sin elegir tipo, resultados que son todos convenios se llaman convenios', async () => {
    const programa = convenios[0]!.datos.programa;
    const v = await ver(`programa=${programa}`);
    const n = convenios.filter((c) => c.datos.programa === programa).length;
    expect(v.conteo).toMatch(n === 1 ? /^1 convenio coincide con el filtro elegido\.$/ : new RegExp(`^${n} convenios coinciden`));
    expect(v.titulo).toBe('Convenios');
    await v.contexto.close();
  });

  it('la descarga trae los 22, no sólo los de la primera página', async () => {
    const v = await ver('');
    const n = numeroDelConteo(v.conteo);
    expect(n).toBeGreaterThan(POR_PAGINA);
    expect(await v.pagina.locator('#resultados > li').count()).toBe(POR_PAGINA);
    expect(await v.pagina.locator('#mas').textContent()).toMatch(/Mostrar más\s+documentos/);
    const enPantalla = await v.pagina
      .locator('#resultados > li h3 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const archivo = await descargar(v.pagina);
    const publicada = tablaPublicada(sitio.dist);
    const [encabezado, ...filas] = archivo.registros;
    expect(encabezado).toEqual(publicada.encabezado);
    expect(filas).toHaveLength(n);
    expect(filas.slice(0, POR_PAGINA)).toEqual(enPantalla.map((e) => publicada.porId.get(idDe(e))));
    expect(filas.map((f) => f[0]).sort()).toEqual([...publicada.porId.keys()].sort());
    await v.contexto.close();
  });

  describe('«Buscar en» evaluaciones: sus propios filtros, su conteo y su descarga', () => {
    const evaluaciones = () => tablaPublicada(sitio.dist, 'evaluaciones.csv');
    const columna = (nombre: string) => evaluaciones().encabezado.indexOf(nombre);

    it('sin filtros: todas las evaluaciones, sólo sus filtros, y el CSV con los renglones de evaluaciones.csv', async () => {
      const v = await ver('en=evaluaciones');
      const { encabezado, porId } = evaluaciones();
      const n = porId.size;
      expect(n).toBeGreaterThan(10);
      expect(v.conteo).toBe(`${n} evaluaciones publicadas; primero las del PAE más reciente.`);
      expect(v.titulo).toBe('Evaluaciones');
      expect(await v.pagina.locator('#en').inputValue()).toBe('evaluaciones');
      expect(await v.pagina.locator('#grupo-evaluacion').isVisible()).toBe(true);
      for (const grupo of ['documento', 'compromiso']) expect(await v.pagina.locator(`#grupo-${grupo}`).isVisible(), grupo).toBe(false);
      const enlaces = await v.pagina
        .locator('#resultados > li h3 a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(enlaces).toHaveLength(Math.min(POR_PAGINA, n));
      for (const e of enlaces) expect(e).toMatch(/^\/evaluaciones\/[^/]+\/$/);
      // The download help points to the table the rows come from.
      const ayuda = v.pagina.locator('#descarga-ayuda a');
      expect(await ayuda.textContent()).toBe('evaluaciones.csv');
      expect(await ayuda.evaluate((a) => new URL((a as HTMLAnchorElement).href).hash)).toBe('#tabla-evaluaciones');

      const archivo = await descargar(v.pagina);
      expect(archivo.nombre).toBe('busqueda-evaluaciones.csv');
      const [cabecera, ...filas] = archivo.registros;
      expect(cabecera).toEqual(encabezado);
      expect(filas).toHaveLength(n);
      expect(filas.slice(0, enlaces.length)).toEqual(enlaces.map((e) => porId.get(/\/evaluaciones\/([^/]+)\/$/.exec(e)![1]!)));
      await expect.poll(() => v.pagina.locator('#descarga-estado').textContent()).toBe(`Listo: busqueda-evaluaciones.csv, ${n} renglones.`);
      const { violations } = await new AxeBuilder({ page: v.pagina })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((x) => `${x.id}: ${x.nodes.map((m) => m.target.join(' ')).join(', ')}`)).toEqual([]);
      await v.contexto.close();
    });

    it('un ramo: sólo sus evaluaciones, y el CSV sólo con ellas', async () => {
      const { porId } = evaluaciones();
      const i = columna('ramo_clave');
      const delRamo = [...porId.values()].filter((f) => f[i] !== '' && Number(f[i]) === 6).map((f) => f[0]!);
      expect(delRamo.length).toBeGreaterThan(1);
      const v = await ver('en=evaluaciones&ramo=6');
      expect(v.conteo).toMatch(
        new RegExp(`^${delRamo.length} evaluaciones coinciden con el filtro elegido; primero las del PAE más reciente\\.$`),
      );
      const archivo = await descargar(v.pagina);
      expect(archivo.nombre).toBe('busqueda-evaluaciones-6.csv');
      expect(
        archivo.registros
          .slice(1)
          .map((f) => f[0])
          .sort(),
      ).toEqual([...delRamo].sort());
      await v.contexto.close();
    });

    it('cambiar de convenios a evaluaciones deja atrás los filtros de los convenios, y volver los recupera', async () => {
      const v = await ver('documento=seguimiento_federal');
      expect(v.conteo).toMatch(/^20 documentos coinciden con el filtro elegido/);
      await v.pagina.selectOption('#en', 'evaluaciones');
      await v.pagina.waitForFunction(() => new URL(location.href).searchParams.get('en') === 'evaluaciones');
      await v.pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 20_000 });
      expect(new URL(v.pagina.url()).searchParams.has('documento')).toBe(false);
      expect(await v.pagina.locator('#conteo').textContent()).toMatch(/^\d+ evaluaciones publicadas/);
      expect(await v.pagina.locator('#resultados-titulo').textContent()).toBe('Evaluaciones');
      expect(await v.pagina.locator('#grupo-documento').isVisible()).toBe(false);
      await v.pagina.selectOption('#en', '');
      await v.pagina.waitForFunction(() => !new URL(location.href).searchParams.has('en'));
      await v.pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 20_000 });
      expect(new URL(v.pagina.url()).searchParams.get('documento')).toBe('seguimiento_federal');
      expect(await v.pagina.locator('#conteo').textContent()).toMatch(/^20 documentos coinciden con el filtro elegido/);
      expect(await v.pagina.locator('#descarga-ayuda a').textContent()).toBe('convenios.csv');
      expect(await v.pagina.locator('#grupo-evaluacion').isVisible()).toBe(false);
      await v.contexto.close();
    });
  });
});
