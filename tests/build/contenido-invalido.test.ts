import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copiarContenidoCurado } from '../contenido-curado.ts';

// Each case copies the real content, breaks one thing, and runs the real build on it.
const ASTRO = realpathSync('node_modules/.bin/astro');
const CONVENIO = 'convenios/edomex-issemym-prestaciones-potestativas-2021.md';
const temporales: string[] = [];
afterAll(() => temporales.forEach((t) => rmSync(t, { recursive: true, force: true })));

function construirCon(archivo: string, romper: (texto: string) => string) {
  const carpeta = mkdtempSync(join(tmpdir(), 'contenido-invalido-'));
  temporales.push(carpeta);
  copiarContenidoCurado(carpeta);
  const ruta = join(carpeta, archivo);
  const original = readFileSync(ruta, 'utf8');
  const roto = romper(original);
  expect(roto, 'el caso debe cambiar el archivo').not.toBe(original);
  writeFileSync(ruta, roto);
  const r = spawnSync(process.execPath, [ASTRO, 'build'], {
    env: { ...process.env, CONTENIDO_DIR: carpeta, SALIDA_DIR: join(carpeta, 'dist') },
    encoding: 'utf8',
  });
  return { estado: r.status, salida: `${r.stdout}\n${r.stderr}` };
}

describe('la construcción se detiene con un mensaje en español que nombra archivo y campo', () => {
  const casos: [string, string, (t: string) => string, RegExp][] = [
    ['fecha imposible', CONVENIO, (t) => t.replace('fecha: "2021-05-17"', 'fecha: "2021-02-30"'), /edomex-issemym-prestaciones-potestativas-2021\.md:\d+: firma\.fecha: fecha imposible o mal escrita: «2021-02-30» \(se esperaba una fecha real AAAA-MM-DD\)/],
    ['ente desconocido', CONVENIO, (t) => t.replace('ente: issemym', 'ente: instituto-inexistente'), /edomex-issemym-prestaciones-potestativas-2021\.md: partes\[2\]\.ente: «instituto-inexistente» no existe \(se esperaba el nombre de un archivo de content\/entes\//],
    ['programa desconocido', CONVENIO, (t) => t.replace(/^programa: .*$/m, 'programa: programa-fantasma'), /\.md: programa: «programa-fantasma» no existe/],
    ['campo obligatorio ausente', CONVENIO, (t) => t.replace(/^pae: .*\n/m, ''), /\.md:\d+: pae: .*(requerido|se esperaba)/i],
    ['tipo equivocado', CONVENIO, (t) => t.replace(/^pae: .*$/m, 'pae: "dos mil dieciocho"'), /\.md:\d+: pae: se esperaba un año de cuatro cifras/],
    ['gobierno desconocido en un ente', 'entes/issemym.yaml', (t) => t.replace(/^gobierno: .*$/m, 'gobierno: atlantida'), /issemym\.yaml: gobierno: «atlantida» no existe/],
  ];
  it.each(casos)('%s', (_nombre, archivo, romper, mensaje) => {
    const { estado, salida } = construirCon(archivo, romper);
    expect(estado).not.toBe(0);
    expect(salida).toMatch(mensaje);
  });
});
