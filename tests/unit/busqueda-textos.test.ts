import { describe, expect, it } from 'vitest';
import { ALCANCE_FACETA, ETIQUETAS_FACETA, FACETAS, GRUPOS_DE_FACETAS } from '../../src/lib/busqueda.ts';

describe('cada filtro dice si se aplica al documento o a alguno de sus compromisos', () => {
  it.each([
    ['documento', 'documento', 'Tipo de documento'],
    ['programa', 'documento', 'Programa presupuestario'],
    ['ente', 'documento', 'Ente evaluado'],
    ['gobierno', 'documento', 'Gobierno'],
    ['nivel', 'documento', 'Nivel de gobierno'],
    ['pae', 'documento', 'Año del PAE o de la evaluación'],
    ['estado', 'compromiso', 'Con algún compromiso en estado'],
    ['tipo_asm', 'compromiso', 'Con algún ASM de tipo'],
    ['prioridad', 'compromiso', 'Con algún ASM de prioridad'],
    ['mejora', 'compromiso', 'Con algún ASM de tipo de mejora'],
    ['tema', 'compromiso', 'Con algún ASM del tema'],
  ] as const)('%s: %s, «%s»', (faceta, alcance, etiqueta) => {
    expect(ALCANCE_FACETA[faceta]).toBe(alcance);
    expect(ETIQUETAS_FACETA[faceta]).toBe(etiqueta);
  });

  it('las de compromiso van juntas, después de las del documento, en el orden de la página', () => {
    const alcances = FACETAS.map((f) => ALCANCE_FACETA[f]);
    expect(alcances.lastIndexOf('documento')).toBeLessThan(alcances.indexOf('compromiso'));
  });

  it('la leyenda de cada grupo', () => {
    expect(GRUPOS_DE_FACETAS.documento.titulo).toBe('Del documento');
    expect(GRUPOS_DE_FACETAS.compromiso.titulo).toBe('De sus compromisos');
    expect(GRUPOS_DE_FACETAS.compromiso.ayuda).toMatch(/^Basta con que uno de los compromisos del documento cumpla cada filtro/);
    expect(GRUPOS_DE_FACETAS.compromiso.ayuda).toContain('pueden cumplirlos compromisos distintos');
  });
});
