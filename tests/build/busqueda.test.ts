import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { ETIQUETAS } from '../../src/lib/estados.ts';
import { anioDe, DIST, enteEvaluadoDe, fechaDe, leerPagina, paginas } from './sitio.ts';

// Runs over the site that `npm run build` produced: the search index is part of every build.
const contenido = cargarContenido(process.env.CONTENIDO_DIR ?? 'content');
const todas = paginas();
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const indexables = [
  ...contenido.convenios.map((c) => `/convenios/${c.id}/`),
  ...contenido.programas.map((p) => `/programas/${p.id}/`),
  ...contenido.entes.map((e) => `/entes/${e.id}/`),
  ...contenido.gobiernos.map((g) => `/gobiernos/${g.id}/`),
  ...contenido.evaluaciones.map((e) => `/evaluaciones/${e.id}/`),
].sort();

/** The Pagefind marks of a page, read the way Pagefind reads them (key[data-valor] attributes). */
function marcasDe(ruta: string) {
  const p = leerPagina(ruta);
  const leer = (atributo: string) => {
    const salida: Record<string, string[]> = {};
    for (const el of p.querySelectorAll(`[${atributo}]`)) {
      const clave = /^(.+)\[data-valor\]$/.exec(el.getAttribute(atributo)!)![1]!;
      (salida[clave] ??= []).push(el.getAttribute('data-valor')!);
    }
    return salida;
  };
  return { filtros: leer('data-pagefind-filter'), meta: leer('data-pagefind-meta'), orden: leer('data-pagefind-sort'), pagina: p };
}

