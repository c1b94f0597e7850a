import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leerPagina } from './sitio.ts';
import { copiarContenidoCurado } from '../contenido-curado.ts';

// A follow-up recorded with npm run seguimiento shows on the convenio page, with its evidence, and changes the rate.
const ASTRO = realpathSync('node_modules/.bin/astro');
const ID = 'edomex-issemym-prestaciones-potestativas-2021';
let carpeta = '';
let salida = '';
let construccion = '';

beforeAll(() => {
  carpeta = mkdtempSync(join(tmpdir(), 'seguimiento-build-'));
  copiarContenidoCurado(join(carpeta, 'content'));
  const contenido = join(carpeta, 'content');
  const r = spawnSync(
    process.execPath,
    ['scripts/seguimiento.ts', ID, 'asm-3-bis', '--estado', 'atendido', '--fecha', '2021-07-20', '--evidencia', 'https://example.gob.mx/mir-2021.pdf', '--contenido', contenido],
    { encoding: 'utf8' },
  );
  expect(r.status, r.stdout + r.stderr).toBe(0);
  salida = join(carpeta, 'dist');
  const b = spawnSync(process.execPath, [ASTRO, 'build'], { env: { ...process.env, CONTENIDO_DIR: contenido, SALIDA_DIR: salida, FECHA_CORTE: '2025-01-15' }, encoding: 'utf8' });
  construccion = `${b.stdout}\n${b.stderr}`;
  expect(b.status, construccion).toBe(0);
});
afterAll(() => rmSync(carpeta, { recursive: true, force: true }));

describe('seguimiento registrado con la orden, en el sitio construido', () => {
  it('la página del convenio muestra el reporte, su evidencia y la nueva tasa', () => {
    const pagina = leerPagina(`/convenios/${ID}/`, salida);
    const compromiso = pagina.querySelector('#compromiso-asm-3-bis')!;
    expect(compromiso.textContent).toContain('Atendido a tiempo');
    expect(compromiso.querySelector('a[href="https://example.gob.mx/mir-2021.pdf"]')).not.toBeNull();
    expect(pagina.textContent.replace(/\s+/g, ' ')).toMatch(/1 de 5 compromisos exigibles atendidos/);
  });

  it('la construcción imprime los avisos de calidad sin detenerse', () => {
    expect(construccion).toMatch(/aviso de calidad: .*edomex-issemym-prestaciones-potestativas-2021\.md:\d+: compromisos\[3\]\.numero: El documento imprime el número «3»/);
  });
});
