import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as leerCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as leerYaml } from 'yaml';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { validador } from '../unit/esquema-json.ts';
import { CONVENIOS_EN_RECUADRO } from '../../src/lib/indice.ts';
import { ENTRADAS_DEL_RSS } from '../../src/lib/datos/rss.ts';
import { formatearFecha, sumarDias, sumarMeses } from '../../src/lib/fechas.ts';
import { anioDe, conveniosFirmados, DIST, enteEvaluadoDe, existeEnSitio, leerPagina, seguimientosFederales } from './sitio.ts';

// Reads the downloads of the built site with standard tools and checks them against the content and the pages.
const contenido = cargarContenido(process.env.CONTENIDO_DIR ?? 'content');
const leer = (ruta: string) => readFileSync(join(DIST, ruta), 'utf8');
const leerJson = (ruta: string) => JSON.parse(leer(ruta)) as Record<string, any>;
const csv = (nombre: string) => leerCsv(leer(`datos/${nombre}`), { bom: true, columns: true }) as Record<string, string>[];
const compromisosDelContenido = contenido.convenios.flatMap((c) => c.datos.compromisos.map((k) => `${c.id}/${k.id}`)).sort();
const espacios = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('CSV', () => {
  it.each(['compromisos.csv', 'convenios.csv', 'entes.csv', 'programas.csv', 'gobiernos.csv'])(
    '%s empieza con la marca de orden de bytes UTF-8',
    (nombre) => {
      const bytes = readFileSync(join(DIST, 'datos', nombre));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    },
  );

  it('compromisos.csv tiene exactamente un renglón por compromiso del contenido', () => {
    const filas = csv('compromisos.csv');
    expect(filas).toHaveLength(compromisosDelContenido.length);
    expect(filas.map((f) => `${f.convenio_id}/${f.compromiso_id}`).sort()).toEqual(compromisosDelContenido);
  });

  it.each([
    ['convenios.csv', contenido.convenios],
    ['entes.csv', contenido.entes],
    ['programas.csv', contenido.programas],
    ['gobiernos.csv', contenido.gobiernos],
  ] as const)('%s tiene un renglón por archivo de contenido', (nombre, entradas) => {
    expect(
      csv(nombre)
        .map((f) => f.id)
        .sort(),
    ).toEqual(entradas.map((e) => e.id).sort());
  });

  it('los textos del CSV son los del contenido y el estado es el que muestra la página del convenio', () => {
    const filas = csv('compromisos.csv');
    for (const c of contenido.convenios) {
      const pagina = leerPagina(`/convenios/${c.id}/`);
      for (const k of c.datos.compromisos) {
        const f = filas.find((x) => x.convenio_id === c.id && x.compromiso_id === k.id)!;
        expect(f.aspecto).toBe(k.aspecto ?? '');
        expect(f.accion).toBe(k.accion ?? '');
        expect(f.numero).toBe('id_asm' in k ? k.id_asm : k.numero);
        expect(f.fecha_comprometida).toBe(k.fecha_comprometida ?? '');
        expect(f.tipo_documento).toBe(c.datos.tipo ?? 'convenio');
        const tarjeta = pagina.getElementById(`compromiso-${k.id}`)!;
        expect(espacios(tarjeta.querySelector('.estado')!.textContent)).toContain(f.estado_nombre);
      }
    }
  });
});

interface Campo {
  name: string;
  type: string;
  description: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}
