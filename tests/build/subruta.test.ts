import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existeEnSitio, paginas } from './sitio.ts';

// Builds the real content as a public body would host it, under a sub-path of its own domain, and checks
// that every internal address (pages, assets, search, feeds, data, embeds) carries the sub-path and resolves.
const ASTRO = realpathSync('node_modules/.bin/astro');
const BASE = '/convenios-abiertos/';
const SITIO = 'https://transparencia.ejemplo.gob.mx';
const carpeta = mkdtempSync(join(tmpdir(), 'subruta-'));
const DIST = join(carpeta, 'dist');
let salida = '';

beforeAll(() => {
  // Vitest exports import.meta.env (BASE_URL="/", MODE…) to process.env, and Astro inlines process.env into
  // import.meta.env at build time: left in, BASE_URL="/" would silently override BASE_PATH.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...entorno } = process.env;
  const r = spawnSync(process.execPath, [ASTRO, 'build'], {
    env: { ...entorno, BASE_PATH: BASE, SITIO_URL: SITIO, SALIDA_DIR: DIST },
    encoding: 'utf8',
  });
  salida = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`La construcción con BASE_PATH=${BASE} falló:\n${salida.slice(-3000)}`);
});
afterAll(() => rmSync(carpeta, { recursive: true, force: true }));

/** A site address (with the base) → whether the build has it. */
function resuelve(ruta: string): boolean {
  if (!ruta.startsWith(BASE)) return false;
  return existeEnSitio(`/${ruta.slice(BASE.length)}`, DIST);
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
  recorrer(DIST);
  return salida;
}

const ATRIBUTOS = ['href', 'src', 'action', 'poster'];
const externo = (v: string) => /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(v);

describe(`construcción bajo ${BASE}`, () => {
  it('publica las páginas, los datos, los canales y los incrustables', () => {
    const todas = paginas(DIST);
    for (const ruta of ['/', '/convenios/', '/datos/', '/metodologia/', '/entes/issemym/', '/entes/issemym/widget/']) expect(todas).toContain(ruta);
    for (const archivo of ['/convenios.xml', '/datos/compromisos.csv', '/datos/datapackage.json', '/datos/vencimientos.ics', '/entes/issemym/insignia.svg']) {
      expect(existeEnSitio(archivo, DIST), archivo).toBe(true);
    }
  });

  it('cada enlace, recurso y formulario de cada página lleva la subruta y existe', () => {
    const rotos: string[] = [];
    for (const pagina of paginas(DIST)) {
      const html = parse(readFileSync(join(DIST, pagina.endsWith('/') ? `${pagina}index.html` : pagina), 'utf8'));
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
    for (const archivo of archivosDeTexto().filter((a) => relative(DIST, a) !== '404.html')) {
      // iCalendar folds long lines: unfold before reading addresses.
      const texto = readFileSync(archivo, 'utf8').replace(/\r?\n[ \t]/g, '');
      for (const m of texto.matchAll(patron)) {
        vistas++;
        const ruta = decodeURI(m[1]!.split('#')[0]!.split('?')[0]!);
        if (!resuelve(ruta)) rotas.add(`${relative(DIST, archivo)}: ${m[0]}`);
      }
    }
    expect(vistas).toBeGreaterThan(100);
    expect([...rotas]).toEqual([]);
  });

  it('las hojas de estilo no piden recursos fuera de la subruta', () => {
    const fuera: string[] = [];
    for (const archivo of archivosDeTexto().filter((a) => a.endsWith('.css'))) {
      for (const m of readFileSync(archivo, 'utf8').matchAll(/url\((['"]?)(\/[^'")]*)\1\)/g)) {
        if (!resuelve(m[2]!)) fuera.push(`${relative(DIST, archivo)}: ${m[2]}`);
      }
    }
    expect(fuera).toEqual([]);
  });

  it('los fragmentos para insertar apuntan a la subruta', () => {
    const html = readFileSync(join(DIST, 'entes/issemym/index.html'), 'utf8');
    expect(html).toContain(`${SITIO}${BASE}entes/issemym/insignia.svg`);
    expect(html).toContain(`${SITIO}${BASE}entes/issemym/widget/`);
  });
});
