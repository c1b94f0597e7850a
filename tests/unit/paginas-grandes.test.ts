import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conPaginasGrandes } from '../../src/cli/paginas-grandes.ts';
import { carpetaTemporal } from '../ayudas/construir-sitio.ts';

describe('conPaginasGrandes', () => {
  it.each([
    [undefined, 'glibc.malloc.hugetlb=1'],
    ['', 'glibc.malloc.hugetlb=1'],
    ['glibc.malloc.arena_max=2', 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1'],
    // The person's own choice stays.
    ['glibc.malloc.hugetlb=0', 'glibc.malloc.hugetlb=0'],
    ['glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2', 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2'],
  ])('GLIBC_TUNABLES=%j queda %j', (antes, despues) => {
    const entorno = { PATH: '/bin', GLIBC_TUNABLES: antes };
    expect(conPaginasGrandes(entorno)).toEqual({ PATH: '/bin', GLIBC_TUNABLES: despues });
    expect(entorno.GLIBC_TUNABLES).toBe(antes);
  });
});

describe('enProcesoConPaginasGrandes', () => {
  const carpeta = carpetaTemporal('paginas-grandes');
  const script = join(carpeta, 'script.ts');
  writeFileSync(
    script,
    `import { enProcesoConPaginasGrandes } from ${JSON.stringify(resolve('src/cli/paginas-grandes.ts'))};
enProcesoConPaginasGrandes(import.meta.filename);
if (process.argv.includes('--matarse')) process.kill(process.pid, 'SIGKILL');
console.log(JSON.stringify({ tunables: process.env.GLIBC_TUNABLES, argumentos: process.argv.slice(2) }));
process.exitCode = 3;
`,
  );
  const correr = (GLIBC_TUNABLES?: string, argumentos = ['--uno', 'dos']) =>
    spawnSync(process.execPath, [script, ...argumentos], { encoding: 'utf8', env: { PATH: process.env.PATH, GLIBC_TUNABLES } });

  it('vuelve a correr el script con las páginas grandes, sus argumentos y su código de salida', () => {
    const r = correr();
    expect(r.stdout.trim().split('\n')).toEqual([JSON.stringify({ tunables: 'glibc.malloc.hugetlb=1', argumentos: ['--uno', 'dos'] })]);
    expect(r.status).toBe(3);
  });

  it('no vuelve a correrlo si el entorno ya dice cómo usar las páginas grandes', () => {
    const r = correr('glibc.malloc.hugetlb=0');
    expect(r.stdout.trim().split('\n')).toEqual([JSON.stringify({ tunables: 'glibc.malloc.hugetlb=0', argumentos: ['--uno', 'dos'] })]);
    expect(r.status).toBe(3);
  });

  it('si el sistema detiene al proceso hijo, lo dice y termina con error', () => {
    const r = correr(undefined, ['--matarse']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${script} terminó por la señal SIGKILL.\n`);
    expect(r.status).toBe(1);
  });
});