interface Recurso {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: { fields: Campo[]; primaryKey: string[]; foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}

describe('Data Package', () => {
  const paquete = leerJson('datos/datapackage.json');
  const recursos = (paquete.resources as Recurso[]).map((r) => [r.name, r] as const);
  const datos = new Map<string, Record<string, string>[]>(recursos.map(([n, r]) => [n, csv(r.path)]));

  it('declara perfil, licencia Libre Uso MX, editor, fecha de corte y fecha de construcción', () => {
    expect(paquete.profile).toBe('tabular-data-package');
    expect(paquete.name).toMatch(/^[a-z0-9._/-]+$/);
    expect(paquete.licenses).toEqual([{ path: 'https://datos.gob.mx/libreusomx', title: 'Términos de Libre Uso MX' }]);
    expect(paquete.contributors[0]).toMatchObject({ title: 'Convenios Abiertos', role: 'publisher' });
    expect(paquete.fecha_corte).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(paquete.created).toISOString()).toBe(paquete.created);
  });

  it.each(recursos)('%s: archivo, tamaño, huella y columnas coinciden con el CSV servido', (_n, r) => {
    const ruta = join(DIST, 'datos', r.path);
    expect(existsSync(ruta)).toBe(true);
    expect(r.bytes).toBe(statSync(ruta).size);
    expect(r.hash).toBe(`sha256:${createHash('sha256').update(readFileSync(ruta)).digest('hex')}`);
    const cabecera = leerCsv(leer(`datos/${r.path}`), { bom: true, to: 1 })[0] as string[];
    expect(r.schema.fields.map((f) => f.name)).toEqual(cabecera);
    for (const f of r.schema.fields) {
      expect(['string', 'integer', 'number', 'date', 'boolean']).toContain(f.type);
      expect(f.description, `${r.name}.${f.name}`).toBeTruthy();
    }
  });

  it.each(recursos)('%s: cada valor cumple su tipo y sus restricciones', (_n, r) => {
    const tipos: Record<string, RegExp> = {
      integer: /^-?\d+$/,
      number: /^-?\d+(\.\d+)?$/,
      date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
      boolean: /^(true|false)$/,
      string: /[\s\S]*/,
    };
    for (const fila of datos.get(r.name)!) {
      for (const f of r.schema.fields) {
        const v = fila[f.name]!;
        const donde = `${r.name}.${f.name} = «${v}»`;
        if (v === '') {
          expect(f.constraints?.required, donde).not.toBe(true);
          continue;
        }
        expect(v, donde).toMatch(tipos[f.type]!);
        const c = f.constraints ?? {};
        if (c.enum) expect(c.enum, donde).toContain(v);
        if (c.pattern) expect(v, donde).toMatch(new RegExp(`^(?:${c.pattern})$`));
        if (c.minimum !== undefined) expect(Number(v), donde).toBeGreaterThanOrEqual(c.minimum);
        if (c.maximum !== undefined) expect(Number(v), donde).toBeLessThanOrEqual(c.maximum);
      }
    }
  });

  it.each(recursos)('%s: la clave primaria es única y cada clave foránea existe', (_n, r) => {
    const clave = (fila: Record<string, string>, campos: string[]) => campos.map((c) => fila[c]).join('\u0000');
    const filas = datos.get(r.name)!;
    const primarias = filas.map((f) => clave(f, r.schema.primaryKey));
    expect(new Set(primarias).size).toBe(filas.length);
    for (const fk of r.schema.foreignKeys) {
      const destino = datos.get(fk.reference.resource);
      expect(destino, fk.reference.resource).toBeDefined();
      const existentes = new Set(destino!.map((f) => clave(f, fk.reference.fields)));
      // An empty foreign key is «no consta» (missingValues), which Frictionless does not check: an evaluation of a program that is not in the portal.
      const sueltas = filas
        .filter((f) => fk.fields.some((c) => f[c] !== ''))
        .map((f) => clave(f, fk.fields))
        .filter((k) => !existentes.has(k));
      expect(sueltas, `${r.name}.${fk.fields} → ${fk.reference.resource}`).toEqual([]);
    }
  });
});

