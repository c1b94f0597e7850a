import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { IDIOMA_DEL_INDICE, indexarSitio, trozosDeLaParte } from '../../src/cli/indice-pagefind-fs.ts';
import { indexar } from '../../src/cli/orden-indexar.ts';
import { espaciarBloques, esIndexable, ocultarVaciasEnHtml, paraElIndice, soloLoIndexado } from '../../src/lib/indice-busqueda.ts';
import { archivosDe, DIST, leerPagina, paginas } from './sitio.ts';
import { PESO_DE_TROZO_CARO, type DescripcionDelIndice } from '../../src/lib/partes-del-indice.ts';

// The indexing step on its own, over tiny hand-made sites: what makes it fail, and what it writes.
const temporales: string[] = [];
afterAll(() => temporales.forEach((t) => rmSync(t, { recursive: true, force: true })));

function sitio(paginas: Record<string, string>): string {
  const carpeta = mkdtempSync(join(tmpdir(), 'indice-busqueda-'));
  temporales.push(carpeta);
  for (const [ruta, html] of Object.entries(paginas)) {
    mkdirSync(join(carpeta, ruta, '..'), { recursive: true });
    writeFileSync(join(carpeta, ruta), html);
  }
  return carpeta;
}

const pagina = (cuerpo: string) =>
  `<!doctype html><html lang="es-MX"><head><title>x</title></head><body><main>${cuerpo}</main></body></html>`;

/** Indexes a site and a copy of it, expects the same files byte for byte, and gives the first site and its result. */
async function indexarDosVeces(paginas: Record<string, string>, maximo?: number) {
  const a = sitio(paginas);
  const b = mkdtempSync(join(tmpdir(), 'indice-busqueda-'));
  temporales.push(b);
  cpSync(a, b, { recursive: true });
  const r = await indexarSitio(a, undefined, maximo);
  await indexarSitio(b, undefined, maximo);
  const lista = (c: string) => readdirSync(join(c, 'pagefind'), { recursive: true }).map(String).sort();
  expect(lista(b)).toEqual(lista(a));
  for (const f of lista(a).filter((f) => f.includes('.')))
    expect(readFileSync(join(b, 'pagefind', f)).equals(readFileSync(join(a, 'pagefind', f))), f).toBe(true);
  return { a, r, archivos: lista(a) };
}

