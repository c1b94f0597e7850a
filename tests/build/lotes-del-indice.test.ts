import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indexarSitio } from '../../src/cli/indice-pagefind-fs.ts';
import { escribirParte, indexarLotesDeParte, leerPaginas } from '../../src/cli/lotes-del-indice-fs.ts';
import { archivoPreparado, carpetaDePreparadas, guardarPreparada, huellaDePagina } from '../../src/cli/paginas-preparadas-fs.ts';
import { indiceCanonico, valoresDelSitio } from './indice-canonico.ts';
import { DIST } from './sitio.ts';

// The index built in batches (src/cli/lotes-del-indice-fs.ts): the same as Pagefind's, and reused after an edit.
const temporales: string[] = [];
afterAll(() => temporales.forEach((t) => rmSync(t, { recursive: true, force: true })));
const temporal = () => {
  const t = mkdtempSync(join(tmpdir(), 'lotes-del-indice-'));
  temporales.push(t);
  return t;
};

/** Every file of a folder, by path, with its bytes (gzip undone: the same content may compress apart). */
function archivos(carpeta: string): Map<string, Buffer> {
  const todos = readdirSync(carpeta, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(todos.map((e) => [join(e.parentPath, e.name).slice(carpeta.length + 1), readFileSync(join(e.parentPath, e.name))]));
}

async function paginasDelSitio(sitio: string) {
  const html = readdirSync(sitio, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(sitio, f));
  return (await leerPaginas(html)).filter((p) => p.indexable);
}

describe('el índice en lotes, sobre el sitio de prueba', () => {
  it('de un solo lote, la unión es byte a byte lo que escribió Pagefind', async () => {
    const cache = temporal();
    const salida = join(temporal(), 'pagefind');
    const paginas = await paginasDelSitio(DIST);
    const parte = await indexarLotesDeParte(DIST, paginas, cache, paginas.length);
    expect(parte).toMatchObject({ destinos: [expect.any(String)], indexados: 1, paginas: paginas.length });
    // Without the site's common words, the union is not lightened: what Pagefind would write.
    expect(await escribirParte(parte, salida)).toBeUndefined();
    const pagefind = archivos(parte.destinos[0]!);
    const union = archivos(salida);
    pagefind.delete('lote.json');
    expect([...union.keys()].sort()).toEqual([...pagefind.keys()].sort());
    for (const [ruta, bytes] of pagefind) {
      const pf = /\.pf_(meta|index|filter|fragment)$/.test(ruta);
      expect(pf ? gunzipSync(union.get(ruta)!).equals(gunzipSync(bytes)) : union.get(ruta)!.equals(bytes), ruta).toBe(true);
    }
  });

  it('en lotes de 40 páginas encuentra lo mismo que en uno: palabras, lugares, filtros, órdenes y palabras comunes', async () => {
    const [uno, muchos] = [join(temporal(), 'pagefind'), join(temporal(), 'pagefind')];
    const a = await indexarSitio(DIST, uno, undefined, { porLote: 1_000_000 });
    const b = await indexarSitio(DIST, muchos, undefined, { porLote: 40 });
    expect(a.lotes).toBe(1);
    expect(b.lotes).toBeGreaterThan(20);
    const valores = valoresDelSitio(DIST);
    const [x, y] = [uno, muchos].map((c) => indiceCanonico(c, (u) => valores.get(u)));
    expect(Object.keys(x!.palabras).length).toBeGreaterThan(1000);
    expect(Object.keys(x!.ordenes)).toEqual(['ciclo', 'firma']);
    expect(y).toEqual(x);
  });
});

describe('el índice en lotes, tras editar una página', () => {
  const pagina = (i: number, extra = '') =>
    `<!doctype html><html lang="es-MX"><head><title>x</title></head><body><main><article data-pagefind-body><div hidden><span data-pagefind-sort="firma[data-valor]" data-valor="20${10 + (i % 13)}-01-01"></span></div><h1>Convenio ${i}</h1><p>Agua potable ${i % 5}${extra}.</p></article></main></body></html>`;
  const sitio = temporal();
  for (let i = 0; i < 200; i++) {
    const ruta = join(sitio, 'convenios', `c${String(i).padStart(3, '0')}`, 'index.html');
    mkdirSync(join(ruta, '..'), { recursive: true });
    writeFileSync(ruta, pagina(i));
  }
  const cache = temporal();
  const opciones = { cache, porLote: 25 };

  it('la primera vez indexa cada lote; la segunda, ninguno, y escribe los mismos archivos', async () => {
    const primera = await indexarSitio(sitio, join(temporal(), 'pagefind'), undefined, opciones);
    expect(primera.indexados).toBe(primera.lotes);
    const salida = join(temporal(), 'pagefind');
    const segunda = await indexarSitio(sitio, salida, undefined, opciones);
    expect(segunda).toMatchObject({ lotes: primera.lotes, indexados: 0, paginas: 200 });
    expect(archivos(salida)).toEqual(archivos(primera.carpeta));
  });

  it('indexa de nuevo sólo el lote de la página editada, y el índice es byte a byte el de empezar de cero', async () => {
    writeFileSync(join(sitio, 'convenios', 'c117', 'index.html'), pagina(117, ' y prórroga'));
    const reconstruido = await indexarSitio(sitio, join(temporal(), 'pagefind'), undefined, opciones);
    expect(reconstruido.indexados).toBe(1);
    const copia = temporal();
    cpSync(sitio, copia, { recursive: true });
    const deCero = await indexarSitio(copia, join(temporal(), 'pagefind'), undefined, { porLote: 25 });
    expect(deCero.indexados).toBe(deCero.lotes);
    expect(archivos(reconstruido.carpeta)).toEqual(archivos(deCero.carpeta));
    // The cache keeps this build's batches only, what it learned of each page and what gzip made.
    expect(readdirSync(cache)).toContain('paginas.json');
    expect(readdirSync(cache)).toContain('comprimidos');
    expect(readdirSync(cache)).toHaveLength(reconstruido.lotes + 2);
  });

  it('con otra opción de Pagefind en el entorno (PAGEFIND_…) no reutiliza ningún lote', async () => {
    const indexar = () => indexarSitio(sitio, join(temporal(), 'pagefind'), undefined, opciones);
    await indexar();
    expect((await indexar()).indexados).toBe(0);
    process.env.PAGEFIND_VERBOSE = 'true';
    const r = await indexar().finally(() => delete process.env.PAGEFIND_VERBOSE);
    expect(r.indexados).toBe(r.lotes);
  });
});

describe('el índice en lotes, con páginas que astro build preparó', () => {
  const pagina = (i: number) =>
    `<!doctype html><html lang="es-MX"><head><title>x</title></head><body><main><article data-pagefind-body><h1>Convenio ${i}</h1><p>Drenaje pluvial ${i % 7}.</p></article></main></body></html>`;
  const sitio = temporal();
  for (let i = 0; i < 60; i++) {
    const ruta = join(sitio, 'convenios', `c${String(i).padStart(2, '0')}`, 'index.html');
    mkdirSync(join(ruta, '..'), { recursive: true });
    writeFileSync(ruta, pagina(i));
  }
  /** Every fragment of an index: each page's URL and the text Pagefind kept of it. */
  const fragmentos = (carpeta: string) =>
    readdirSync(join(carpeta, 'fragment')).map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(join(carpeta, 'fragment', f)))
            .subarray(12)
            .toString(),
        ) as { url: string; content: string },
    );

  it('toma cada página preparada por su huella, prepara las demás y escribe el mismo índice que sin ellas', async () => {
    const cache = temporal();
    const preparadas = carpetaDePreparadas(cache);
    mkdirSync(preparadas, { recursive: true });
    for (let i = 0; i < 60; i += 2) expect(guardarPreparada(preparadas, pagina(i))).toBe(true);
    // A page the index does not take is not prepared; one prepared from an earlier version of its page is not taken.
    expect(guardarPreparada(preparadas, '<!doctype html><html><body><h1>Buscar</h1></body></html>')).toBe(false);
    guardarPreparada(preparadas, pagina(1).replace('Drenaje', 'Alcantarillado'));
    // And one prepared by another version of the code.
    mkdirSync(join(preparadas, '..', 'otra-version'));
    writeFileSync(join(preparadas, '..', 'otra-version', `${huellaDePagina(pagina(3))}.html`), pagina(3));
    const con = await indexarSitio(sitio, join(temporal(), 'pagefind'), undefined, { cache, porLote: 25 });
    const sin = await indexarSitio(sitio, join(temporal(), 'pagefind'), undefined, { porLote: 25 });
    expect([con.preparadas, sin.preparadas]).toEqual([30, 0]);
    expect(archivos(con.carpeta)).toEqual(archivos(sin.carpeta));
    expect(fragmentos(con.carpeta).some((f) => f.content.includes('Alcantarillado'))).toBe(false);
    // The pages of the site stay prepared for the next build; the rest go.
    expect(readdirSync(join(preparadas, '..'))).toEqual([basename(preparadas)]);
    const pares = Array.from({ length: 30 }, (_, k) => `${huellaDePagina(pagina(2 * k))}.html`);
    expect(readdirSync(preparadas).sort()).toEqual(pares.sort());
  });

  it('lo que indexa de una página preparada es lo preparado, no la página', async () => {
    const cache = temporal();
    const preparadas = carpetaDePreparadas(cache);
    mkdirSync(preparadas, { recursive: true });
    writeFileSync(archivoPreparado(preparadas, huellaDePagina(pagina(2))), pagina(2).replace('Drenaje', 'Centinela'));
    const r = await indexarSitio(sitio, join(temporal(), 'pagefind'), undefined, { cache, porLote: 25 });
    expect(r.preparadas).toBe(1);
    const conCentinela = fragmentos(r.carpeta).filter((f) => f.content.includes('Centinela'));
    expect(conCentinela.map((f) => f.url)).toEqual(['/convenios/c02/']);
  });
});
