import { describe, expect, it } from 'vitest';
import { paginar } from '../../src/lib/paginacion.ts';

describe('paginar', () => {
  it.each([
    { caso: 'lista vacía: una página vacía', n: 0, tamano: 10, paginas: 1, ultima: { desde: 0, hasta: 0, largo: 0 } },
    { caso: 'menos que una página', n: 3, tamano: 10, paginas: 1, ultima: { desde: 1, hasta: 3, largo: 3 } },
    { caso: 'exactamente una página', n: 10, tamano: 10, paginas: 1, ultima: { desde: 1, hasta: 10, largo: 10 } },
    { caso: 'un elemento de más', n: 11, tamano: 10, paginas: 2, ultima: { desde: 11, hasta: 11, largo: 1 } },
    { caso: '10 000 en páginas de 100', n: 10_000, tamano: 100, paginas: 100, ultima: { desde: 9_901, hasta: 10_000, largo: 100 } },
  ])('$caso', ({ n, tamano, paginas, ultima }) => {
    const lista = Array.from({ length: n }, (_, i) => i);
    const r = paginar(lista, tamano);
    expect(r).toHaveLength(paginas);
    const u = r.at(-1)!;
    expect({ desde: u.desde, hasta: u.hasta, largo: u.elementos.length }).toEqual(ultima);
    expect(r.flatMap((p) => p.elementos)).toEqual(lista);
    expect(r.every((p, i) => p.numero === i + 1 && p.total === paginas)).toBe(true);
  });

  it.each([0, -1, 2.5])('rechaza el tamaño %s', (t) => {
    expect(() => paginar([1], t)).toThrow(/Tamaño de página no válido/);
  });
});
