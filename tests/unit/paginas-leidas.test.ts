import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { leerPaginas } from '../../src/cli/lotes-del-indice-fs.ts';

// The index step reads again only the pages whose size or modification time changed since the last build.
const carpeta = mkdtempSync(join(tmpdir(), 'paginas-leidas-'));
afterAll(() => rmSync(carpeta, { recursive: true, force: true }));

const registro = join(carpeta, 'paginas.json');
const pagina = (texto: string) => `<html><body><main data-pagefind-body>${texto}</main></body></html>`;
const a = join(carpeta, 'a.html');
const b = join(carpeta, 'b.html');
const huellas = async () => (await leerPaginas([a, b], registro)).map((p) => p.huella);

it('lee cada página la primera vez, y no otra vez una página con el mismo tamaño y la misma fecha', async () => {
  // Whole seconds: a time set again with utimes is then exactly the same.
  const hora = new Date('2026-12-04T12:00:00Z');
  writeFileSync(a, pagina('uno'));
  utimesSync(a, hora, hora);
  writeFileSync(b, pagina('dos'));
  const primeras = await huellas();
  expect(new Set(primeras).size).toBe(2);
  // Same size, same time, other text: only a page that was not read again keeps its old hash.
  writeFileSync(a, pagina('uNo'));
  utimesSync(a, hora, hora);
  expect(await huellas()).toEqual(primeras);
  // Written again (as a rebuild writes it): read again.
  writeFileSync(a, pagina('uNo'));
  utimesSync(a, hora, new Date(hora.getTime() + 1000));
  const segundas = await huellas();
  expect(segundas[0]).not.toBe(primeras[0]);
  expect(segundas[1]).toBe(primeras[1]);
});

it('sin registro lee todas, y lo que da es lo mismo que con él', async () => {
  const sin = await leerPaginas([a, b]);
  expect(sin).toEqual(await leerPaginas([a, b], registro));
  expect(sin.map((p) => p.indexable)).toEqual([true, true]);
});
