import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { abrirLecturas } from '../../src/contenido/lecturas-fs.ts';

// A build keeps what it read from each file; the next one reads again only the files whose text changed.
const carpeta = mkdtempSync(join(tmpdir(), 'lecturas-'));
afterAll(() => rmSync(carpeta, { recursive: true, force: true }));

type Leida = { ok: true; valor: { datos: { titulo: string; fecha: string } } } | { ok: false; problemas: string[] };

/** A build's pass over `archivos`: returns what each read gave and which files were parsed. */
function pasada(archivo: string, version: string, archivos: Record<string, string>) {
  const lecturas = abrirLecturas(archivo, version);
  const parseados: string[] = [];
  const leidas = Object.entries(archivos).map(([ruta, texto]) =>
    lecturas.leer(ruta, texto, (): Leida => {
      parseados.push(ruta);
      return texto.includes('roto')
        ? { ok: false, problemas: [`${ruta}: roto`] }
        : { ok: true, valor: { datos: { titulo: texto, fecha: '2026-01-02' } } };
    }),
  );
  lecturas.guardar();
  return { leidas, parseados };
}

describe('abrirLecturas: lo que una construcción leyó, para la siguiente', () => {
  const archivo = join(carpeta, 'cache', 'lecturas');
  const primera = { 'a.md': 'texto a', 'b.md': 'texto b', 'c.md': 'roto' };

  it('la primera vez lee todo', () => {
    expect(pasada(archivo, 'v1', primera).parseados).toEqual(['a.md', 'b.md', 'c.md']);
  });

  it('la siguiente no vuelve a leer los archivos iguales que leyó bien, y da lo mismo', () => {
    const { leidas, parseados } = pasada(archivo, 'v1', primera);
    expect(parseados).toEqual(['c.md']);
    expect(leidas[0]).toEqual({ ok: true, valor: { datos: { titulo: 'texto a', fecha: '2026-01-02' } } });
    expect(leidas[2]).toEqual({ ok: false, problemas: ['c.md: roto'] });
  });

  it('lee otra vez un archivo cuyo texto cambió, y uno igual con otro nombre', () => {
    const { parseados } = pasada(archivo, 'v1', { 'a.md': 'texto a editado', 'b.md': 'texto b', 'd.md': 'texto a' });
    expect(parseados).toEqual(['a.md', 'd.md']);
  });

  it('cambiar un objeto leído, aun antes de guardar, no cambia lo guardado', () => {
    const lecturas = abrirLecturas(archivo, 'v1');
    const leida = lecturas.leer('e.md', 'texto e', (): Leida => ({
      ok: true,
      valor: { datos: { titulo: 'texto e', fecha: '2026-01-02' } },
    }));
    if (leida.ok) leida.valor.datos.titulo = 'cambiado';
    lecturas.guardar();
    const antes = pasada(archivo, 'v1', { 'e.md': 'texto e' });
    expect(antes.parseados).toEqual([]);
    expect(antes.leidas[0]).toMatchObject({ valor: { datos: { titulo: 'texto e' } } });
  });

  it('con otro código (otra versión) vuelve a leer todo', () => {
    expect(pasada(archivo, 'v2', { 'b.md': 'texto b' }).parseados).toEqual(['b.md']);
  });

  it.each([
    ['que no existe', join(carpeta, 'no-existe', 'x')],
    ['ilegible', join(carpeta, 'basura')],
  ])('un archivo de lecturas %s es como no tener nada guardado', (_, otro) => {
    writeFileSync(join(carpeta, 'basura'), 'no es un archivo de lecturas');
    expect(pasada(otro, 'v1', { 'b.md': 'texto b' }).parseados).toEqual(['b.md']);
  });
});
