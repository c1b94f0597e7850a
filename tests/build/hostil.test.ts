import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as leerCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import ICAL from 'ical.js';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { esquemaDe, IDS_DE_PAGINA, PREFIJOS_DE_PAGINA } from '../../src/lib/markdown-seguro.ts';
import { construirSitio } from '../ayudas/construir-sitio.ts';
import {
  CARGAS,
  COMPROMISOS_MUCHOS,
  escribirHostiles,
  escribirRechazados,
  IDS,
  PALABRA_LARGA,
  PALABRA_NFC,
  RECHAZADOS,
} from '../fixtures/hostiles.ts';
import { leerPagina, paginas } from './sitio.ts';

// A copy of the real content plus hostile files (tests/fixtures/hostiles.ts), built for real in a temporary
// folder: whatever an office typed must show as text, and nothing that could run may reach the output.
// A failed build is reported by the first test, with its output.
const hostil = construirSitio({ nombre: 'contenido-hostil', curado: true, preparar: escribirHostiles, admitirFallo: true });

function archivos(carpeta: string, extension: RegExp): string[] {
  return readdirSync(carpeta, { recursive: true, encoding: 'utf8' })
    .filter((f) => extension.test(f) && statSync(join(carpeta, f)).isFile())
    .sort();
}

// Attributes a browser would follow or fetch; a javascript:/data:/vbscript: value in any of them can run code.
const ATRIBUTOS_URL = [
  'href',
  'src',
  'action',
  'formaction',
  'srcset',
  'poster',
  'data',
  'xlink:href',
  'ping',
  'background',
  'cite',
  'longdesc',
  'manifest',
];
const ESQUEMAS_PELIGROSOS = new Set(['javascript', 'data', 'vbscript']);
const ELEMENTOS_PROHIBIDOS = 'iframe, frame, frameset, object, embed, applet, base, meta[http-equiv="refresh"], form[action^="http"]';

/** Everything in a document that could run code or load something it should not. */
function ejecutable(doc: HTMLElement): string[] {
  const hallados: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const etiqueta = el.tagName.toLowerCase();
    for (const [nombre, valor] of Object.entries(el.attributes)) {
      if (/^on/i.test(nombre)) hallados.push(`<${etiqueta} ${nombre}>`);
      if (ATRIBUTOS_URL.includes(nombre.toLowerCase()) && valor.split(',').some((v) => ESQUEMAS_PELIGROSOS.has(esquemaDe(v) ?? ''))) {
        hallados.push(`<${etiqueta} ${nombre}="${valor.slice(0, 40)}">`);
      }
    }
    if (etiqueta === 'script') {
      const tipo = el.getAttribute('type') ?? '';
      const datos = tipo === 'application/ld+json' || tipo === 'application/json';
      // The site's own bundles: external modules from /_astro/, no inline code.
      const propio = tipo === 'module' && /^\/_astro\/[\w.-]+\.js$/.test(el.getAttribute('src') ?? '') && el.rawText.trim() === '';
      if (!datos && !propio) hallados.push(`<script type="${tipo}" src="${el.getAttribute('src') ?? ''}">${el.rawText.slice(0, 40)}`);
    }
  }
  for (const el of doc.querySelectorAll(ELEMENTOS_PROHIBIDOS)) hallados.push(`<${el.tagName.toLowerCase()}>`);
  return hallados;
}

it('el detector ve lo ejecutable (control de la prueba)', () => {
  const doc = parse(
    '<p><img src=x onerror=a><a href=" JaVa\tScript:x">x</a><script>1</script><iframe></iframe><script type="module" src="/_astro/a.js"></script></p>',
  );
  expect(ejecutable(doc)).toHaveLength(4);
});

