import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as leerCsv } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existeEnSitio as existeEn, leerPagina as leerEn } from './sitio.ts';

/**
 * The whole record against its source: every ASM and every evaluation of the SHCP files in
 * ../shared/reference/shcp (beside the repository, in CI too), imported with the project's own commands into a
 * copy of the content and built, must be in the downloads and pages. Counted here from the source files,
 * independently of the importers. (content/ does not carry the record yet: it is published together with the
 * federal measure of issue 12.)
 */
const FUENTE = resolve('..', 'shared', 'reference', 'shcp');
const ARCHIVO_ASM = join(FUENTE, 'aspectos_susceptibles_mejora.csv');
const ARCHIVO_EV = join(FUENTE, 'evaluaciones.csv');

function fuente(archivo: string): Record<string, string>[] {
  if (!existsSync(archivo)) {
    throw new Error(
      `No existe ${archivo}: esta prueba compara lo publicado con los archivos de la SHCP, que deben estar en ../shared/reference/shcp junto al repositorio.`,
    );
  }
  return leerCsv(iconv.decode(readFileSync(archivo), 'win1252'), { columns: (h: string[]) => h.map((x) => x.trim()), bom: true }) as Record<
    string,
    string
  >[];
}
const temporal = mkdtempSync(join(tmpdir(), 'registro-federal-'));
const DIST = join(temporal, 'dist');
const existeEnSitio = (ruta: string) => existeEn(ruta, DIST);
const leerPagina = (ruta: string) => leerEn(ruta, DIST);
const descarga = (nombre: string) =>
  leerCsv(readFileSync(join(DIST, 'datos', nombre), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];

beforeAll(() => {
  const contenido = join(temporal, 'content');
  cpSync('content', contenido, { recursive: true });
  const correr = (args: string[]) => {
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, CONTENIDO_DIR: contenido, SALIDA_DIR: DIST } });
    expect(r.status, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
  };
  correr(['scripts/importar-shcp.ts', ARCHIVO_ASM, '--contenido', contenido]);
  correr(['scripts/importar-evaluaciones.ts', ARCHIVO_EV, '--contenido', contenido]);
  correr([realpathSync('node_modules/.bin/astro'), 'build']);
}, 900_000);
afterAll(() => rmSync(temporal, { recursive: true, force: true }));

const asm = fuente(ARCHIVO_ASM);
const evaluaciones = fuente(ARCHIVO_EV);

