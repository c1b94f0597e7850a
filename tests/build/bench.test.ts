import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { informeMarkdown, type Informe } from '../../scripts/bench/informe.ts';
import { carpetaTemporal } from '../ayudas/construir-sitio.ts';

// Proves the benchmark runs end to end at a small size; timing budgets are the benchmark's job, not a test's.
const informes = carpetaTemporal('bench');

it('npm run medir -- --n 150 construye y escribe un informe completo', () => {
  const r = spawnSync(process.execPath, ['scripts/bench.ts', '--n', '150', '--informes', informes], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const informe = JSON.parse(readFileSync(join(informes, 'bench-150.json'), 'utf8')) as Informe;
  expect(informe.n).toBe(150);
  // One page per convenio, plus lists, entes, programs, governments and years.
  expect(informe.paginas).toBeGreaterThan(150);
  expect(informe.total_ms).toBeGreaterThan(0);
  expect(informe.indice_busqueda.partes).toBe(1);
  expect(informe.memoria_pico_bytes).toBeGreaterThan(0);
  expect(informe.memoria_pico_bytes).toBe(
    Math.max(informe.memoria_pico_por_paso_bytes.astro, informe.memoria_pico_por_paso_bytes.busqueda),
  );
  expect(Object.keys(informe.fases_ms)).toEqual(expect.arrayContaining(['contenido', 'compilacion', 'paginas']));
  expect(Object.keys(informe.pesos_gzip)).toEqual(expect.arrayContaining(['inicio', 'convenio', 'ente', 'programa', 'ejercicio']));
  for (const p of Object.values(informe.pesos_gzip)) expect(p.html).toBeGreaterThan(500);
  // The bare peer ran in the same invocation over the same files: a page per convenio plus its lists, indexed.
  expect(informe.par!.paginas).toBeGreaterThan(150);
  expect(informe.par!.fases_ms.astro).toBeGreaterThan(0);
  expect(informe.par!.fases_ms.pagefind).toBeGreaterThan(0);
  expect(informe.par!.memoria_pico_bytes).toBe(
    Math.max(informe.par!.memoria_pico_por_paso_bytes.astro, informe.par!.memoria_pico_por_paso_bytes.pagefind),
  );
  expect(informe.razon.tiempo).toBeCloseTo(informe.total_ms / informe.par!.total_ms, 1);
  // The rebuild after one edit, with its two steps apart.
  const { total_ms, pasos_ms } = informe.reconstruccion!;
  expect(pasos_ms.astro).toBeGreaterThan(0);
  expect(pasos_ms.busqueda).toBeGreaterThan(0);
  expect(Math.abs(pasos_ms.astro + pasos_ms.busqueda - total_ms)).toBeLessThanOrEqual(1);
  expect(informe.razon.memoria).toBeGreaterThan(0);
  expect(readFileSync(join(informes, 'bench-150.md'), 'utf8')).toContain('# Rendimiento con 150 convenios sintéticos');
  expect(r.stdout).toContain('páginas por segundo');
  expect(r.stdout).toContain('Frente al par desnudo');
});

it('sin el par (--sin-par, para tamaños que el par no construye) el informe lo dice, sin razones', () => {
  const informe = JSON.parse(readFileSync(join(informes, 'bench-150.json'), 'utf8')) as Informe;
  const md = informeMarkdown({ ...informe, par: undefined, razon: { ...informe.razon, tiempo: undefined, memoria: undefined } });
  expect(md).toContain(
    '## Frente al par desnudo (los mismos archivos con Astro y Pagefind sin nada más)\n\nNo se construyó (`--sin-par`).',
  );
  expect(md).not.toContain('×');
  expect(informeMarkdown(informe)).toMatch(
    /\| memoria pico por paso \| `astro build` [\d,]+ MB, índice [\d,]+ MB \| Astro [\d,]+ MB, Pagefind [\d,]+ MB \| \|/,
  );
});
