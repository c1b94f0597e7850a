import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CABECERAS, cabecerasPara } from '../../src/lib/cabeceras.ts';

describe('cabecerasPara', () => {
  it.each([
    ['/', "frame-ancestors 'self'", undefined],
    ['/convenios/x/', "frame-ancestors 'self'", undefined],
    ['/entes/issemym/widget/', 'frame-ancestors *', undefined],
    ['/entes/issemym/', "frame-ancestors 'self'", undefined],
    ['/_astro/global.abc123.css', "frame-ancestors 'self'", 'public, max-age=31536000, immutable'],
  ])('%s', (ruta, csp, cache) => {
    const c = cabecerasPara(ruta);
    expect(c['Content-Security-Policy']).toBe(csp);
    expect(c['Cache-Control']).toBe(cache);
    expect(c['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('docs/cabeceras.md', () => {
  const doc = readFileSync('docs/cabeceras.md', 'utf8');
  it.each(CABECERAS.flatMap((r) => Object.entries(r.cabeceras).map(([k, v]) => [r.patron, k, v] as const)))(
    '%s: %s: %s está documentada',
    (patron, nombre, valor) => {
      expect(doc).toContain(`\`${patron}\``);
      expect(doc).toContain(`| \`${nombre}\` | \`${valor}\` |`);
    },
  );
});