describe('JSON', () => {
  const esquema = (nombre: string) => validador(leerJson(`datos/esquemas/${nombre}.schema.json`));

  it('convenios.json valida contra su esquema publicado y lleva todos los convenios', () => {
    const todos = leerJson('datos/convenios.json');
    expect(esquema('convenios')(todos)).toEqual([]);
    expect(todos.convenios.map((c: { id: string }) => c.id).sort()).toEqual(contenido.convenios.map((c) => c.id).sort());
  });

  it.each(contenido.convenios.map((c) => [c.id, c] as const))(
    '/convenios/%s.json valida, junto a su página, con todo su seguimiento',
    (id, c) => {
      expect(existeEnSitio(`/convenios/${id}/`)).toBe(true);
      const r = leerJson(`convenios/${id}.json`);
      expect(esquema('registro-convenio')(r)).toEqual([]);
      expect(r.compromisos.map((k: { id: string }) => k.id)).toEqual(c.datos.compromisos.map((k) => k.id));
      expect(r.compromisos.map((k: { seguimiento: unknown[] }) => k.seguimiento.length)).toEqual(
        c.datos.compromisos.map((k) => k.seguimiento.length),
      );
      const { $schema: _s, ...sinEsquema } = r;
      expect(leerJson('datos/convenios.json').convenios.find((x: { id: string }) => x.id === id)).toEqual(sinEsquema);
    },
  );

  it('el esquema JSON publicado del contenido acepta las dos semillas y rechaza un encabezado roto', () => {
    const validar = esquema('convenio');
    const encabezado = (archivo: string) =>
      leerYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(archivo, 'utf8'))![1]!) as Record<string, any>;
    const encabezados = conveniosFirmados(contenido).map((c) => encabezado(c.archivo));
    expect(encabezados.length).toBeGreaterThanOrEqual(2);
    for (const e of encabezados) expect(validar(e)).toEqual([]);
    const roto = structuredClone(encabezados[0]!);
    roto.firma.fecha = '17 de mayo de 2021';
    expect(validar(roto).join()).toMatch(/firma\/fecha/);
    // A federal follow-up has its own schema.
    const validarFederal = esquema('seguimiento-federal');
    for (const c of seguimientosFederales(contenido)) expect(validarFederal(encabezado(c.archivo)), c.archivo).toEqual([]);
  });
});