describe('índice de búsqueda', () => {
  it('se escribió en español con una página por convenio, programa, ente, gobierno y evaluación', () => {
    const entrada = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entrada.languages)).toEqual(['es']);
    expect(entrada.languages.es!.page_count).toBe(indexables.length);
  });

  it('sólo esas páginas marcan contenido para el índice', () => {
    expect(todas.filter((r) => leerPagina(r).querySelector('[data-pagefind-body]') !== null).sort()).toEqual(indexables);
  });

  it.each(contenido.convenios.filter((c) => c.datos.tipo === 'convenio').map((c) => [c.id, c] as const))(
    '%s: el índice toma el texto de cada compromiso, no las etiquetas ni explicaciones que se repiten en cada tarjeta',
    (id, c) => {
      const p = leerPagina(`/convenios/${id}/`);
      const tarjetas = [...p.querySelectorAll('li.compromiso')];
      expect(tarjetas).toHaveLength(c.datos.compromisos.length);
      for (const [i, t] of tarjetas.entries()) {
        for (const dt of t.querySelectorAll('dt')) expect(dt.closest('[data-pagefind-ignore]'), dt.textContent).not.toBeNull();
        const accion = [...t.querySelectorAll('dd')].find((dd) => dd.textContent.includes(c.datos.compromisos[i]!.accion!.slice(0, 40)));
        expect(accion?.closest('[data-pagefind-ignore]')).toBeNull();
      }
    },
  );

  // What Pagefind kept of each page (its fragments), by the page's path without the base.
  const fragmentos = new Map(
    readdirSync(join(DIST, 'pagefind', 'fragment')).map((f) => {
      const datos = JSON.parse(
        gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', f)))
          .subarray('pagefind_dcd'.length)
          .toString('utf8'),
      ) as {
        url: string;
        content: string;
        anchors: { id: string; text: string }[];
      };
      return [datos.url.slice(base.length - 1), datos] as const;
    }),
  );
  it.each(contenido.convenios.map((c) => [c.id, c] as const))(
    '%s: el índice no toma los encabezados ni las notas que el sitio escribe en cada documento de su tipo',
    (id, c) => {
      const f = fragmentos.get(`/convenios/${id}/`)!;
      for (const fuera of ['Plazos, prórrogas y fundamento', 'Texto completo del convenio', 'Documento fuente', 'Este seguimiento en JSON'])
        expect(f.content).not.toContain(fuera);
      const anclas = f.anchors.map((a) => a.id);
      expect(anclas).not.toEqual(expect.arrayContaining(['reglas']));
      expect(anclas).not.toEqual(expect.arrayContaining(['texto']));
      expect(anclas).not.toEqual(expect.arrayContaining(['fuente']));
      // Commitments keep their anchors, and in a signed convenio the section after the last one still starts its own.
      const compromisos = anclas.flatMap((a, k) => (a.startsWith('compromiso-') ? [k] : []));
      expect(compromisos).toHaveLength(c.datos.compromisos.length);
      if (c.datos.tipo === 'convenio') expect(['hallazgos', 'partes']).toContain(anclas[compromisos.at(-1)! + 1]);
    },
  );

  it.each(contenido.convenios.map((c) => [c.id, c] as const))('%s lleva sus filtros, metadatos y fecha, ocultos', (id, c) => {
    const { filtros, meta, orden, pagina } = marcasDe(`/convenios/${id}/`);
    const ente = enteEvaluadoDe(c.datos);
    const gobierno = contenido.gobiernos.find((g) => g.id === c.datos.gobierno)!;
    const federal = c.datos.tipo === 'seguimiento_federal';
    const anio = anioDe(c.datos);
    const { estado, tipo_asm, prioridad, mejora, tema, ...resto } = filtros;
    // `tipo` only on a federal follow-up: a signed convenio has none (TIPO_SOLO_CONVENIOS).
    expect(resto).toEqual({
      ...(federal ? { tipo: ['seguimiento_federal'] } : {}),
      documento: [federal ? 'seguimiento_federal' : 'convenio'],
      programa: [c.datos.programa],
      ente: [ente],
      gobierno: [c.datos.gobierno],
      nivel: [gobierno.datos.nivel],
      ...(anio === undefined ? {} : { pae: [String(anio)] }),
    });
    // Each classification a commitment has is a filter value of its document, and nothing else is.
    const valores = (f: (k: (typeof c.datos.compromisos)[number]) => string[]) => [...new Set(c.datos.compromisos.flatMap(f))].sort();
    expect((tipo_asm ?? []).sort()).toEqual(valores((k) => (k.tipo_asm ? [k.tipo_asm] : [])));
    expect((prioridad ?? []).sort()).toEqual(valores((k) => (k.prioridad ? [k.prioridad] : [])));
    expect((mejora ?? []).sort()).toEqual(valores((k) => k.tipo_mejora ?? []));
    expect((tema ?? []).sort()).toEqual(valores((k) => k.temas ?? []));
    expect(estado!.length).toBeGreaterThan(0);
    expect(Object.values(ETIQUETAS)).toEqual(expect.arrayContaining(estado!));
    expect(meta.title).toEqual([c.datos.titulo]);
    const fecha = fechaDe(c.datos);
    if (federal) {
      expect(meta.documento).toEqual(['Seguimiento federal de ASM']);
      expect(meta.reporte).toEqual(fecha ? [fecha] : undefined);
      expect(meta.firma).toBeUndefined();
    } else expect(meta.firma).toEqual([fecha]);
    expect(meta.ente).toEqual([contenido.entes.find((e) => e.id === ente)!.datos.nombre]);
    expect(orden).toEqual({ firma: [fecha ?? '0000-00-00'] });
    // The marks change nothing a reader sees.
    for (const el of pagina.querySelectorAll('[data-pagefind-filter], [data-pagefind-meta], [data-pagefind-sort]')) {
      expect(el.textContent).toBe('');
      expect(el.closest('[hidden]')).not.toBeNull();
    }
    expect(pagina.querySelector('article')?.hasAttribute('data-pagefind-body')).toBe(true);
  });

  it.each([
    ...contenido.programas.map((p) => [`/programas/${p.id}/`, 'programa'] as const),
    ...contenido.entes.map((e) => [`/entes/${e.id}/`, 'ente'] as const),
    ...contenido.gobiernos.map((g) => [`/gobiernos/${g.id}/`, 'gobierno'] as const),
  ])('%s se indexa sólo por su encabezado, como %s', (ruta, tipo) => {
    const { filtros, pagina } = marcasDe(ruta);
    expect(filtros).toEqual({ tipo: [tipo] });
    expect(pagina.querySelectorAll('[data-pagefind-body]').map((el) => el.tagName.toLowerCase())).toEqual(['h1', 'dl']);
  });
});

