import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { generarSinteticos } from '../../scripts/sinteticos/generador.ts';
import type { Manifiesto } from '../../src/lib/reconstruccion.ts';
import { carpetaTemporal, ejecutarConstruccion } from '../ayudas/construir-sitio.ts';
import { archivosDe } from './sitio.ts';

// One convenio edited after a build: the next build is partial (src/integraciones/reconstruccion-fs.ts). It renders
// again only the routes whose key changed, and still ends byte for byte like a build from nothing; a rebuild that
// would add or remove pages starts over as a full build. 210 convenios: /convenios/ gets a second and a third page.
const N = 210;
const carpeta = carpetaTemporal('reconstruccion');
const contenido = join(carpeta, 'content');
const a = join(carpeta, 'a');
const b = join(carpeta, 'b');
const entorno = { FECHA_CORTE: '2026-11-21', SOURCE_DATE_EPOCH: '1795392000' };
const registros: Record<'primera' | 'parcial' | 'rehecha', string> = { primera: '', parcial: '', rehecha: '' };
let fantasma = '';

function construir(dist: string): string {
  const r = ejecutarConstruccion(contenido, dist, entorno);
  if (r.estado !== 0) throw new Error(`La construcción falló (estado ${r.estado}):\n${r.salida.slice(-3000)}`);
  // Astro colours its log when CI is set; the checks read the words.
  return stripVTControlCharacters(r.salida);
}

const editado = () => readdirSync(join(contenido, 'convenios')).sort()[0]!.replace(/\.md$/, '');
/** The documents whose page Astro rendered, from its log. */
const generados = (registro: string) => [...registro.matchAll(/├─ \/convenios\/([^/\s]+)\/index\.html/g)].map((m) => m[1]);
/** The pages of lists and groups Astro rendered, from its log (the convenio pages themselves left out). */
const listas = (registro: string) =>
  [...registro.matchAll(/├─ \/((?:convenios\/pagina|gobiernos|ejercicios)\/[^/\s]+)\/index\.html/g)].map((m) => m[1]).sort();
/** The same kind of pages in the output that link to the edited convenio. */
const queLoMuestran = () =>
  archivosDe(a)
    .filter((f) => /^(?:convenios\/pagina|gobiernos|ejercicios)\/[^/]+\/index\.html$/.test(f))
    .filter((f) => readFileSync(join(a, f), 'utf8').includes(`/convenios/${editado()}/`))
    .map((f) => f.replace(/\/index\.html$/, ''))
    .sort();
const identicas = () => {
  const lista = archivosDe(b);
  return { lista, distintos: lista.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) };
};

beforeAll(() => {
  for (const [ruta, texto] of generarSinteticos({ n: N }).archivos) {
    mkdirSync(join(contenido, ruta, '..'), { recursive: true });
    writeFileSync(join(contenido, ruta), texto);
  }
  registros.primera = construir(a);
  const archivo = join(contenido, 'convenios', `${editado()}.md`);
  writeFileSync(archivo, readFileSync(archivo, 'utf8').replace(/^titulo: (.*)$/m, 'titulo: $1 (editado)'));
  registros.parcial = construir(a);
  construir(b);
}, 300_000);

it('la primera construcción es completa y la que sigue a una edición, parcial', () => {
  expect(registros.primera).not.toContain('Sólo cambiaron convenios');
  expect(generados(registros.primera)).toHaveLength(N);
  expect(registros.parcial).toContain('Sólo cambiaron convenios');
});

it('la reconstrucción parcial genera la página del convenio editado y la de ningún otro', () => {
  expect(generados(registros.parcial)).toEqual([editado()]);
  expect(readFileSync(join(a, 'convenios', editado(), 'index.html'), 'utf8')).toContain('(editado)');
});

it('de las listas, la reconstrucción parcial genera sólo las páginas donde está el convenio editado', () => {
  const suyas = queLoMuestran();
  // Its government's page, its year's and the later page of /convenios/ it falls on (the oldest convenios).
  expect(suyas.filter((f) => f.startsWith('convenios/pagina/'))).toHaveLength(1);
  expect(suyas.filter((f) => f.startsWith('gobiernos/'))).toHaveLength(1);
  expect(suyas.filter((f) => f.startsWith('ejercicios/'))).toHaveLength(1);
  expect(listas(registros.parcial)).toEqual(suyas);
  expect(listas(registros.primera).length).toBeGreaterThan(suyas.length);
});

it('tras editar un convenio, la reconstrucción parcial es idéntica byte a byte a construir de cero', () => {
  const { lista, distintos } = identicas();
  expect(lista.length).toBeGreaterThan(3 * N);
  expect(archivosDe(a)).toEqual(lista);
  expect(distintos).toEqual([]);
});

it('si la edición agrega o quita páginas, se construye todo y no queda ninguna de antes', () => {
  // The previous build's record says it had one ente page more than there is now, and that page is in the output.
  const manifiesto = join(`${a}.cache`, 'reconstruccion.json');
  const previo = JSON.parse(readFileSync(manifiesto, 'utf8')) as Manifiesto;
  fantasma = 'entes/fantasma';
  previo.rutas['entes/[id]']![fantasma] = 'clave';
  writeFileSync(manifiesto, JSON.stringify(previo));
  mkdirSync(join(a, fantasma), { recursive: true });
  writeFileSync(join(a, fantasma, 'index.html'), '<p>de antes</p>');
  registros.rehecha = construir(a);
  expect(registros.rehecha).toContain('La edición cambia qué páginas existen (entes/[id]): se construye el sitio completo.');
  expect(generados(registros.rehecha)).toHaveLength(N);
  const { lista, distintos } = identicas();
  expect(archivosDe(a)).toEqual(lista);
  expect(distintos).toEqual([]);
}, 300_000);

it('la reconstrucción parcial toma de lo guardado las descargas de los convenios que no cambiaron', () => {
  // Marks what the last build kept of another convenio's JSON record, without changing its length.
  const otro = readdirSync(join(contenido, 'convenios')).sort()[1]!.replace(/\.md$/, '');
  const piezas = join(`${a}.cache`, 'piezas');
  const original = `"id": "${otro}"`;
  const marcado = `"id": "${otro.toUpperCase()}"`;
  const guardado = readFileSync(piezas);
  expect(guardado.includes(original)).toBe(true);
  writeFileSync(piezas, Buffer.from(guardado.toString('latin1').replace(original, marcado), 'latin1'));
  const archivo = join(contenido, 'convenios', `${editado()}.md`);
  writeFileSync(archivo, readFileSync(archivo, 'utf8').replace(/^titulo: (.*)$/m, 'titulo: $1 (otra vez)'));
  expect(construir(a)).toContain('Sólo cambiaron convenios');
  const conjunto = readFileSync(join(a, 'datos', 'convenios.json'), 'utf8');
  expect(conjunto).toContain(marcado);
  expect(conjunto).toContain('(otra vez)');
}, 300_000);