describe('contenido hostil que se publica', () => {
  it('la construcción termina', () => {
    expect(hostil.estado, hostil.salida.slice(-3000)).toBe(0);
  });

  it('ninguna página lleva nada ejecutable: sólo los guiones del sitio, ningún on*, ningún javascript:/data:, ningún iframe/object/base', () => {
    const todas = paginas(hostil.dist);
    expect(todas.length).toBeGreaterThan(30);
    const hallados = todas.flatMap((ruta) => ejecutable(leerPagina(ruta, hostil.dist)).map((h) => `${ruta}: ${h}`));
    expect(hallados).toEqual([]);
  });

  it('cada carga se ve como texto en la página del convenio: título, campos, hallazgos, compromisos y texto completo', () => {
    const pagina = leerPagina(`/convenios/${IDS.convenio}/`, hostil.dist);
    const texto = pagina.querySelector('main')!.textContent;
    for (const carga of CARGAS) expect(texto.split(carga).length - 1, carga).toBeGreaterThanOrEqual(2);
    expect(pagina.querySelector('h1')!.textContent).toContain(CARGAS[0]);
    expect(pagina.querySelector('.texto-convenio')!.textContent).toContain('<div onclick="window.__hostil = 9"');
    expect(pagina.querySelector('.texto-convenio')!.textContent).toContain('<!-- comentario que no debe desaparecer -->');
  });

  it.each([
    [`/entes/${IDS.ente}/`, `Ente ${CARGAS[0]}`],
    [`/entes/${IDS.ente}/widget/`, `<b>EH</b>"'`],
    [`/programas/${IDS.programa}/`, `Programa ${CARGAS[0]}`],
    [`/gobiernos/${IDS.gobierno}/`, `Gobierno ${CARGAS[0]}`],
  ])('%s muestra su nombre hostil como texto en el h1', (ruta, nombre) => {
    expect(leerPagina(ruta, hostil.dist).querySelector('h1')!.textContent).toContain(nombre);
  });

  it('cada página tiene un solo h1 e ids únicos; los títulos del texto no repiten ids de la página', () => {
    for (const ruta of paginas(hostil.dist)) {
      const p = leerPagina(ruta, hostil.dist);
      expect(p.querySelectorAll('h1'), ruta).toHaveLength(1);
      const ids = p.querySelectorAll('[id]').map((e) => e.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        ruta,
      ).toEqual([]);
    }
    const cuerpo = leerPagina(`/convenios/${IDS.convenio}/`, hostil.dist).querySelector('.texto-convenio')!;
    expect(cuerpo.querySelectorAll('h2, h3').map((h) => h.id)).toEqual(
      expect.arrayContaining(['texto-compromisos', 'texto-compromiso-1', 'texto-partes', 'texto-texto']),
    );
  });

  it('la lista de ids propios de la página del convenio (IDS_DE_PAGINA) está completa', () => {
    for (const ruta of paginas(hostil.dist).filter((r) => /^\/convenios\/(?!pagina\/)[^/]+\/$/.test(r))) {
      const p = leerPagina(ruta, hostil.dist);
      const delCuerpo = new Set(p.querySelectorAll('.texto-convenio [id]').map((e) => e.id));
      const propios = p
        .querySelectorAll('[id]')
        .map((e) => e.id)
        .filter((id) => !delCuerpo.has(id) || id === 'texto');
      expect(
        propios.filter((id) => !IDS_DE_PAGINA.includes(id) && !PREFIJOS_DE_PAGINA.some((x) => id.startsWith(x))),
        ruta,
      ).toEqual([]);
    }
  });

  it('el HTML de las páginas hostiles es válido', async () => {
    const validador = new HtmlValidate(
      new StaticConfigLoader({
        extends: ['html-validate:standard'],
        rules: { 'no-dup-id': 'error', 'valid-id': ['error', { relaxed: true }] },
      }),
    );
    for (const ruta of paginas(hostil.dist).filter((r) => r.includes('hostil'))) {
      const archivo = join(hostil.dist, ruta, 'index.html');
      const informe = await validador.validateString(readFileSync(archivo, 'utf8'), archivo);
      expect(
        informe.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
        ruta,
      ).toEqual([]);
    }
  });

  it('todo enlace a otro sitio lleva rel="noopener noreferrer", en el texto y en los componentes', () => {
    const sinRel: string[] = [];
    let externos = 0;
    for (const ruta of paginas(hostil.dist)) {
      for (const a of leerPagina(ruta, hostil.dist).querySelectorAll('a[href]')) {
        if (!/^(https?:)?\/\//i.test(a.getAttribute('href')!)) continue;
        externos++;
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) sinRel.push(`${ruta}: ${a.getAttribute('href')}`);
      }
    }
    expect(externos).toBeGreaterThan(10);
    expect(sinRel).toEqual([]);
  });

  it('los acentos descompuestos (NFD) llegan compuestos (NFC) a páginas, datos, canales y calendarios', () => {
    const combinantes = /[\u0300-\u036f]/;
    const conNfd = archivos(hostil.dist, /\.(html|json|csv|xml|ics|svg)$/).filter(
      (f) => !f.startsWith('pagefind') && combinantes.test(readFileSync(join(hostil.dist, f), 'utf8')),
    );
    expect(conNfd).toEqual([]);
    expect(leerPagina(`/convenios/${IDS.convenio}/`, hostil.dist).textContent).toContain(PALABRA_NFC);
  });

  it(`un convenio con ${COMPROMISOS_MUCHOS} compromisos se publica completo`, () => {
    const p = leerPagina(`/convenios/${IDS.muchos}/`, hostil.dist);
    expect(p.querySelectorAll('li.compromiso')).toHaveLength(COMPROMISOS_MUCHOS);
    const json = JSON.parse(readFileSync(join(hostil.dist, 'convenios', `${IDS.muchos}.json`), 'utf8')) as { compromisos: unknown[] };
    expect(json.compromisos).toHaveLength(COMPROMISOS_MUCHOS);
  });

  it('las descargas siguen bien formadas y guardan el texto tal cual', () => {
    const leer = (f: string) => readFileSync(join(hostil.dist, f), 'utf8');
    for (const f of archivos(hostil.dist, /\.(xml|svg)$/)) expect(XMLValidator.validate(leer(f)), f).toBe(true);
    for (const f of archivos(hostil.dist, /\.svg$/)) expect(ejecutable(parse(leer(f))), f).toEqual([]);
    for (const f of archivos(hostil.dist, /\.ics$/)) expect(() => ICAL.parse(leer(f)), f).not.toThrow();
    for (const f of archivos(hostil.dist, /\.json$/).filter((x) => !x.startsWith('pagefind')))
      expect(() => JSON.parse(leer(f)), f).not.toThrow();
    const convenios = leerCsv(leer('datos/convenios.csv'), { bom: true, columns: true }) as Record<string, string>[];
    const fila = convenios.find((c) => Object.values(c).includes(IDS.convenio));
    expect(Object.values(fila!)).toContain(`Convenio ${CARGAS[0]} ${CARGAS[1]} ${PALABRA_NFC}`);
    expect(leer('convenios.xml')).toContain('&lt;script&gt;window.__hostil = 1&lt;/script&gt;');
    expect(leer(`convenios/${IDS.convenio}.json`)).toContain(PALABRA_LARGA);
  });
});

describe('contenido que se rechaza', () => {
  const rechazo = construirSitio({ nombre: 'contenido-rechazado', curado: true, preparar: escribirRechazados, admitirFallo: true });

  it('la construcción se detiene', () => {
    expect(rechazo.estado).not.toBe(0);
    expect(rechazo.salida).toContain(`Hay ${RECHAZADOS.length} problemas en el contenido`);
  });

  it.each(RECHAZADOS.map((r) => [r.caso, r] as const))('%s: mensaje en español con archivo, línea y campo', (_caso, r) => {
    expect(rechazo.salida).toMatch(r.mensaje);
  });
});
