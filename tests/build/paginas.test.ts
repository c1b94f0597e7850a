import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { anioDe, conveniosFirmados, DIST, existeEnSitio, leerPagina, paginas, seguimientosFederales } from './sitio.ts';

// Runs over the site that `npm run build` produced from the real content.
const contenido = cargarContenido(process.env.CONTENIDO_DIR ?? 'content');
const todas = paginas();

describe('una página por cada cosa publicada', () => {
  const esperadas = [
    '/',
    '/convenios/',
    '/programas/',
    '/entes/',
    '/gobiernos/',
    '/ejercicios/',
    '/metodologia/',
    '/404.html',
    ...contenido.convenios.map((c) => `/convenios/${c.id}/`),
    ...contenido.programas.map((p) => `/programas/${p.id}/`),
    ...contenido.entes.map((e) => `/entes/${e.id}/`),
    ...contenido.gobiernos.map((g) => `/gobiernos/${g.id}/`),
    ...[...new Set(contenido.convenios.flatMap((c) => (anioDe(c.datos) === undefined ? [] : [anioDe(c.datos)])))].map(
      (a) => `/ejercicios/${a}/`,
    ),
  ];
  it.each(esperadas)('%s existe', (ruta) => {
    expect(todas).toContain(ruta);
  });
});

describe('cada convenio muestra todos sus compromisos', () => {
  it.each(conveniosFirmados(contenido).map((c) => [c.id, c] as const))('%s', (id, c) => {
    const pagina = leerPagina(`/convenios/${id}/`);
    const tarjetas = pagina.querySelectorAll('li.compromiso');
    expect(tarjetas).toHaveLength(c.datos.compromisos.length);
    c.datos.compromisos.forEach((k, i) => {
      // The anchor is the card's heading (Pagefind points searches at headings with an id).
      const ancla = pagina.getElementById(`compromiso-${k.id}`);
      expect(ancla?.tagName, `compromiso ${k.id}`).toBe('H3');
      const tarjeta = ancla!.closest('li.compromiso');
      expect(tarjetas[i]).toBe(tarjeta);
      const texto = tarjeta!.textContent.replace(/\s+/g, ' ');
      expect(texto).toContain(k.accion!.replace(/\s+/g, ' '));
      expect(texto).toContain(k.aspecto!.replace(/\s+/g, ' '));
      expect(texto).toContain(`Compromiso ${k.numero}`);
    });
    for (const h of c.datos.hallazgos) expect(pagina.textContent.replace(/\s+/g, ' ')).toContain(h.texto!.replace(/\s+/g, ' '));
    for (const p of c.datos.partes) expect(pagina.textContent).toContain(p.firmante.nombre);
  });

  it.each(conveniosFirmados(contenido).map((c) => [c.id, c] as const))('%s: su gobierno y su nivel, separados', (id, c) => {
    const g = contenido.gobiernos.find((x) => x.id === c.datos.gobierno)!.datos;
    const ficha = leerPagina(`/convenios/${id}/`).querySelector('dl.ficha')!.textContent.replace(/\s+/g, ' ');
    expect(ficha).toContain(`${g.nombre} (nivel ${g.nivel})`);
  });
});

describe('un ente que sólo firma con otro papel', () => {
  const evaluados = new Set([
    ...conveniosFirmados(contenido).flatMap((c) => c.datos.partes.filter((p) => p.rol === 'sujeto_evaluado').map((p) => p.ente)),
    ...seguimientosFederales(contenido).map((s) => s.datos.ente),
  ]);
  const soloOtroPapel = contenido.entes.filter((e) => !evaluados.has(e.id));
  it('hay alguno en el contenido', () => expect(soloOtroPapel.length).toBeGreaterThan(0));
  it.each(soloOtroPapel.map((e) => [e.id]))('%s: no culpa a la SHCP de no tener calendario', (id) => {
    const texto = leerPagina(`/entes/${id}/`).textContent.replace(/\s+/g, ' ');
    expect(texto).toContain('Sin calendario de vencimientos: no es el ente evaluado de ningún documento publicado.');
    expect(texto).not.toContain('la SHCP no la publica');
  });
});

