import { describe, expect, it } from 'vitest';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { conveniosFirmados, existeEnSitio, leerPagina, paginas, seguimientosFederales } from './sitio.ts';

// Link previews, schema.org descriptions and data alternates in the <head> of the built pages.
const contenido = cargarContenido(process.env.CONTENIDO_DIR ?? 'content');
const conSitio = paginas().filter((r) => !r.includes('/widget/') && r !== '/404.html' && !r.startsWith('/pagefind/'));

describe('Open Graph y tarjetas de Twitter/X en cada página', () => {
  it.each(conSitio)('%s', (ruta) => {
    const p = leerPagina(ruta);
    const meta = (atributo: string, valor: string) => p.querySelector(`meta[${atributo}="${valor}"]`)?.getAttribute('content');
    expect(meta('property', 'og:title')).toBeTruthy();
    expect(meta('property', 'og:description')).toBe(meta('name', 'description'));
    expect(meta('property', 'og:url')).toBe(p.querySelector('link[rel="canonical"]')!.getAttribute('href'));
    expect(meta('property', 'og:locale')).toBe('es_MX');
    expect(meta('name', 'twitter:card')).toBe('summary');
    const rss = p.querySelector('link[rel="alternate"][type="application/rss+xml"]')!.getAttribute('href')!;
    expect(existeEnSitio(rss)).toBe(true);
  });
});

function jsonLd(ruta: string): Record<string, any> {
  const scripts = leerPagina(ruta).querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  const texto = scripts[0]!.rawText;
  // Nothing in the data may close the element early.
  expect(texto).not.toMatch(/</);
  return JSON.parse(texto) as Record<string, any>;
}

describe('schema.org en JSON-LD', () => {
  it.each(conveniosFirmados(contenido).map((c) => [c.id, c] as const))(
    'convenio %s: documento con sus partes, su firma y su programa',
    (id, c) => {
      const ld = jsonLd(`/convenios/${id}/`);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('DigitalDocument');
      expect(ld.name).toBe(c.datos.titulo);
      expect(ld.dateCreated).toBe(c.datos.firma.fecha);
      expect(ld.author).toHaveLength(new Set(c.datos.partes.map((p) => p.ente)).size);
      expect(new URL(ld.about.url).pathname).toBe(`/programas/${c.datos.programa}/`);
      const alterno = leerPagina(`/convenios/${id}/`)
        .querySelector('link[rel="alternate"][type="application/json"]')!
        .getAttribute('href')!;
      expect(alterno).toBe(`/convenios/${id}.json`);
      expect(existeEnSitio(alterno)).toBe(true);
    },
  );

  // it.each over an empty list adds no test: with no federal content this checks nothing, and needs nothing.
  it.each(seguimientosFederales(contenido).map((c) => [c.id, c] as const))(
    'seguimiento federal %s: documento de su ente, sin firma',
    (id, c) => {
      const ld = jsonLd(`/convenios/${id}/`);
      expect(ld['@type']).toBe('DigitalDocument');
      expect(ld.genre).toBe('Seguimiento federal de ASM');
      expect(ld.dateCreated).toBeUndefined();
      expect(ld.author).toEqual([expect.objectContaining({ url: expect.stringContaining(`/entes/${c.datos.ente}/`) })]);
      expect(new URL(ld.about.url).pathname).toBe(`/programas/${c.datos.programa}/`);
    },
  );

  it.each(contenido.entes.map((e) => [e.id, e] as const))('ente %s: organización de gobierno', (id, e) => {
    const ld = jsonLd(`/entes/${id}/`);
    expect(ld['@type']).toBe('GovernmentOrganization');
    expect(ld.name).toBe(e.datos.nombre);
    const ics = leerPagina(`/entes/${id}/`).querySelector('link[rel="alternate"][type="text/calendar"]')!.getAttribute('href')!;
    expect(existeEnSitio(ics)).toBe(true);
  });

  it.each(contenido.programas.map((p) => [p.id, p] as const))('programa %s: servicio de gobierno', (id, p) => {
    const ld = jsonLd(`/programas/${id}/`);
    expect(ld['@type']).toBe('GovernmentService');
    expect(ld.name).toContain(p.datos.nombre);
  });

  it('/datos/: conjunto de datos con sus descargas y su licencia', () => {
    const ld = jsonLd('/datos/');
    expect(ld['@type']).toBe('Dataset');
    expect(ld.license).toBe('https://datos.gob.mx/libreusomx');
    for (const d of ld.distribution) expect(existeEnSitio(new URL(d.contentUrl).pathname)).toBe(true);
  });
});
