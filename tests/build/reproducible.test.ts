import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { tamanoDeCarpeta } from '../../scripts/bench/pesos.ts';
import { readdirSync } from 'node:fs';

const ASTRO = realpathSync('node_modules/.bin/astro');
const carpeta = mkdtempSync(join(tmpdir(), 'reproducible-'));
afterAll(() => rmSync(carpeta, { recursive: true, force: true }));

function construir(nombre: string): string {
  const salida = join(carpeta, nombre);
  // Without FECHA_CORTE the cut-off comes from SOURCE_DATE_EPOCH, as a release build would do.
  const { FECHA_CORTE: _omitida, ...entorno } = process.env;
  const r = spawnSync(process.execPath, [ASTRO, 'build'], {
    env: { ...entorno, SOURCE_DATE_EPOCH: '1795392000', SALIDA_DIR: salida },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return salida;
}

function archivos(raiz: string): string[] {
  return readdirSync(raiz, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(raiz.length + 1))
    .sort();
}

it('dos construcciones del mismo contenido con el mismo SOURCE_DATE_EPOCH son idénticas byte a byte', () => {
  const a = construir('a');
  const b = construir('b');
  const lista = archivos(a);
  expect(lista.length).toBeGreaterThan(20);
  expect(archivos(b)).toEqual(lista);
  const distintos = lista.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  expect(distintos).toEqual([]);
  expect(tamanoDeCarpeta(a)).toEqual(tamanoDeCarpeta(b));
});
