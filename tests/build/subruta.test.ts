import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { construirSitio } from '../ayudas/construir-sitio.ts';
import { existeEnSitio, paginas } from './sitio.ts';

// Builds the real content as a public body would host it, under a sub-path of its own domain, and checks
// that every internal address (pages, assets, search, feeds, data, embeds) carries the sub-path and resolves.
const BASE = '/convenios-abiertos/';
const SITIO = 'https://transparencia.ejemplo.gob.mx';
// The suite's content as it is (no copy), built into a folder of its own.
const sitio = construirSitio({ nombre: 'subruta', copiar: false, entorno: { BASE_PATH: BASE, SITIO_URL: SITIO } });

/** A site address (with the base) → whether the build has it. */
function resuelve(ruta: string): boolean {
  if (!ruta.startsWith(BASE)) return false;
  return existeEnSitio(`/${ruta.slice(BASE.length)}`, sitio.dist);
}

function archivosDeTexto(): string[] {
  const salida: string[] = [];
  const recorrer = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const ruta = join(dir, e.name);
      if (e.isDirectory()) recorrer(ruta);
      else if (/\.(html|xml|json|csv|ics|svg|css|js|txt)$/.test(e.name)) salida.push(ruta);
    }
  };
  recorrer(sitio.dist);
  return salida;
}

const ATRIBUTOS = ['href', 'src', 'action', 'poster'];
const externo = (v: string) => /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(v);

describe(`construcción bajo ${BASE}`, () => {
  it('publica las páginas, los datos, los canales y los incrustables', () => {
    const todas = paginas(sitio.dist);
    for (const ruta of ['/', '/convenios/', '/datos/', '/metodologia/', '/entes/issemym/', '/entes/issemym/widget/'])
      expect(todas).toContain(ruta);
    for (const archivo of [
      '/convenios.xml',
      '/datos/compromisos.csv',
      '/datos/datapackage.json',
      '/datos/vencimientos.ics',
      '/entes/issemym/insignia.svg',
    ]) {
      expect(existeEnSitio(archivo, sitio.dist), archivo).toBe(true);
    }
  });

  it('cada enlace, recurso y formulario de cada página lleva la subruta y existe', () => {
    const rotos: string[] = [];
    for (const pagina of paginas(sitio.dist)) {
      const html = parse(readFileSync(join(sitio.dist, pagina.endsWith('/') ? `${pagina}index.html` : pagina), 'utf8'));
      const direccion = new URL(`${BASE}${pagina.slice(1)}`, SITIO);
      for (const el of html.querySelectorAll('*')) {
        for (const [nombre, valor] of Object.entries(el.attributes)) {
          const esRuta = ATRIBUTOS.includes(nombre) || (nombre.startsWith('data-') && /^\/[^\s]*$/.test(valor));
          if (!esRuta || valor === '' || externo(valor)) continue;
          // Relative and root-relative alike: resolved as the browser would, from the page's own address.
          const destino = new URL(valor, direccion);
          if (!resuelve(destino.pathname)) rotos.push(`${pagina}: <${el.rawTagName} ${nombre}="${valor}">`);
        }
      }
    }
    expect(rotos).toEqual([]);
  });

  it('cada dirección absoluta del sitio en páginas, datos, canales, hojas de estilo y scripts lleva la subruta y existe', () => {
    const rotas = new Set<string>();
    let vistas = 0;
    const patron = new RegExp(`${SITIO.replace(/[.]/g, '\\.')}(/[^\\s"'<>&,|)\\\\]*)`, 'g');
    // The 404 page is served at any missing address; its own canonical (/404/) is not a page to link to.
    for (const archivo of archivosDeTexto().filter((a) => relative(sitio.dist, a) !== '404.html')) {
      // iCalendar folds long lines: unfold before reading addresses.
      const texto = readFileSync(archivo, 'utf8').replace(/\r?\n[ \t]/g, '');
      for (const m of texto.matchAll(patron)) {
        vistas++;
        const ruta = decodeURI(m[1]!.split('#')[0]!.split('?')[0]!);
        if (!resuelve(ruta)) rotas.add(`${relative(sitio.dist, archivo)}: ${m[0]}`);
      }
    }
    expect(vistas).toBeGreaterThan(100);
    expect([...rotas]).toEqual([]);
  });

  it('las hojas de estilo no piden recursos fuera de la subruta', () => {
    const fuera: string[] = [];
    for (const archivo of archivosDeTexto().filter((a) => a.endsWith('.css'))) {
      for (const m of readFileSync(archivo, 'utf8').matchAll(/url\((['"]?)(\/[^'")]*)\1\)/g)) {
        if (!resuelve(m[2]!)) fuera.push(`${relative(sitio.dist, archivo)}: ${m[2]}`);
      }
    }
    expect(fuera).toEqual([]);
  });

  it('los fragmentos para insertar apuntan a la subruta', () => {
    const html = readFileSync(join(sitio.dist, 'entes/issemym/index.html'), 'utf8');
    expect(html).toContain(`${SITIO}${BASE}entes/issemym/insignia.svg`);
    expect(html).toContain(`${SITIO}${BASE}entes/issemym/widget/`);
  });
});
