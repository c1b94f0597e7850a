import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { DIST, existeEnSitio, leerPagina, paginas } from './sitio.ts';

// Every reference the built site makes to itself resolves: in pages (links, assets, srcset, frames, forms, CSS
// url(), fragments) and in the data files and feeds (absolute URLs on the site's own domain, Data Package paths).
const todas = paginas();
const ORIGEN = new URL(leerPagina('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;

const REFERENCIAS: [selector: string, atributo: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['area[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['iframe[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['video[poster]', 'poster'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['button[formaction]', 'formaction'],
  ['img[srcset]', 'srcset'],
  ['source[srcset]', 'srcset'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

/** Site paths out of an attribute value: srcset lists several, absolute URLs on the site's origin count too. */
function rutasDe(valor: string, atributo: string): string[] {
  const partes = atributo === 'srcset' ? valor.split(',').map((c) => c.trim().split(/\s+/)[0]!) : [valor.trim()];
  return partes.flatMap((p) => {
    if (p.startsWith(`${ORIGEN}/`)) return [p.slice(ORIGEN.length)];
    return p.startsWith('/') && !p.startsWith('//') ? [p] : [];
  });
}

const urlsCss = (css: string) =>
  [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!).filter((u) => !u.startsWith('data:') && !u.startsWith('#'));

function idsDe(ruta: string): Set<string> {
  const p: HTMLElement = leerPagina(ruta);
  return new Set([...p.querySelectorAll('[id]').map((e) => e.id), ...p.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!)]);
}
const ids = new Map<string, Set<string>>();
const idsCache = (ruta: string) => ids.get(ruta) ?? ids.set(ruta, idsDe(ruta)).get(ruta)!;

describe('cada referencia de cada página existe', () => {
  it.each(todas)('%s', (ruta) => {
    const p = leerPagina(ruta);
    const rotas: string[] = [];
    for (const [selector, atributo] of REFERENCIAS) {
      for (const el of p.querySelectorAll(selector)) {
        const valor = el.getAttribute(atributo)!;
        // A fragment alone points into this same page.
        if (valor.startsWith('#') && valor.length > 1 && !idsCache(ruta).has(decodeURIComponent(valor.slice(1))))
          rotas.push(`${atributo}=${valor}`);
        for (const destino of rutasDe(valor, atributo)) {
          if (!existeEnSitio(destino)) rotas.push(`${atributo}=${valor}`);
          const [camino, fragmento] = destino.split('#');
          if (
            fragmento &&
            camino!.endsWith('/') &&
            existeEnSitio(camino!) &&
            !idsCache(camino!.split('?')[0]!).has(decodeURIComponent(fragmento))
          ) {
            rotas.push(`${atributo}=${valor} (sin #${fragmento})`);
          }
        }
      }
    }
    const estilos = [
      ...p.querySelectorAll('style').map((s) => s.rawText),
      ...p.querySelectorAll('[style]').map((e) => e.getAttribute('style')!),
    ];
    for (const u of estilos.flatMap(urlsCss)) if (u.startsWith('/') && !existeEnSitio(u)) rotas.push(`url(${u})`);
    expect(rotas).toEqual([]);
  });
});

function archivos(extension: RegExp): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => extension.test(f) && !f.startsWith('pagefind') && statSync(join(DIST, f)).isFile())
    .sort();
}

describe('las hojas de estilo sólo piden archivos que existen', () => {
  it.each(archivos(/\.css$/))('%s', (archivo) => {
    const rotas = urlsCss(readFileSync(join(DIST, archivo), 'utf8')).filter((u) => {
      const ruta = u.startsWith('/') ? u : `/${join(archivo, '..', u)}`;
      return !existeEnSitio(ruta);
    });
    expect(rotas).toEqual([]);
  });
});

describe('los datos y canales enlazan a direcciones del sitio que existen', () => {
  const ESCAPADO = ORIGEN.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  it.each(archivos(/\.(xml|json|csv|ics|svg|txt|webmanifest)$/))('%s', (archivo) => {
    // iCalendar folds long lines at 75 octets: unfold before reading URLs.
    const texto = readFileSync(join(DIST, archivo), 'utf8').replace(/\r?\n[ \t]/g, '');
    const urls = [...texto.matchAll(new RegExp(`${ESCAPADO}(/[^\\s"'<>\\\\|,)\\]]*)?`, 'g'))].map((m) => m[1] ?? '/');
    const rotas = urls.map((u) => u.replace(/&amp;/g, '&')).filter((u) => !existeEnSitio(u));
    expect(rotas).toEqual([]);
    // The feeds and the site map are made of such URLs: finding none would mean the pattern is wrong. An ente's
    // calendar has every event; the whole-site one only what falls due near the cut-off, maybe nothing.
    if (/^(convenios\.xml|sitemap-0\.xml|entes\/issemym\/vencimientos\.ics)$/.test(archivo)) expect(urls.length).toBeGreaterThan(1);
  });

  it('cada recurso del Data Package existe junto a él', () => {
    const paquete = JSON.parse(readFileSync(join(DIST, 'datos', 'datapackage.json'), 'utf8')) as { resources: { path: string }[] };
    expect(paquete.resources.length).toBeGreaterThan(0);
    for (const r of paquete.resources) expect(existeEnSitio(`/datos/${r.path}`), r.path).toBe(true);
  });
});

describe('los enlaces a otros sitios', () => {
  it('llevan rel="noopener noreferrer" en todas las páginas', () => {
    const sinRel = todas.flatMap((ruta) =>
      leerPagina(ruta)
        .querySelectorAll('a[href]')
        .filter((a) => /^(https?:)?\/\//i.test(a.getAttribute('href')!) && !a.getAttribute('href')!.startsWith(`${ORIGEN}/`))
        .filter((a) => !['noopener', 'noreferrer'].every((r) => (a.getAttribute('rel') ?? '').split(/\s+/).includes(r)))
        .map((a) => `${ruta}: ${a.getAttribute('href')}`),
    );
    expect(sinRel).toEqual([]);
  });
});
