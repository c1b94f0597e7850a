import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { abrirTextosGuardados } from '../../src/contenido/textos-guardados-fs.ts';

// What a build keeps for the next one, written as it goes: appended to the last build's file of the same version,
// which is rewritten with only the texts in use once the unused ones outweigh them.
const carpeta = mkdtempSync(join(tmpdir(), 'textos-guardados-'));
afterAll(() => rmSync(carpeta, { recursive: true, force: true }));

/** A build that asks for `claves`, making (and keeping) the ones the last build did not keep. */
function construccion(archivo: string, version: string, claves: Record<string, string>, cerrar = true) {
  const guardados = abrirTextosGuardados(archivo, version);
  const hechos: string[] = [];
  const textos = Object.entries(claves).map(([clave, texto]) => {
    const guardado = guardados.obtener(clave);
    if (guardado !== undefined) return guardado.toString('utf8');
    hechos.push(clave);
    guardados.poner(clave, texto);
    return texto;
  });
  if (cerrar) guardados.cerrar();
  return { textos, hechos };
}

describe('abrirTextosGuardados', () => {
  const archivo = join(carpeta, 'cache', 'piezas');
  const textos = { a: 'año «uno»\n', b: '', c: 'x'.repeat(5_000_000) };

  it('la primera construcción hace todo y lo guarda', () => {
    expect(construccion(archivo, 'v1', textos).hechos).toEqual(['a', 'b', 'c']);
    expect(existsSync(archivo)).toBe(true);
  });

  it('la siguiente toma lo guardado, con los mismos textos, y no reescribe el archivo si nada cambió', () => {
    const antes = statSync(archivo).mtimeMs;
    const { textos: leidos, hechos } = construccion(archivo, 'v1', textos);
    expect(hechos).toEqual([]);
    expect(leidos).toEqual(Object.values(textos));
    expect(statSync(archivo).mtimeMs).toBe(antes);
  });

  it('tras cambiar poco, añade lo nuevo al final y conserva lo que no se usó', () => {
    const antes = readFileSync(archivo);
    expect(construccion(archivo, 'v1', { c: '-', d: 'nuevo' }).hechos).toEqual(['d']);
    const despues = readFileSync(archivo);
    expect(despues.subarray(0, antes.length).equals(antes)).toBe(true);
    expect(despues.subarray(antes.length).toString('utf8')).toBe('d 5\nnuevo');
    expect(construccion(archivo, 'v1', { a: '-', b: '-', c: '-', d: '-' }).hechos).toEqual([]);
  });

  it('cuando lo que no se usó pesa más que lo usado, guarda sólo lo usado', () => {
    expect(construccion(archivo, 'v1', { a: '-', d: '-' }).hechos).toEqual([]);
    expect(statSync(archivo).size).toBeLessThan(100);
    expect(construccion(archivo, 'v1', { a: '-', b: '-', c: '-', d: '-' }).hechos).toEqual(['b', 'c']);
  });

  it('lo que una construcción que no cerró alcanzó a escribir sirve; un texto cortado a la mitad, no', () => {
    // Texts reach the disk a mebibyte at a time: this build, stopped before closing, had gathered that much.
    construccion(archivo, 'v1', { z: 'a medias', g: 'g'.repeat(1 << 20) }, false);
    expect(construccion(archivo, 'v1', { z: '-', g: '-' }).hechos).toEqual([]);
    const completo = readFileSync(archivo);
    writeFileSync(archivo, Buffer.concat([completo, Buffer.from('y 100\nnada más')]));
    expect(construccion(archivo, 'v1', { z: '-', y: 'entero' }).hechos).toEqual(['y']);
    expect(readFileSync(archivo).toString('utf8')).toMatch(/z 8\na mediasy 6\nentero$/);
  });

  it('con otra versión no toma nada', () => {
    expect(construccion(archivo, 'v2', { a: 'año «uno»\n' }).hechos).toEqual(['a']);
  });

  it.each([
    ['que no existe', () => join(carpeta, 'no-existe', 'x')],
    ['de otra cosa', () => basura()],
  ])('un archivo %s es como no tener nada guardado', (_, ruta) => {
    expect(construccion(ruta(), 'v2', { a: 'año «uno»\n' }).hechos).toEqual(['a']);
  });
});

function basura(): string {
  const otro = join(carpeta, 'basura');
  writeFileSync(otro, '"v2"\nuna línea sin tamaño\n');
  return otro;
}

describe('descartar', () => {
  it('no deja nada de la construcción, ni la carpeta que hizo para guardarlo', () => {
    const cache = join(carpeta, 'otra-cache');
    const guardados = abrirTextosGuardados(join(cache, 'lecturas'), 'v1');
    guardados.poner('a', 'texto');
    expect(existsSync(cache)).toBe(true);
    guardados.descartar();
    expect(existsSync(cache)).toBe(false);
  });

  it('deja lo que guardó la construcción anterior', () => {
    const archivo = join(carpeta, 'anterior');
    construccion(archivo, 'v1', { a: 'texto a' });
    const guardados = abrirTextosGuardados(archivo, 'v1');
    guardados.poner('b', 'texto b');
    guardados.descartar();
    expect(construccion(archivo, 'v1', { a: '-' }).hechos).toEqual([]);
    expect(existsSync(`${archivo}.tmp`)).toBe(false);
  });
});