describe('cada seguimiento federal muestra todos sus ASM y dice qué es', () => {
  const federales = seguimientosFederales(contenido);
  if (federales.length === 0) {
    it('sin seguimientos federales en el contenido, la lista no los menciona', () => {
      expect(leerPagina('/convenios/').textContent).not.toContain('Seguimiento federal de ASM');
    });
  }
  it.each(federales.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const pagina = leerPagina(`/convenios/${id}/`);
    const tarjetas = pagina.querySelectorAll('li.compromiso');
    expect(tarjetas).toHaveLength(c.datos.compromisos.length);
    const texto = pagina.textContent.replace(/\s+/g, ' ');
    expect(texto).toContain('Seguimiento federal de ASM');
    expect(texto).toContain('no es un convenio firmado');
    // Nothing a convenio has is shown as missing: there are no parties, signature or legal basis sections.
    for (const id of ['partes', 'reglas', 'texto', 'hallazgos']) expect(pagina.getElementById(id), id).toBeNull();
    expect(texto).not.toContain('N/D');
    c.datos.compromisos.forEach((k, i) => {
      const tarjeta = pagina.getElementById(`compromiso-${k.id}`)!;
      expect(tarjetas[i]).toBe(tarjeta);
      const t = tarjeta.textContent.replace(/\s+/g, ' ');
      expect(t).toContain(`ASM ${k.id_asm}`);
      if (k.aspecto) expect(t).toContain(k.aspecto!.replace(/\s+/g, ' '));
      for (const tema of k.temas ?? []) expect(t).toContain(tema);
      if (k.prioridad) expect(t).toContain(`Prioridad: ${k.prioridad}`);
      for (const r of k.seguimiento)
        for (const e of r.evidencias) expect(tarjeta.querySelector(`a[href="${e.url}"]`), e.url).not.toBeNull();
    });
  });
});

describe('cada página', () => {
  it.each(todas)('%s tiene título, descripción, URL canónica, idioma y un solo h1', (ruta) => {
    const p = leerPagina(ruta);
    expect(p.querySelector('html')?.getAttribute('lang')).toBe('es-MX');
    expect(p.querySelector('title')?.textContent.trim()).toBeTruthy();
    expect(p.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
    expect(p.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(p.querySelectorAll('h1')).toHaveLength(1);
  });

  it.each(todas)('%s no enlaza a páginas que no existen', (ruta) => {
    const p = leerPagina(ruta);
    const rotos = p
      .querySelectorAll('a[href], link[href], script[src], img[src]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
      .filter((href) => href.startsWith('/') && !href.startsWith('//'))
      .filter((href) => !existeEnSitio(href));
    expect(rotos).toEqual([]);
  });
});

describe('mapa del sitio', () => {
  it('lista las páginas publicadas', () => {
    expect(existeEnSitio('/sitemap-index.xml')).toBe(true);
    expect(existeEnSitio('/sitemap-0.xml')).toBe(true);
  });
});

// Held in Astro's data store, every rendered text went into one JavaScript module that Vite took ≈ 10 s to bundle at
// 30,000 convenios (docs/escala.md): in a production build the loader hands each text to its page instead.
describe('texto de cada convenio', () => {
  const almacen = readFileSync(join(process.env.SALIDA_DIR ? `${DIST}.cache` : 'node_modules/.astro', 'data-store.json'), 'utf8');
  it.each(conveniosFirmados(contenido).map((c) => [c.id, c.cuerpo] as const))(
    '%s llega a su página sin pasar por el almacén de Astro',
    (id, cuerpo) => {
      const parrafo = cuerpo.split('\n').find((l) => l.length > 200 && !/[*_`[\]<>&"“”]/.test(l));
      expect(parrafo, 'un párrafo de texto llano de más de 200 caracteres').toBeDefined();
      const frase = parrafo!.slice(0, 120);
      expect(leerPagina(`/convenios/${id}/`).querySelector('article')!.text).toContain(frase);
      expect(almacen).not.toContain(frase);
    },
  );
});