describe('el registro federal completo de la SHCP está publicado', () => {
  it('los archivos de la SHCP tienen 1,436 ASM y 1,438 evaluaciones', () => {
    expect(asm).toHaveLength(1436);
    expect(evaluaciones).toHaveLength(1438);
  });

  it('cada ID_ASM de la fuente está una vez en /datos/compromisos.csv', () => {
    const publicados = descarga('compromisos.csv')
      .filter((f) => f.id_asm)
      .map((f) => f.id_asm!);
    expect(publicados).toHaveLength(asm.length);
    expect(new Set(publicados)).toEqual(new Set(asm.map((f) => f.ID_ASM!)));
  });

  it('cada ID_EVALUACION de la fuente está una vez en /datos/evaluaciones.csv y tiene su página', () => {
    const filas = descarga('evaluaciones.csv');
    expect(filas).toHaveLength(evaluaciones.length);
    expect(new Set(filas.map((f) => f.id_evaluacion))).toEqual(new Set(evaluaciones.map((f) => f.ID_EVALUACION!)));
    for (const f of filas) expect(existeEnSitio(`/evaluaciones/${f.id}/`), f.id).toBe(true);
  });

  it('los costos publicados son los de la fuente cuando son pesos', () => {
    const porId = new Map(descarga('evaluaciones.csv').map((f) => [f.id_evaluacion!, f]));
    for (const e of evaluaciones) {
      const costo = e.COSTOS!.trim();
      const publicado = porId.get(e.ID_EVALUACION!)!.costo;
      if (/^\d+(\.\d+)?$/.test(costo)) expect(Number(publicado), e.ID_EVALUACION).toBe(Number(costo));
      else expect(publicado, e.ID_EVALUACION).toBe('');
    }
  });

  it('cada ASM cuyo ID_ASM es un ID_EVALUACION más _NN cuenta en su evaluación, y ningún otro', () => {
    const ids = new Set(evaluaciones.map((e) => e.ID_EVALUACION!.toLowerCase()));
    const esperados = new Map<string, number>();
    for (const a of asm) {
      const m = /^(.+)_\d+$/.exec(a.ID_ASM!);
      if (m && ids.has(m[1]!.toLowerCase())) esperados.set(m[1]!.toLowerCase(), (esperados.get(m[1]!.toLowerCase()) ?? 0) + 1);
    }
    const filas = descarga('evaluaciones.csv');
    for (const f of filas) expect(Number(f.asm), f.id_evaluacion).toBe(esperados.get(f.id_evaluacion!.toLowerCase()) ?? 0);
    const enlazados = [...esperados.values()].reduce((s, k) => s + k, 0);
    expect(filas.reduce((s, f) => s + Number(f.asm), 0)).toBe(enlazados);
    expect(enlazados).toBeGreaterThan(0);
    expect(enlazados).toBeLessThan(asm.length);
  });

  it('la página de una evaluación enlaza cada ASM a su ancla en el seguimiento federal, o dice que no tiene', () => {
    const filas = descarga('evaluaciones.csv');
    const con = filas.find((f) => Number(f.asm) > 0)!;
    const pagina = leerPagina(`/evaluaciones/${con.id}/`);
    const enlaces = pagina.querySelectorAll('a[href*="#compromiso-"]').map((a) => a.getAttribute('href')!);
    expect(enlaces).toHaveLength(Number(con.asm));
    for (const href of enlaces) {
      const [ruta, ancla] = href.split('#');
      expect(leerPagina(ruta!).getElementById(ancla!), href).not.toBeNull();
    }
    const sin = filas.find((f) => f.asm === '0')!;
    expect(leerPagina(`/evaluaciones/${sin.id}/`).text).toContain('El archivo de la SHCP no asocia ASM a esta evaluación');
    const informe = pagina.querySelector('a[href^="http://www.transparenciapresupuestaria.gob.mx/"]')!;
    expect(informe.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('el Data Package describe evaluaciones.csv con su clave foránea a programas', () => {
    const paquete = JSON.parse(readFileSync(join(DIST, 'datos', 'datapackage.json'), 'utf8')) as {
      resources: { name: string; schema: { foreignKeys: unknown[]; fields: { name: string; description: string }[] } }[];
    };
    const r = paquete.resources.find((x) => x.name === 'evaluaciones')!;
    expect(r.schema.foreignKeys).toEqual([{ fields: ['programa_id'], reference: { resource: 'programas', fields: ['id'] } }]);
    for (const f of r.schema.fields) expect(f.description.length, f.name).toBeGreaterThan(10);
    const programas = new Set(descarga('programas.csv').map((f) => f.id));
    for (const f of descarga('evaluaciones.csv')) if (f.programa_id) expect(programas.has(f.programa_id), f.programa_id).toBe(true);
  });

  it('la lista se pagina de 100 en 100 y cada página de filtro existe', () => {
    const paginas = Math.ceil(evaluaciones.length / 100);
    expect(existeEnSitio('/evaluaciones/')).toBe(true);
    for (let n = 2; n <= paginas; n++) expect(existeEnSitio(`/evaluaciones/pagina/${n}/`), String(n)).toBe(true);
    expect(existeEnSitio(`/evaluaciones/pagina/${paginas + 1}/`)).toBe(false);
    const filtros = leerPagina('/evaluaciones/')
      .querySelectorAll('nav.filtros-evaluaciones a')
      .map((a) => a.getAttribute('href')!);
    expect(filtros.length).toBeGreaterThan(10);
    for (const href of filtros) expect(existeEnSitio(href), href).toBe(true);
  });
});
