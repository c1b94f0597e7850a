import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { generarSinteticos } from '../../scripts/sinteticos/generador.ts';
import { carpetaTemporal, ejecutarConstruccion } from '../ayudas/construir-sitio.ts';
import { archivosDe } from './sitio.ts';

// One convenio edited after a build: the next build reuses every other document's page and JSON record from
// Astro's incremental cache (astro.config.mjs, with CONSTRUCCION_INCREMENTAL=1) and still ends byte for byte like a
// build from nothing.
const N = 40;
const carpeta = carpetaTemporal('reconstruccion');
const contenido = join(carpeta, 'content');
const entorno = { FECHA_CORTE: '2026-11-21', SOURCE_DATE_EPOCH: '1795392000', CONSTRUCCION_INCREMENTAL: '1' };
let reconstruccion = '';

function construir(dist: string): string {
  const r = ejecutarConstruccion(contenido, dist, entorno);
  if (r.estado !== 0) throw new Error(`La construcción falló (estado ${r.estado}):\n${r.salida.slice(-3000)}`);
  return r.salida;
}

const editado = () => readdirSync(join(contenido, 'convenios')).sort()[0]!;

beforeAll(() => {
  for (const [ruta, texto] of generarSinteticos({ n: N }).archivos) {
    mkdirSync(join(contenido, ruta, '..'), { recursive: true });
    writeFileSync(join(contenido, ruta), texto);
  }
  construir(join(carpeta, 'a'));
  const archivo = join(contenido, 'convenios', editado());
  writeFileSync(archivo, readFileSync(archivo, 'utf8').replace(/^titulo: (.*)$/m, 'titulo: $1 (editado)'));
  // Astro colours its log when CI is set; the checks read the words.
  reconstruccion = stripVTControlCharacters(construir(join(carpeta, 'a')));
  construir(join(carpeta, 'b'));
}, 300_000);

it('la reconstrucción reutiliza la página y el JSON de cada documento que no cambió, y sólo esos', () => {
  const reutilizados = [...reconstruccion.matchAll(/convenios\/([^/\s]+)(?:\/index\.html|\.json)\s+\((?:restored|cached)\)/g)].map(
    (m) => m[1],
  );
  const id = editado().replace(/\.md$/, '');
  expect(reutilizados).toHaveLength(2 * (N - 1));
  expect(reutilizados).not.toContain(id);
  expect(readFileSync(join(carpeta, 'a', 'convenios', id, 'index.html'), 'utf8')).toContain('(editado)');
});

it('reutiliza los archivos por año de los años que no tocó la edición, y vuelve a escribir los del suyo', () => {
  const id = editado().replace(/\.md$/, '');
  const porAnio = readdirSync(join(carpeta, 'a', 'datos', 'por-anio')).sort();
  const reutilizados = [...reconstruccion.matchAll(/datos\/por-anio\/(\S+)\s+\((?:restored|cached)\)/g)].map((m) => m[1]).sort();
  const delEditado = porAnio.filter((f) => readFileSync(join(carpeta, 'a', 'datos', 'por-anio', f), 'utf8').includes(id));
  expect(delEditado.length).toBeGreaterThan(0);
  expect(reutilizados.length).toBeGreaterThan(0);
  expect(reutilizados).toEqual(porAnio.filter((f) => !delEditado.includes(f)));
});

it('tras editar un convenio, la reconstrucción es idéntica byte a byte a construir de cero', () => {
  const a = join(carpeta, 'a');
  const b = join(carpeta, 'b');
  const lista = archivosDe(b);
  expect(lista.length).toBeGreaterThan(3 * N);
  expect(archivosDe(a)).toEqual(lista);
  expect(lista.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))))).toEqual([]);
});
