import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importarEvaluacionesCli } from '../../src/cli/orden-importar-evaluaciones.ts';
import { importarShcpCli } from '../../src/cli/orden-importar-shcp.ts';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import { copiarContenidoCurado } from '../contenido-curado.ts';

const MUESTRA = 'tests/fixtures/shcp/evaluaciones-muestra.windows-1252.csv';
const temporales: string[] = [];
afterAll(() => temporales.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A copy of the curated content with the 25-row ASM excerpt imported, as an office would have it. */
function contenido(): string {
  const t = mkdtempSync(join(tmpdir(), 'evaluaciones-'));
  temporales.push(t);
  const c = join(t, 'content');
  copiarContenidoCurado(c);
  expect(importarShcpCli(['tests/fixtures/shcp/asm-sample-25-rows.utf8.csv', '--contenido', c], {}).codigo).toBe(0);
  return c;
}
const evaluaciones = (c: string) => (existsSync(join(c, 'evaluaciones')) ? readdirSync(join(c, 'evaluaciones')).sort() : []);

describe('npm run importar:evaluaciones', () => {
  it('importa el extracto, sale con 0, lo importado pasa la validación y la segunda vez no cambia nada', () => {
    const c = contenido();
    const r = importarEvaluacionesCli([MUESTRA, '--contenido', c, '--fecha', '2017-07'], {});
    const texto = r.lineas.join('\n');
    expect(r.codigo, texto).toBe(0);
    expect(texto).toContain('Cuenta: 19 renglones leídos = 19 importados + 0 no importados.');
    expect(texto).toContain('Lo importado pasa la validación.');
    expect(evaluaciones(c)).toHaveLength(19);
    expect(evaluaciones(c).every((n) => /^[a-z0-9]+(-[a-z0-9]+)*\.yaml$/.test(n))).toBe(true);
    expect(cargarContenido(c).evaluaciones).toHaveLength(19);
    const antes = new Map(evaluaciones(c).map((n) => [n, readFileSync(join(c, 'evaluaciones', n))]));
    const otra = importarEvaluacionesCli([MUESTRA, '--contenido', c], {});
    expect(otra.codigo).toBe(0);
    expect(otra.lineas.join('\n')).toContain('No cambió ningún archivo: esta publicación ya estaba importada.');
    for (const [n, bytes] of antes) expect(readFileSync(join(c, 'evaluaciones', n)).equals(bytes), n).toBe(true);
    expect(readdirSync(join(c, 'evaluaciones')).some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it.each([
    ['sin archivo', [], /Falta el archivo CSV/],
    ['archivo que no existe', ['no-existe.csv'], /No existe el archivo/],
    ['--url que no es web', [MUESTRA, '--url', 'javascript:alert(1)'], /no es una dirección http/],
    ['--fecha imposible', [MUESTRA, '--fecha', '2017-02-30'], /no es una fecha real/],
    ['--codificacion desconocida', [MUESTRA, '--codificacion', 'ebcdic'], /no se reconoce/],
    ['opción desconocida', [MUESTRA, '--otra'], /Opción no reconocida/],
  ])('%s: sale con 1 y no escribe nada', (_n, args, mensaje) => {
    const c = contenido();
    const r = importarEvaluacionesCli([...args, '--contenido', c], {});
    expect(r.codigo).toBe(1);
    expect(r.lineas.join('\n')).toMatch(mensaje);
    expect(evaluaciones(c)).toEqual([]);
  });

  it('un archivo sin las columnas de la SHCP no escribe nada; un renglón malo sale con 2 y se importa lo demás', () => {
    const c = contenido();
    const t = join(c, '..', 'otro.csv');
    writeFileSync(t, 'A,B\n1,2\n');
    const r = importarEvaluacionesCli([t, '--contenido', c], {});
    expect(r.codigo).toBe(1);
    expect(r.lineas.join('\n')).toMatch(/faltan columnas/);
    expect(evaluaciones(c)).toEqual([]);
    const lineas = readFileSync(MUESTRA).toString('latin1').split('\r\n');
    writeFileSync(t, Buffer.from([...lineas.slice(0, 3), `${lineas[3]},de más`, ...lineas.slice(4)].join('\r\n'), 'latin1'));
    const m = importarEvaluacionesCli([t, '--contenido', c], {});
    expect(m.codigo).toBe(2);
    expect(m.lineas.join('\n')).toMatch(/línea 4: tiene 12 columnas/);
    expect(evaluaciones(c)).toHaveLength(18);
  });
});