describe('indexarSitio', () => {
  it('de las palabras más comunes guarda un lugar por página, el de más peso; de las demás, todos', async () => {
    // 100 pages with «evaluación» 600 times each: 60,100 in Pagefind's unit, past UMBRAL_SIN_POSICIONES.
    const paginas = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => [
        `convenios/c${i}/index.html`,
        pagina(
          `<article data-pagefind-body><h1>${i % 2 ? 'Evaluación' : 'Informe'} ${i}</h1><p>agua y agua. ${'evaluación '.repeat(600)}</p></article>`,
        ),
      ]),
    );
    const carpeta = sitio(paginas);
    await indexarSitio(carpeta);
    const indice = join(carpeta, 'pagefind');
    const palabras = new Map<string, [number, number[], ...unknown[]][][]>();
    for (const t of await trozosDeLaParte(indice)) {
      const trozo = decode(gunzipSync(readFileSync(join(indice, 'index', `${t.archivo}.pf_index`))).subarray('pagefind_dcd'.length)) as [
        [string, [number, number[]][], [string, [number, number[]][]][]?][],
      ];
      // The word's own places and those of each of its spellings with diacritics.
      for (const [w, ps, variantes = []] of trozo[0]) palabras.set(w, [ps, ...variantes.map(([, v]) => v)]);
    }
    const lugares = (w: string) =>
      palabras
        .get(w)!
        .flat()
        .map(([, l]) => l.filter((x) => x >= 0).length);
    const paginasCon = (w: string) => palabras.get(w)!.flat().length;
    expect(paginasCon('evalu')).toBeGreaterThanOrEqual(100);
    expect(Math.max(...lugares('evalu'))).toBe(1);
    // The place kept on a page whose title has it is the title's (position 0), which weighs more than the text.
    const enElTitulo = palabras
      .get('evalu')!
      .flat()
      .filter(([, l]) => l.find((x) => x >= 0) === 0);
    expect(enElTitulo).toHaveLength(50);
    expect(Math.max(...lugares('agu'))).toBe(2);
  });

  it('si cambia el texto de una página, cambian los nombres de todos los fragmentos (ninguna caché sirve uno viejo)', async () => {
    const fragmentos = async (texto: string) => {
      const carpeta = sitio({
        'convenios/a/index.html': pagina(`<article data-pagefind-body><h1>A</h1><p>${texto}</p></article>`),
        'convenios/b/index.html': pagina('<article data-pagefind-body><h1>B</h1><p>igual</p></article>'),
      });
      await indexarSitio(carpeta);
      return readdirSync(join(carpeta, 'pagefind', 'fragment')).sort();
    };
    const antes = await fragmentos('alcantarillado');
    expect(antes).toHaveLength(2);
    expect(await fragmentos('alcantarillado')).toEqual(antes);
    const despues = await fragmentos('drenaje');
    expect(despues).toHaveLength(2);
    expect(despues.filter((f) => antes.includes(f))).toEqual([]);
  });

  it('falla si ninguna página marca su contenido: la búsqueda quedaría vacía', async () => {
    const carpeta = sitio({ 'index.html': pagina('<h1>Inicio</h1>'), 'convenios/a/index.html': pagina('<article><h1>A</h1></article>') });
    await expect(indexarSitio(carpeta)).rejects.toThrow(/Índice de búsqueda: ninguna de las 2 páginas HTML .* data-pagefind-body/);
  });

  it('falla si no hay páginas', async () => {
    await expect(indexarSitio(sitio({}))).rejects.toThrow(/ninguna de las 0 páginas/);
  });

  it('como último paso de npm run build, un índice vacío sale con 1 y una frase en español, sin traza', async () => {
    const r = await indexar({ SALIDA_DIR: sitio({ 'index.html': pagina('<h1>Inicio</h1>') }) });
    expect(r.codigo).toBe(1);
    expect(r.lineas.join('\n')).toMatch(/^Construyendo el índice de búsqueda…\nÍndice de búsqueda: ninguna de las 1 páginas HTML/);
    expect(r.lineas.join('\n')).not.toMatch(/^\s+at /m);
  });

  it('si la carpeta del índice no se puede vaciar, lo dice con la carpeta y su causa', async () => {
    const carpeta = sitio({ 'convenios/a/index.html': pagina('<article data-pagefind-body><h1>Convenio A</h1></article>') });
    const ocupada = join(carpeta, 'no-es-carpeta');
    writeFileSync(ocupada, 'un archivo donde iría el índice');
    await expect(indexarSitio(carpeta, join(ocupada, 'pagefind'))).rejects.toThrow(
      /^Índice de búsqueda: no se pudo vaciar .*no-es-carpeta\/pagefind para el índice nuevo \(ENOTDIR\)$/,
    );
  });

  it('si Pagefind falla, dice su código y su causa, sin traza, y no deja carpeta temporal', async () => {
    const carpeta = sitio({ 'convenios/a/index.html': pagina('<article data-pagefind-body><h1>Convenio A</h1></article>') });
    // A temporary folder of its own: another build on the machine may be indexing in the shared one.
    const temporal = mkdtempSync(join(tmpdir(), 'indice-busqueda-tmp-'));
    temporales.push(temporal);
    const tmpAntes = process.env.TMPDIR;
    process.env.TMPDIR = temporal;
    // Pagefind reads its options from the environment too; a selector it cannot parse stops it.
    process.env.PAGEFIND_ROOT_SELECTOR = '[[[';
    const error = await indexarSitio(carpeta)
      .catch((e: unknown) => e)
      .finally(() => {
        delete process.env.PAGEFIND_ROOT_SELECTOR;
        if (tmpAntes === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = tmpAntes;
      });
    expect(error).toBeInstanceOf(Error);
    const mensaje = (error as Error).message;
    expect(mensaje).toMatch(
      /^Índice de búsqueda: Pagefind no pudo indexar la página convenios\/a\/index\.html de .* \(código \d+\): .*MissingAttributeName/,
    );
    expect(mensaje).not.toMatch(/backtrace/);
    expect(readdirSync(temporal)).toEqual([]);
  });

  it('indexa sólo las páginas marcadas, en español, con las palabras de una ficha separadas', async () => {
    const carpeta = sitio({
      'index.html': pagina('<h1>Inicio</h1>'),
      'convenios/a/index.html': pagina(
        '<article data-pagefind-body><h1>Convenio A</h1><dl><dt>Gobierno</dt><dd>Municipio de Cuautitlán Izcalli</dd></dl></article>',
      ),
    });
    const r = await indexarSitio(carpeta);
    expect(r.paginas).toBe(1);
    expect(r.archivos).toBeGreaterThan(5);
    expect(r.bytes).toBeGreaterThan(0);
    const entrada = JSON.parse(readFileSync(join(carpeta, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entrada.languages).toEqual({ es: expect.objectContaining({ page_count: 1 }) });
    const fragmentos = readdirSync(join(carpeta, 'pagefind', 'fragment')).map((f) =>
      gunzipSync(readFileSync(join(carpeta, 'pagefind', 'fragment', f))).toString('utf8'),
    );
    expect(fragmentos).toHaveLength(1);
    expect(fragmentos[0]).toContain('"url":"/convenios/a/"');
    expect(fragmentos[0]).toMatch(/Gobierno\W+Municipio/);
    expect(fragmentos[0]).not.toContain('GobiernoMunicipio');
  });

  it('dos veces sobre el mismo sitio escribe los mismos archivos, byte a byte', async () => {
    const paginas = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [
        `convenios/c${String(i).padStart(3, '0')}/index.html`,
        pagina(
          `<article data-pagefind-body><div hidden><span data-pagefind-filter="pae[data-valor]" data-valor="${2018 + (i % 5)}"></span></div><h1>Convenio ${i}</h1><p>Texto ${i % 7} del convenio.</p></article>`,
        ),
      ]),
    );
    const { archivos } = await indexarDosVeces(paginas);
    expect(archivos.filter((f) => f.endsWith('.pf_filter'))).toHaveLength(1);
  });

  it('sobre el índice de una construcción anterior no deja nada de él: ni sus partes ni sus trozos', async () => {
    const convenio = (i: number, texto: string) =>
      pagina(`<article data-pagefind-body><h1>Convenio ${i}</h1><p>${texto} ${i}.</p></article>`);
    const antes = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`convenios/c${i}/index.html`, convenio(i, 'Texto anterior')]));
    const ahora = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`convenios/c${i}/index.html`, convenio(i, 'Otro texto')]));
    const reusado = sitio(antes);
    await indexarSitio(reusado, undefined, 10);
    expect(existsSync(join(reusado, 'pagefind', 'parte-3'))).toBe(true);
    for (const [ruta, html] of Object.entries(ahora)) writeFileSync(join(reusado, ruta), html);
    await indexarSitio(reusado);
    const nuevo = sitio(ahora);
    await indexarSitio(nuevo);
    const lista = (c: string) => readdirSync(join(c, 'pagefind'), { recursive: true }).map(String).sort();
    expect(lista(reusado)).toEqual(lista(nuevo));
  });

  it('pasado el máximo, escribe partes de tramos de fechas seguidos, byte a byte iguales al repetir', async () => {
    // Firma dates in an order unlike the paths', so a part by path would mix years.
    const fecha = (i: number) => `${2015 + ((i * 7) % 10)}-0${1 + (i % 9)}-15`;
    const paginas = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [
        `convenios/c${String(i).padStart(3, '0')}/index.html`,
        pagina(
          `<article data-pagefind-body><div hidden><span data-pagefind-sort="firma[data-valor]" data-valor="${fecha(i)}"></span></div><h1>Convenio ${i}</h1><p>Texto ${i % 7} del convenio.</p></article>`,
        ),
      ]),
    );
    const { a, r } = await indexarDosVeces(paginas, 60);
    expect(r).toMatchObject({ paginas: 150, partes: 3 });
    expect(JSON.parse(readFileSync(join(a, 'pagefind', 'indice.json'), 'utf8'))).toMatchObject({ partes: 3 });

    const fechasDe = (parte: string) =>
      readdirSync(join(a, 'pagefind', parte, 'fragment')).map((f) => {
        const url = /"url":"\/convenios\/c(\d+)\/"/.exec(
          gunzipSync(readFileSync(join(a, 'pagefind', parte, 'fragment', f))).toString('utf8'),
        )!;
        return fecha(Number(url[1]));
      });
    const partes = ['', 'parte-2', 'parte-3'].map((p) => fechasDe(p).sort());
    expect(partes.map((p) => p.length)).toEqual([50, 50, 50]);
    for (const p of ['', 'parte-2', 'parte-3'])
      expect(JSON.parse(readFileSync(join(a, 'pagefind', p, 'pagefind-entry.json'), 'utf8')).languages.es.page_count).toBe(50);
    expect(partes[0]!.at(-1)! <= partes[1]![0]! && partes[1]!.at(-1)! <= partes[2]![0]!).toBe(true);
    expect(existsSync(join(a, 'pagefind', 'parte-4'))).toBe(false);
  });
});