describe('iCalendar', () => {
  const eventos = (ruta: string) => new ICAL.Component(ICAL.parse(leer(ruta))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const vencimientos = new Map(csv('compromisos.csv').map((f) => [`${f.convenio_id}/${f.compromiso_id}`, f.fecha_vencimiento]));

  // The whole-site calendar holds what falls due from 30 days before the cut-off to six months after it.
  const corte = leerJson('datos/datapackage.json').fecha_corte as string;
  const desde = sumarDias(corte, -30);
  const hasta = sumarMeses(corte, 6);
  const bloques = (ruta: string) =>
    new Map([...leer(ruta).matchAll(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g)].map((m) => [/\r\nUID:(.*)\r\n/.exec(m[0])![1]!, m[0]]));

  it('vencimientos.ics tiene un evento por compromiso que vence cerca del corte, en su vencimiento efectivo', () => {
    const lista = eventos('datos/vencimientos.ics');
    const esperados = [...vencimientos]
      .filter(([, dia = '']) => dia !== '' && dia >= desde && dia <= hasta)
      .map(([clave]) => clave.replace('/', '.'));
    expect(lista.map((e) => e.uid.split('@')[0]).sort()).toEqual(esperados.sort());
    expect(new Set(lista.map((e) => e.uid)).size).toBe(lista.length);
    for (const e of lista) {
      const [clave] = e.uid.split('@');
      const [convenio, ...resto] = clave!.split('.');
      expect(e.startDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(vencimientos.get(`${convenio}/${resto.join('.')}`));
    }
    const descripcion = new ICAL.Component(ICAL.parse(leer('datos/vencimientos.ics'))).getFirstPropertyValue('x-wr-caldesc') as string;
    expect(descripcion).toContain(`del ${formatearFecha(desde)} al ${formatearFecha(hasta)}`);
  });

  it('cada evento de vencimientos.ics es, byte por byte, el del calendario de su ente', () => {
    const general = bloques('datos/vencimientos.ics');
    const enteDe = new Map(contenido.convenios.map((c) => [c.id, enteEvaluadoDe(c.datos)]));
    const deEnte = new Map<string, Map<string, string>>();
    for (const [uid, texto] of general) {
      const ente = enteDe.get(uid.split('.')[0]!)!;
      if (!deEnte.has(ente)) deEnte.set(ente, bloques(`entes/${ente}/vencimientos.ics`));
      expect(deEnte.get(ente)!.get(uid), uid).toBe(texto);
    }
  });

  it.each(contenido.entes.map((e) => [e.id] as const))(
    '/entes/%s/vencimientos.ics tiene los compromisos de sus convenios como ente evaluado',
    (id) => {
      const esperados = contenido.convenios
        .filter((c) => enteEvaluadoDe(c.datos) === id)
        .flatMap((c) =>
          (c.datos.compromisos as { id: string; fecha_comprometida?: string }[])
            .filter((k) => k.fecha_comprometida !== undefined)
            .map((k) => `${c.id}.${k.id}`),
        )
        .sort();
      expect(
        eventos(`entes/${id}/vencimientos.ics`)
          .map((e) => e.uid.split('@')[0])
          .sort(),
      ).toEqual(esperados);
    },
  );
});

describe('RSS', () => {
  it('los documentos más recientes, del más reciente al más antiguo, y cada enlace lleva a una página del sitio', () => {
    const xml = leer('convenios.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const canal = new XMLParser().parse(xml).rss.channel;
    const items = [canal.item].flat() as { link: string; pubDate: string; description: string }[];
    expect(items).toHaveLength(Math.min(contenido.convenios.length, ENTRADAS_DEL_RSS));
    const fechas = items.map((i) => new Date(i.pubDate).getTime());
    expect([...fechas].sort((a, b) => b - a)).toEqual(fechas);
    for (const i of items) {
      expect(existeEnSitio(new URL(i.link).pathname)).toBe(true);
      expect(i.description).toMatch(/\d+ compromisos?/);
    }
    // What is left out is not newer than the oldest entry (the date a document sorts by: signing, or latest report).
    const fechaDe = (f: Record<string, string>) => f.fecha_firma || f.fecha_ultimo_reporte || '';
    const filas = csv('convenios.csv');
    const enCanal = new Set(items.map((i) => i.link));
    const masVieja = filas
      .filter((f) => enCanal.has(f.url!))
      .map(fechaDe)
      .sort()[0]!;
    const fuera = filas.filter((f) => !enCanal.has(f.url!));
    expect(fuera).toHaveLength(contenido.convenios.length - items.length);
    for (const f of fuera) expect(fechaDe(f) <= masVieja, `${f.id}: ${fechaDe(f)} quedó fuera del canal`).toBe(true);
  });
});

describe('insignia y recuadro', () => {
  const numeros = (t: string) => /([\d,]+) de ([\d,]+) (?:compromisos? )?exigibles?/.exec(t)?.slice(1, 3);

  it.each(contenido.entes.map((e) => [e.id] as const))(
    '%s: la insignia es XML válido y dice la misma tasa que la página del ente',
    (id) => {
      const svg = leer(`entes/${id}/insignia.svg`);
      expect(XMLValidator.validate(svg)).toBe(true);
      const titulo = new XMLParser().parse(svg).svg.title as string;
      expect(titulo).toMatch(/^Cumplimiento ASM: /);
      const pagina = leerPagina(`/entes/${id}/`);
      const tasa = pagina.querySelector('.tasa__cifra');
      if (tasa) expect(numeros(titulo)).toEqual(numeros(tasa.textContent));
      else expect(titulo).toMatch(/sin compromisos registrados/);
      // The ente page offers the badge, the widget and a plain link as copy-and-paste HTML.
      // <pre> is raw text to node-html-parser: parse its inside to read the code as shown.
      const fragmentos = pagina.querySelectorAll('.insertar pre').map((pre) => parse(pre.rawText).textContent);
      expect(fragmentos).toHaveLength(3);
      expect(fragmentos[0]).toMatch(new RegExp(`<img src="https?://[^"]+/entes/${id}/insignia\\.svg" alt="[^"]+"`));
      expect(fragmentos[1]).toMatch(new RegExp(`<iframe src="https?://[^"]+/entes/${id}/widget/" title="[^"]+"`));
      expect(fragmentos[2]).toMatch(new RegExp(`^<a href="https?://[^"]+/entes/${id}/">`));
    },
  );

  it.each(contenido.entes.map((e) => [e.id] as const))(
    '/entes/%s/widget/: sin la estructura del sitio, y cada enlace abre el portal en otra pestaña',
    (id) => {
      const p = leerPagina(`/entes/${id}/widget/`);
      expect(p.querySelector('html')!.getAttribute('lang')).toBe('es-MX');
      expect(p.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(new RegExp(`/entes/${id}/$`));
      expect(p.querySelectorAll('header, nav, footer, script[src]')).toHaveLength(0);
      const enlaces = p.querySelectorAll('a[href]');
      expect(enlaces.length).toBeGreaterThan(0);
      for (const a of enlaces) {
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      }
      const pagina = leerPagina(`/entes/${id}/`);
      const tasa = pagina.querySelector('.tasa__cifra');
      if (tasa) expect(numeros(p.querySelector('.recuadro__tasa')!.textContent)).toEqual(numeros(tasa.textContent));
      // The newest of the ente's own list, at most CONVENIOS_EN_RECUADRO; past that, a link to all of them.
      const propios = pagina.querySelectorAll('tbody th[scope="row"] > a').map((a) => a.getAttribute('href'));
      const total = contenido.convenios.filter((c) => enteEvaluadoDe(c.datos) === id).length;
      const listados = p.querySelectorAll('.recuadro__convenios > li > a').map((a) => a.getAttribute('href'));
      expect(listados).toEqual(propios.slice(0, Math.min(total, CONVENIOS_EN_RECUADRO)));
      const mas = p.querySelector('.recuadro__mas a');
      if (total > CONVENIOS_EN_RECUADRO) {
        expect(mas!.getAttribute('href')).toBe(`/entes/${id}/`);
        expect(mas!.textContent).toMatch(new RegExp(`^Los ${total.toLocaleString('en-US')} (convenios|documentos) en Convenios Abiertos`));
      } else expect(mas).toBeNull();
    },
  );

  it('hay entes con más documentos de los que su recuadro lista', () => {
    const porEnte = Map.groupBy(contenido.convenios, (c) => enteEvaluadoDe(c.datos));
    expect([...porEnte.values()].some((l) => l.length > CONVENIOS_EN_RECUADRO)).toBe(true);
  });
});

describe('archivos por año', () => {
  const paquete = leerJson('datos/datapackage.json');
  const todos = leerJson('datos/convenios.json');
  const anioDeDocumento = new Map(contenido.convenios.map((c) => [c.id, anioDe(c.datos)]));
  const claveDe = (id: string) => String(anioDeDocumento.get(id) ?? 'sin-anio');
  const clavesEsperadas = [...new Set(contenido.convenios.map((c) => claveDe(c.id)))];
  const tabla = leerPagina('/datos/').querySelector('table.por-anio')!;
  const claves = tabla.querySelectorAll('tbody tr').map((tr) => tr.getAttribute('data-anio')!);

  it('hay un renglón por año de los documentos, del más reciente al más antiguo, y al final los sin año', () => {
    expect([...claves].sort()).toEqual([...clavesEsperadas].sort());
    const anios = claves.filter((c) => c !== 'sin-anio').map(Number);
    expect(anios).toEqual([...anios].sort((a, b) => b - a));
    if (claves.includes('sin-anio')) expect(claves.at(-1)).toBe('sin-anio');
  });

  it('cada enlace de la tabla existe y dice su peso exacto; los documentos suman el total', () => {
    for (const a of tabla.querySelectorAll('td a')) {
      const href = a.getAttribute('href')!;
      expect(existeEnSitio(href), href).toBe(true);
      expect(Number(a.nextElementSibling!.getAttribute('value')), href).toBe(statSync(join(DIST, href)).size);
    }
    const numero = (td: { textContent: string }) => Number(td.textContent.replace(/,/g, ''));
    const documentos = tabla.querySelectorAll('tbody tr').map((tr) => numero(tr.querySelectorAll('td')[0]!));
    expect(documentos.reduce((n, x) => n + x, 0)).toBe(contenido.convenios.length);
    expect(numero(tabla.querySelector('tfoot td')!)).toBe(contenido.convenios.length);
  });

  it('cada convenios-{año}.json valida, tiene los registros de convenios.json de su año y juntos son todos, sin repetir', () => {
    const validar = validador(leerJson('datos/esquemas/convenios.schema.json'));
    const porId = new Map((todos.convenios as { id: string }[]).map((c) => [c.id, c]));
    const vistos: string[] = [];
    for (const clave of claves) {
      const anio = leerJson(`datos/por-anio/convenios-${clave}.json`);
      expect(validar(anio), clave).toEqual([]);
      const { convenios: _c, titulo: _t, ...cabecera } = anio;
      const { convenios: _d, titulo: _u, ...cabeceraCompleta } = todos;
      expect(cabecera).toEqual(cabeceraCompleta);
      for (const r of anio.convenios as { id: string }[]) {
        expect(claveDe(r.id), r.id).toBe(clave);
        expect(r).toEqual(porId.get(r.id));
      }
      // The whole file's order, newest first.
      const ids = (anio.convenios as { id: string }[]).map((c) => c.id);
      expect(ids).toEqual([...porId.keys()].filter((id) => claveDe(id) === clave));
      vistos.push(...ids);
    }
    expect(vistos).toHaveLength(new Set(vistos).size);
    expect(vistos.sort()).toEqual([...porId.keys()].sort());
  });

  it.each([
    ['compromisos', 'convenio_id'],
    ['convenios', 'id'],
  ])('cada %s-{año}.csv tiene la cabecera y los renglones del completo de su año, y juntos son todos, sin repetir', (nombre, columna) => {
    const completo = leer(`datos/${nombre}.csv`);
    const cabecera = completo.slice(0, completo.indexOf('\r\n') + 2);
    const renglones = csv(`${nombre}.csv`);
    const juntos: Record<string, string>[] = [];
    for (const clave of claves) {
      const texto = leer(`datos/por-anio/${nombre}-${clave}.csv`);
      expect(texto.startsWith(cabecera), clave).toBe(true);
      const filas = csv(`por-anio/${nombre}-${clave}.csv`);
      expect(filas).toEqual(renglones.filter((f) => claveDe(f[columna]!) === clave));
      juntos.push(...filas);
    }
    expect(juntos).toHaveLength(renglones.length);
    const clave = (f: Record<string, string>) => JSON.stringify(f);
    expect(juntos.map(clave).sort()).toEqual(renglones.map(clave).sort());
  });

  it('datapackage.json lista los archivos por año de compromisos y convenios con su tamaño y su huella', () => {
    const partidas = (
      paquete.resources as (Recurso & { por_anio?: { anio: number | null; path: string; bytes: number; hash: string; filas: number }[] })[]
    ).filter((r) => r.por_anio);
    expect(partidas.map((r) => r.name)).toEqual(['compromisos', 'convenios']);
    for (const r of partidas) {
      expect(r.por_anio!.map((p) => p.path)).toEqual(claves.map((c) => `por-anio/${r.name}-${c}.csv`));
      for (const p of r.por_anio!) {
        const ruta = join(DIST, 'datos', p.path);
        expect(p.bytes, p.path).toBe(statSync(ruta).size);
        expect(p.hash, p.path).toBe(`sha256:${createHash('sha256').update(readFileSync(ruta)).digest('hex')}`);
        expect(p.filas, p.path).toBe(csv(p.path).length);
      }
    }
  });
});

describe('/datos/', () => {
  const pagina = leerPagina('/datos/');

  it('dice el tamaño exacto y los renglones de cada archivo', () => {
    const lista = pagina.querySelectorAll('.archivos li[data-archivo]');
    expect(lista.length).toBeGreaterThanOrEqual(9);
    for (const li of lista) {
      const href = li.querySelector('a')!.getAttribute('href')!;
      expect(existeEnSitio(href), href).toBe(true);
      const bytes = Number(/^([\d,]+) bytes?/.exec(li.querySelector('.archivos__tamano')!.textContent)![1]!.replace(/,/g, ''));
      expect(bytes, href).toBe(statSync(join(DIST, href)).size);
    }
    const filas = (archivo: string) =>
      Number(/[\d,]+/.exec(pagina.querySelector(`li[data-archivo="${archivo}"] .archivos__filas`)!.textContent)![0]!.replace(/,/g, ''));
    expect(filas('compromisos.csv')).toBe(compromisosDelContenido.length);
    expect(filas('convenios.csv')).toBe(contenido.convenios.length);
    expect(filas('vencimientos.ics')).toBe(
      new ICAL.Component(ICAL.parse(leer('datos/vencimientos.ics'))).getAllSubcomponents('vevent').length,
    );
  });

  it('tiene el diccionario de cada columna de cada CSV, la fecha de corte, la cita y la licencia', () => {
    for (const r of leerJson('datos/datapackage.json').resources) {
      const dl = pagina.querySelector(`section[aria-labelledby="tabla-${r.name}"] dl.diccionario`)!;
      expect(dl.querySelectorAll('dt code').map((c) => c.textContent)).toEqual(r.schema.fields.map((f: { name: string }) => f.name));
    }
    const texto = espacios(pagina.textContent);
    expect(texto).toMatch(/Datos con corte al \d{1,2} de \p{L}+ de \d{4}\. https?:\/\/\S+\/datos\//u);
    expect(pagina.querySelector('a[href="https://datos.gob.mx/libreusomx"]')).not.toBeNull();
  });
});