describe('buscador', () => {
  // Every page with the site's header (embeddable widgets have none).
  const conCabecera = todas.filter((r) => leerPagina(r).querySelector('header.cabecera') !== null);
  it('casi todas las páginas llevan la cabecera del sitio', () => {
    expect(conCabecera.length).toBeGreaterThan(todas.length / 2);
  });
  it.each(conCabecera)('%s tiene el buscador de la cabecera', (ruta) => {
    const form = leerPagina(ruta).querySelector('header form[role="search"]');
    expect(form?.getAttribute('action')).toBe(`${base}buscar/`);
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelector('input[name="q"]')?.getAttribute('id')).toBe(form?.querySelector('label')?.getAttribute('for'));
  });

  it('/buscar/ carga su guion de un archivo del propio sitio, sin guiones en línea', () => {
    const guiones = leerPagina('/buscar/').querySelectorAll('script');
    expect(guiones.length).toBeGreaterThan(0);
    for (const g of guiones) {
      expect(g.getAttribute('src'), g.toString().slice(0, 120)).toMatch(new RegExp(`^${base}_astro/`));
      expect(g.textContent.trim()).toBe('');
    }
  });

  it('el guion de /buscar/ es pequeño: no arrastra esquemas ni librerías de la construcción', () => {
    const src = leerPagina('/buscar/').querySelector('script[src]')!.getAttribute('src')!;
    const leer = (ruta: string) => readFileSync(join(DIST, ruta.slice(base.length)), 'utf8');
    const entrada = leer(src);
    // The entry and the shared chunks it imports statically.
    const partes = [entrada, ...[...entrada.matchAll(/from\s*"\.\/([^"]+\.js)"/g)].map((m) => leer(`${base}_astro/${m[1]}`))];
    expect(partes.join('')).not.toMatch(/ZodError|\$ZodType/);
    // 20,000 until the index in parts (src/cliente/pagefind-partes.ts) added ≈ 0.7 KB of its own code; 21,500 until
    // searching again without words no document holds, checking costly phrases in the text of their few results
    // and offering one word less added ≈ 2.4 KB (≈ 1 KB with gzip), less than one index chunk they spare; 24,500
    // until checking rare words of heavy index chunks in the text, narrowing by them and marking them added 1.2 KB;
    // 26,000 until linking such a result to the commitment that holds the checked words added 1.7 KB (0.7 KB gzip);
    // 28,000 until searching as loose words the phrases the index cannot match in a row added ≈ 0.6 KB, where it
    // spares a search of a common word 100–270 KB; 29,000 until sorting by the lists the index keeps apart added
    // ≈ 1.1 KB, where it spares every first search 26 KB of metadata.
    expect(partes.reduce((s, p) => s + Buffer.byteLength(p), 0)).toBeLessThan(30_000);
  });

  it('/buscar/ ofrece como filtro cada programa, ente, gobierno, año y clasificación que tiene algún documento', () => {
    const p = leerPagina('/buscar/');
    const opciones = (id: string) =>
      p
        .querySelectorAll(`#${id} option`)
        .map((o) => o.getAttribute('value'))
        .filter(Boolean)
        .sort();
    const evaluados = contenido.convenios.map((c) => enteEvaluadoDe(c.datos));
    expect(opciones('f-programa')).toEqual([...new Set(contenido.convenios.map((c) => c.datos.programa))].sort());
    expect(opciones('f-ente')).toEqual([...new Set(evaluados)].sort());
    expect(opciones('f-gobierno')).toEqual([...new Set(contenido.convenios.map((c) => c.datos.gobierno))].sort());
    expect(opciones('f-pae')).toEqual(
      [...new Set(contenido.convenios.flatMap((c) => (anioDe(c.datos) === undefined ? [] : [String(anioDe(c.datos))])))].sort(),
    );
    expect(opciones('f-estado')).toEqual(Object.keys(ETIQUETAS).sort());
    const compromisos = contenido.convenios.flatMap(
      (c) => c.datos.compromisos as { tipo_asm?: string; prioridad?: string; tipo_mejora?: string[]; temas?: string[] }[],
    );
    const clasificacion: [string, string[]][] = [
      ['f-tipo_asm', compromisos.flatMap((k) => (k.tipo_asm ? [k.tipo_asm] : []))],
      ['f-prioridad', compromisos.flatMap((k) => (k.prioridad ? [k.prioridad] : []))],
      ['f-mejora', compromisos.flatMap((k) => k.tipo_mejora ?? [])],
      ['f-tema', compromisos.flatMap((k) => k.temas ?? [])],
    ];
    for (const [id, valores] of clasificacion) {
      // A classification nobody has is not offered at all.
      if (valores.length === 0) expect(p.querySelector(`#${id}`), id).toBeNull();
      else expect(opciones(id), id).toEqual([...new Set(valores)].sort());
    }
    const tipos = new Set(contenido.convenios.map((c) => c.datos.tipo ?? 'convenio'));
    if (tipos.size === 1) expect(p.querySelector('#f-documento')).toBeNull();
    else expect(opciones('f-documento')).toEqual(['convenio', 'seguimiento_federal']);
    // The evaluation facets, and the choice of searching evaluations, only where the SHCP evaluations are.
    const evaluaciones = contenido.evaluaciones.map((e) => e.datos);
    if (evaluaciones.length === 0) {
      for (const id of ['en', 'f-ramo', 'f-tipo_evaluacion', 'f-ciclo']) expect(p.querySelector(`#${id}`), id).toBeNull();
    } else {
      expect(opciones('en')).toEqual(['evaluaciones']);
      expect(opciones('f-ramo')).toEqual(
        [...new Set(evaluaciones.map((e) => e.ramo.clave?.replace(/^0+(?=\d)/, '').toLowerCase() || 'na'))].sort(),
      );
      expect(opciones('f-tipo_evaluacion')).toHaveLength(new Set(evaluaciones.map((e) => e.tipo_normalizado)).size);
      expect(opciones('f-ciclo')).toHaveLength(new Set(evaluaciones.map((e) => e.ciclo_pae)).size);
      // Their group «De la evaluación» starts hidden: the page opens on the convenios.
      for (const id of ['f-ramo', 'f-tipo_evaluacion', 'f-ciclo']) {
        const grupo = p.querySelector(`#${id}`)!.closest('fieldset')!;
        expect(grupo.getAttribute('id'), id).toBe('grupo-evaluacion');
        expect(grupo.hasAttribute('hidden'), id).toBe(true);
      }
    }
  });

  it('/buscar/ agrupa los filtros del documento y los de sus compromisos, cada grupo con su leyenda', () => {
    const p = leerPagina('/buscar/');
    const grupo = (alcance: string) => p.querySelector(`fieldset#grupo-${alcance}`)!;
    const selectores = (alcance: string) =>
      grupo(alcance)
        .querySelectorAll('select')
        .map((s) => s.id);
    const etiqueta = (id: string) => p.querySelector(`label[for="${id}"]`)?.textContent;
    expect(grupo('documento').querySelector('legend')?.textContent).toBe('Del documento');
    expect(grupo('compromiso').querySelector('legend')?.textContent).toBe('De sus compromisos');
    expect(selectores('documento')).toEqual(
      ['f-documento', 'f-programa', 'f-ente', 'f-gobierno', 'f-nivel', 'f-pae'].filter((id) => p.querySelector(`#${id}`)),
    );
    expect(selectores('compromiso')).toEqual(
      ['f-estado', 'f-tipo_asm', 'f-prioridad', 'f-mejora', 'f-tema'].filter((id) => p.querySelector(`#${id}`)),
    );
    expect(etiqueta('f-estado')).toBe('Con algún compromiso en estado');
    expect(etiqueta('f-ente')).toBe('Ente evaluado');
    // The legend explains what "any commitment" means, and each group points to its explanation.
    for (const alcance of ['documento', 'compromiso']) {
      const ayuda = p.querySelector(`#${grupo(alcance).getAttribute('aria-describedby')}`);
      expect(ayuda?.closest('fieldset')).toBe(grupo(alcance));
    }
    expect(p.querySelector('#grupo-compromiso-ayuda')?.textContent).toContain('pueden cumplirlos compromisos distintos');
  });

  it('/buscar/ ofrece descargar los resultados con las columnas de convenios.csv', () => {
    const p = leerPagina('/buscar/');
    const boton = p.querySelector('#zona-resultados button#descargar');
    expect(boton?.textContent.trim()).toBe('Descargar estos resultados (CSV)');
    expect(p.querySelector(`#${boton?.getAttribute('aria-describedby')} a`)?.getAttribute('href')).toBe(`${base}datos/#tabla-convenios`);
    expect(p.querySelector('#descarga-estado')?.getAttribute('role')).toBe('status');
  });

  it('/buscar/ sin JavaScript enlaza a las listas para explorar', () => {
    const enlaces = leerPagina('/buscar/')
      .querySelectorAll('#sin-js a')
      .map((a) => a.getAttribute('href'));
    const evaluaciones = contenido.evaluaciones.length > 0 ? ['evaluaciones/'] : [];
    expect(enlaces).toEqual(['convenios/', 'programas/', 'entes/', 'gobiernos/', 'ejercicios/', ...evaluaciones].map((r) => base + r));
  });
});