describe('los trozos del índice del sitio, leídos de los metadatos de Pagefind', async () => {
  const indice = join(DIST, 'pagefind');
  const trozos = await trozosDeLaParte(indice);
  const archivos = readdirSync(join(indice, 'index'));

  it('uno por archivo del índice, con lo que pesa', () => {
    expect(trozos).toHaveLength(archivos.length);
    const total = (bytes: number[]) => bytes.reduce((s, b) => s + b, 0);
    expect(total(trozos.map((t) => t.bytes))).toBe(total(archivos.map((f) => statSync(join(indice, 'index', f)).size)));
  });

  it('en orden alfabético, cada uno de su primera palabra a su última, sin encimarse', () => {
    trozos.forEach((t, i) => {
      expect(t.desde <= t.hasta, `${t.desde}–${t.hasta}`).toBe(true);
      if (i > 0) expect(trozos[i - 1]!.hasta < t.desde, `${trozos[i - 1]!.hasta} antes de ${t.desde}`).toBe(true);
    });
  });

  // The metadata file the entry file names, decoded: version, pages as [name, word count, …], chunks, filters, sorts.
  const { hash, page_count } = (
    JSON.parse(readFileSync(join(indice, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; page_count: number }>;
    }
  ).languages[IDIOMA_DEL_INDICE]!;
  const meta = decode(gunzipSync(readFileSync(join(indice, `pagefind.${hash}.pf_meta`))).subarray('pagefind_dcd'.length)) as [
    string,
    [string, number][],
    ...unknown[],
  ];
  const nombres = meta[1].map(([n]) => n);

  it('los metadatos que entrada nombra dan a cada página el mismo largo, y no queda otro archivo de metadatos', () => {
    expect(readdirSync(indice).filter((f) => f.endsWith('.pf_meta'))).toEqual([`pagefind.${hash}.pf_meta`]);
    expect(meta[1]).toHaveLength(page_count);
    expect(new Set(meta[1].map(([, palabras]) => palabras)).size).toBe(1);
    expect(meta[1][0]![1]).toBeGreaterThan(0);
  });

  it('cada página se llama por su número tras un prefijo común, y su fragmento lleva ese nombre', () => {
    const prefijo = nombres[0]!.slice(0, -1);
    expect(prefijo).toMatch(/^[0-9a-f]{6}$/);
    expect(nombres).toEqual(nombres.map((_, i) => `${prefijo}${i.toString(36)}`));
    expect(readdirSync(join(indice, 'fragment')).sort()).toEqual(nombres.map((n) => `${n}.pf_fragment`).sort());
  });

  it('los órdenes salen de los metadatos a sus archivos: cada uno, las páginas con esa clave por su valor', () => {
    expect(meta[4]).toEqual([]);
    const { ordenes } = JSON.parse(readFileSync(join(indice, 'indice.json'), 'utf8')) as DescripcionDelIndice;
    expect(ordenes).toHaveLength(1);
    expect(nombres[0]).toBe(`${ordenes[0]!.prefijo}0`);
    expect(Object.keys(ordenes[0]!.archivos).sort()).toEqual(['ciclo', 'firma']);
    // Each indexed page's sort key and value, as its built HTML gives them, by its fragment's URL.
    const valores = nombres.map((n) => {
      const { url } = JSON.parse(
        gunzipSync(readFileSync(join(indice, 'fragment', `${n}.pf_fragment`)))
          .subarray('pagefind_dcd'.length)
          .toString(),
      ) as { url: string };
      const marca = leerPagina(url).querySelector('[data-pagefind-sort]');
      return marca && [marca.getAttribute('data-pagefind-sort')!.replace(/\[.*$/, ''), marca.getAttribute('data-valor')!];
    });
    for (const [clave, archivo] of Object.entries(ordenes[0]!.archivos)) {
      const lista = JSON.parse(readFileSync(join(indice, archivo), 'utf8')) as number[];
      const conClave = valores.flatMap((v, i) => (v?.[0] === clave ? [i] : []));
      expect(lista.length, clave).toBeGreaterThan(1);
      expect(
        [...lista].sort((a, b) => a - b),
        clave,
      ).toEqual(conClave);
      const enLista = lista.map((i) => valores[i]![1]);
      expect(enLista, clave).toEqual([...enLista].sort());
    }
  });

  it('indice.json da los rangos de los más pesados', () => {
    const { pesados } = JSON.parse(readFileSync(join(indice, 'indice.json'), 'utf8')) as DescripcionDelIndice;
    expect(pesados).toEqual(trozos.filter((t) => t.bytes >= PESO_DE_TROZO_CARO).map((t) => [t.desde, t.hasta]));
  });
});

describe('lo que se le quita a una página antes de indexarla (src/lib/html-ligero.ts)', () => {
  /** Indexes pages of the built site, each as `preparar` leaves it, and gives the folder Pagefind wrote. */
  async function indexarCon(rutas: readonly string[], preparar: (html: string) => string): Promise<string> {
    const salida = mkdtempSync(join(tmpdir(), 'indice-ligero-'));
    temporales.push(salida);
    try {
      const { index } = await pagefind.createIndex({ forceLanguage: IDIOMA_DEL_INDICE });
      for (const ruta of rutas) {
        const html = readFileSync(join(DIST, ruta, 'index.html'), 'utf8');
        const r = await index!.addHTMLFile({ url: ruta, content: preparar(html) });
        expect(r.errors, ruta).toEqual([]);
      }
      await index!.writeFiles({ outputPath: salida });
    } finally {
      await pagefind.close();
    }
    return salida;
  }

  it('Pagefind escribe el mismo índice, byte a byte, con las páginas del sitio aligeradas que enteras', async () => {
    // Every kind of indexed page of the real site (convenios, federal follow-ups, evaluations, catalogues), one in 8.
    const rutas = paginas()
      .filter((r) => r.endsWith('/') && esIndexable(readFileSync(join(DIST, r, 'index.html'), 'utf8')))
      .filter((_, i) => i % 8 === 0);
    expect(new Set(rutas.map((r) => r.split('/')[1])).size).toBeGreaterThanOrEqual(4);
    const enteras = await indexarCon(rutas, (html) => ocultarVaciasEnHtml(espaciarBloques(soloLoIndexado(html))));
    const ligeras = await indexarCon(rutas, paraElIndice);
    const archivos = archivosDe(enteras);
    expect(archivosDe(ligeras)).toEqual(archivos);
    for (const f of archivos) expect(readFileSync(join(ligeras, f)).equals(readFileSync(join(enteras, f))), f).toBe(true);
    // And the lighter pages are lighter: the point of the exercise.
    const bytes = (preparar: (html: string) => string) =>
      rutas.reduce((s, r) => s + preparar(readFileSync(join(DIST, r, 'index.html'), 'utf8')).length, 0);
    expect(bytes(paraElIndice)).toBeLessThan(0.8 * bytes((h) => ocultarVaciasEnHtml(espaciarBloques(soloLoIndexado(h)))));
  });
});
