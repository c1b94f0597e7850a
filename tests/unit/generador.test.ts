import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { normalizarNombre } from '../../src/lib/duplicados.ts';
import { AVISO, generarSinteticos, type OpcionesSinteticos } from '../../scripts/sinteticos/generador.ts';
import { escribirYaml } from '../../scripts/sinteticos/yaml.ts';

const COLECCIONES = ['convenios', 'entes', 'gobiernos', 'programas'] as const;
const temporales: string[] = [];
afterAll(() => temporales.forEach((t) => rmSync(t, { recursive: true, force: true })));

function temporal(): string {
  const t = mkdtempSync(join(tmpdir(), 'sinteticos-'));
  temporales.push(t);
  return join(t, 'contenido');
}

/** Runs npm run generar into a new temporary folder; returns the folder and what the script printed. */
function generar(...args: string[]): { carpeta: string; salida: string } {
  const carpeta = temporal();
  const r = spawnSync(process.execPath, ['scripts/generar-sinteticos.ts', ...args, '--salida', carpeta], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return { carpeta, salida: r.stdout };
}

/** Writes generarSinteticos() into a new temporary folder, in process (faster than the script). */
function escribir(opciones: OpcionesSinteticos): string {
  const carpeta = temporal();
  for (const c of COLECCIONES) mkdirSync(join(carpeta, c), { recursive: true });
  for (const [ruta, texto] of generarSinteticos(opciones).archivos) writeFileSync(join(carpeta, ruta), texto);
  return carpeta;
}

/** Every file of a generated folder: relative path → text. */
function leer(carpeta: string): Map<string, string> {
  return new Map(
    COLECCIONES.flatMap((c) =>
      readdirSync(join(carpeta, c))
        .sort()
        .map((f) => [`${c}/${f}`, readFileSync(join(carpeta, c, f), 'utf8')] as const),
    ),
  );
}

describe('npm run generar', () => {
  const primera = generar('--n', '50');

  it('la misma semilla escribe los mismos archivos, byte a byte', () => {
    expect(leer(escribir({ n: 50, semilla: 1 }))).toEqual(leer(primera.carpeta));
  });

  it('otra semilla escribe otros convenios', () => {
    const otra = leer(escribir({ n: 50, semilla: 2 }));
    const antes = leer(primera.carpeta);
    const convenios = (m: Map<string, string>) => [...m].filter(([ruta]) => ruta.startsWith('convenios/'));
    expect(convenios(otra)).not.toEqual(convenios(antes));
  });

  it('escribe --n convenios y cuenta bien lo que escribió', () => {
    const archivos = leer(primera.carpeta);
    const cuenta = Object.fromEntries(COLECCIONES.map((c) => [c, [...archivos.keys()].filter((r) => r.startsWith(`${c}/`)).length]));
    expect(cuenta.convenios).toBe(50);
    expect(primera.salida).toContain(
      `Escribí 50 convenios, ${cuenta.entes} entes, ${cuenta.gobiernos} gobiernos y ${cuenta.programas} programas`,
    );
  });

  it('todo lo que escribe pasa la validación del contenido, con sus referencias', () => {
    const contenido = cargarContenido(primera.carpeta);
    expect(contenido.convenios).toHaveLength(50);
    expect(contenido.convenios.some((c) => c.datos.tipo === 'seguimiento_federal')).toBe(false);
    // Only what the convenios use: every body, program and government is referenced.
    const usados = new Set(
      contenido.convenios.flatMap((c) =>
        c.datos.tipo === 'seguimiento_federal' ? [] : [c.datos.gobierno, c.datos.programa, ...c.datos.partes.map((p) => p.ente)],
      ),
    );
    for (const e of contenido.entes) usados.add(e.datos.gobierno);
    for (const k of ['entes', 'gobiernos', 'programas'] as const)
      for (const x of contenido[k]) expect(usados, `${k}/${x.id}`).toContain(x.id);
  });

  it('ningún reporte, firma ni dictamen queda después de la fecha de corte', () => {
    const corte = '2022-07-15';
    const contenido = cargarContenido(escribir({ n: 50, semilla: 5, corte }));
    for (const c of contenido.convenios) {
      if (c.datos.tipo === 'seguimiento_federal') continue;
      expect(c.datos.firma.fecha <= corte, c.id).toBe(true);
      for (const k of c.datos.compromisos) {
        for (const r of k.seguimiento) {
          expect(r.fecha <= corte, `${c.id} ${k.id}`).toBe(true);
          expect((r.dictamen?.fecha ?? '') <= corte, `${c.id} ${k.id}`).toBe(true);
        }
      }
    }
  });
});

describe('generarSinteticos', () => {
  it('los primeros convenios no dependen de cuántos se pidan', () => {
    const diez = generarSinteticos({ n: 10 }).archivos;
    const cincuenta = generarSinteticos({ n: 50 }).archivos;
    for (const [ruta, texto] of diez) if (ruta.startsWith('convenios/')) expect(cincuenta.get(ruta), ruta).toBe(texto);
  });

  it('no repite un ente, gobierno ni programa del contenido real: los dos se pueden mezclar en un sitio', () => {
    const real = (k: string) =>
      readdirSync(join('content', k))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => ({ archivo: `${k}/${f}`, datos: parse(readFileSync(join('content', k, f), 'utf8')) as { nombre: string } }));
    const generados = [...generarSinteticos({ n: 1000 }).archivos].filter(([ruta]) => !ruta.startsWith('convenios/'));
    for (const k of ['entes', 'gobiernos', 'programas']) {
      const reales = real(k);
      expect(reales.length, k).toBeGreaterThan(0);
      const archivos = new Set(reales.map((r) => r.archivo));
      const nombres = new Set(reales.map((r) => normalizarNombre(r.datos.nombre)));
      for (const [ruta, texto] of generados.filter(([ruta]) => ruta.startsWith(`${k}/`))) {
        expect(archivos.has(ruta), ruta).toBe(false);
        // Programs may share a name across programmatic structures; bodies and governments may not.
        if (k !== 'programas') expect(nombres.has(normalizarNombre((parse(texto) as { nombre: string }).nombre)), ruta).toBe(false);
      }
    }
  });

  it('rechaza opciones inválidas con un mensaje que dice qué se esperaba', () => {
    expect(() => generarSinteticos({ n: 0 })).toThrow(/1 o más/);
    expect(() => generarSinteticos({ n: 1, semilla: 1.5 })).toThrow(/número entero/);
    expect(() => generarSinteticos({ n: 1, corte: '2023-02-29' })).toThrow(/AAAA-MM-DD/);
    expect(() => generarSinteticos({ n: 1, corte: '2018-02-28' })).toThrow(/demasiado temprana/);
  });
});

describe('escribirYaml', () => {
  it('abre con el aviso, omite lo indefinido, no parte renglones largos y se lee igual', () => {
    const largo = 'Texto largo, '.repeat(20).trim();
    const datos = { clave: '02040101', nombre: largo, vacia: [], nada: undefined, lista: [{ a: 1, b: 'x: y' }] };
    const texto = escribirYaml(datos, AVISO);
    expect(texto.split('\n')[0]).toBe(`# ${AVISO}`);
    expect(texto).toContain(`\nnombre: ${largo}\n`);
    expect(texto).toContain('\nvacia: []\n');
    expect(texto).not.toContain('nada');
    const { nada: _, ...definidos } = datos;
    expect(parse(texto)).toEqual(definidos);
  });
});
