import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tamanoDeCarpeta } from '../../scripts/bench/pesos.ts';
import { construirSitio } from '../ayudas/construir-sitio.ts';
import { archivosDe } from './sitio.ts';

// The suite's content as it is, built twice into two folders. Without FECHA_CORTE the cut-off comes from
// SOURCE_DATE_EPOCH, as a release build would do.
const construir = () =>
  construirSitio({ nombre: 'reproducible', copiar: false, entorno: { FECHA_CORTE: undefined, SOURCE_DATE_EPOCH: '1795392000' } });
const primera = construir();
const segunda = construir();

it('dos construcciones del mismo contenido con el mismo SOURCE_DATE_EPOCH son idénticas byte a byte', () => {
  const a = primera.dist;
  const b = segunda.dist;
  const lista = archivosDe(a);
  expect(lista.length).toBeGreaterThan(20);
  expect(archivosDe(b)).toEqual(lista);
  const distintos = lista.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  expect(distintos).toEqual([]);
  expect(tamanoDeCarpeta(a)).toEqual(tamanoDeCarpeta(b));
});
