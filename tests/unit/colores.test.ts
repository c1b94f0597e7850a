import { readFileSync } from 'node:fs';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { COLORES_ESTADO, COLORES_GRAFICA, declaracionesCss, PATRONES_ESTADO, SIMBOLOS_ESTADO } from '../../src/lib/colores.ts';
import { ESTADOS } from '../../src/lib/estados.ts';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const color = (hex: string): Color => {
  const c = parse(hex);
  if (!c) throw new Error(`color no válido: ${hex}`);
  return c;
};

describe('the status palette is one source', () => {
  it.each(declaracionesCss())('global.css declares %s', (declaracion) => {
    expect(css).toContain(declaracion);
  });
  it('global.css declares no other --estado-* value', () => {
    const declaradas = [...css.matchAll(/--estado-[a-z_]+:\s*[^;]+;/g)].map((m) => m[0].replace(/:\s*/, ': '));
    expect(declaradas.sort()).toEqual(declaracionesCss().sort());
  });
  it('every status has a colour, a symbol and a pattern; patterns are all different', () => {
    for (const e of ESTADOS) {
      expect(COLORES_ESTADO[e]).toMatch(/^#[0-9a-f]{6}$/);
      expect(SIMBOLOS_ESTADO[e]).not.toBe('');
    }
    expect(new Set(ESTADOS.map((e) => PATRONES_ESTADO[e])).size).toBe(ESTADOS.length);
  });
});

describe('contrast (WCAG 2.2)', () => {
  it.each(ESTADOS)('%s: white badge text ≥ 4.5:1, chart fill against white ≥ 3:1', (e) => {
    const contraste = wcagContrast(COLORES_ESTADO[e], '#ffffff');
    expect(contraste).toBeGreaterThanOrEqual(4.5);
    expect(contraste).toBeGreaterThanOrEqual(3);
  });
  it.each(Object.entries(COLORES_GRAFICA))('chart %s against white ≥ 4.5:1 (text) or 3:1 (grid)', (nombre, hex) => {
    expect(wcagContrast(hex, '#ffffff')).toBeGreaterThanOrEqual(nombre === 'rejilla' ? 1.5 : 4.5);
  });
});

describe('colour-blind readers can tell statuses apart', () => {
  const diferencia = differenceCiede2000();
  // Full-severity simulations (Machado et al. 2009 for protan/deutan, Brettel for tritan).
  // Typed as plain functions: culori's overloads make a union TypeScript cannot represent.
  const vistas: Record<string, (c: Color) => Color> = {
    'visión típica': (c: Color) => c,
    protanopia: filterDeficiencyProt(1),
    deuteranopia: filterDeficiencyDeuter(1),
    tritanopia: filterDeficiencyTrit(1),
  };
  // ΔE2000 ≈ 10 is a clear difference between two flat swatches side by side. Twelve dark colours (white text
  // on each) cannot all stay 12 apart under the three simulations; every status also has its own symbol and pattern.
  const MINIMA = 10.5;
  it.each(Object.entries(vistas))('%s: every pair of statuses differs by ΔE2000 ≥ 10.5', (_vista, simular) => {
    const pares: string[] = [];
    for (const [i, a] of ESTADOS.entries()) {
      for (const b of ESTADOS.slice(i + 1)) {
        const d = diferencia(simular(color(COLORES_ESTADO[a])), simular(color(COLORES_ESTADO[b])));
        if (d < MINIMA) pares.push(`${a}/${b}: ${d.toFixed(1)}`);
      }
    }
    expect(pares).toEqual([]);
  });
});
