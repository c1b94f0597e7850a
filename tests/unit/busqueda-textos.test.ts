import { describe, expect, it } from 'vitest';
import {
  ALCANCE_FACETA,
  ALCANCES,
  ambitoDe,
  ambitoDeAlcance,
  ETIQUETAS_FACETA,
  FACETAS,
  GRUPOS_DE_FACETAS,
  nombreDeResultados,
  textoDeConteo,
  type Consulta,
} from '../../src/lib/busqueda.ts';

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
    ['ramo', 'evaluacion', 'Ramo'],
    ['tipo_evaluacion', 'evaluacion', 'Tipo de evaluación'],
    ['ciclo', 'evaluacion', 'Ciclo del PAE'],
  ] as const)('%s: %s, «%s»', (faceta, alcance, etiqueta) => {
    expect(ALCANCE_FACETA[faceta]).toBe(alcance);
    expect(ETIQUETAS_FACETA[faceta]).toBe(etiqueta);
  });

  it('las de compromiso van juntas, después de las del documento, en el orden de la página', () => {
    const alcances = FACETAS.map((f) => ALCANCE_FACETA[f]);
    expect(alcances.lastIndexOf('documento')).toBeLessThan(alcances.indexOf('compromiso'));
    expect(alcances.lastIndexOf('compromiso')).toBeLessThan(alcances.indexOf('evaluacion'));
    expect(ALCANCES).toEqual(['documento', 'compromiso', 'evaluacion']);
  });

  it.each(FACETAS)('%s: su grupo es del mismo tipo de resultado que ella (convenios o evaluaciones)', (f) => {
    expect(ambitoDeAlcance(ALCANCE_FACETA[f])).toBe(ambitoDe(f));
  });

  it('la leyenda de cada grupo', () => {
    expect(GRUPOS_DE_FACETAS.documento.titulo).toBe('Del documento');
    expect(GRUPOS_DE_FACETAS.compromiso.titulo).toBe('De sus compromisos');
    expect(GRUPOS_DE_FACETAS.compromiso.ayuda).toMatch(/^Basta con que uno de los compromisos del documento cumpla cada filtro/);
    expect(GRUPOS_DE_FACETAS.compromiso.ayuda).toContain('pueden cumplirlos compromisos distintos');
    expect(GRUPOS_DE_FACETAS.evaluacion.titulo).toBe('De la evaluación');
  });
});

describe('los resultados se llaman «convenios» sólo si todos lo son', () => {
  it.each([
    [true, { uno: 'convenio', varios: 'convenios' }],
    [false, { uno: 'documento', varios: 'documentos' }],
  ])('todos convenios: %s', (solo, nombre) => {
    expect(nombreDeResultados(solo)).toEqual(nombre);
    expect(nombreDeResultados(solo, 'convenios')).toEqual(nombre);
    // A search of the evaluations finds only evaluations.
    expect(nombreDeResultados(solo, 'evaluaciones')).toEqual({ uno: 'evaluación', varios: 'evaluaciones' });
  });

  const sin: Consulta = { q: '', filtros: {} };
  const palabras: Consulta = { q: 'agua', filtros: {} };
  const filtro: Consulta = { q: '', filtros: { estado: 'vencido' } };
  const todo: Consulta = { q: 'agua', filtros: { estado: 'vencido', ente: 'conagua' }, orden: 'antiguos' };
  it.each([
    [0, palabras, true, 'Ningún convenio coincide con «agua». Pruebe con otras palabras, sin comillas, o quite algún filtro.'],
    [0, palabras, false, 'Ningún documento coincide con «agua». Pruebe con otras palabras, sin comillas, o quite algún filtro.'],
    [1, filtro, true, '1 convenio coincide con el filtro elegido.'],
    [1, filtro, false, '1 documento coincide con el filtro elegido.'],
    [2, sin, true, '2 convenios publicados; primero los firmados más recientemente.'],
    [22, sin, false, '22 documentos publicados; primero los de fecha más reciente (firma o último reporte).'],
    [3, palabras, true, '3 convenios coinciden con «agua»; primero los más pertinentes.'],
    [3, palabras, false, '3 documentos coinciden con «agua»; primero los más pertinentes.'],
    [
      1234,
      todo,
      false,
      '1,234 documentos coinciden con «agua» y los 2 filtros elegidos; primero los de fecha más antigua (firma o último reporte).',
    ],
    [5, { ...filtro, orden: 'antiguos' }, true, '5 convenios coinciden con el filtro elegido; primero los firmados hace más tiempo.'],
    // Evaluations: feminine, by PAE cycle, whatever the convenios would be called.
    [
      0,
      { ...palabras, en: 'evaluaciones' },
      false,
      'Ninguna evaluación coincide con «agua». Pruebe con otras palabras, sin comillas, o quite algún filtro.',
    ],
    [1, { q: '', en: 'evaluaciones', filtros: { ramo: '16' } }, true, '1 evaluación coincide con el filtro elegido.'],
    [1438, { q: '', en: 'evaluaciones', filtros: {} }, false, '1,438 evaluaciones publicadas; primero las del PAE más reciente.'],
    [7, { q: 'agua', en: 'evaluaciones', filtros: {} }, true, '7 evaluaciones coinciden con «agua»; primero las más pertinentes.'],
    [
      12,
      { q: '', en: 'evaluaciones', filtros: { ramo: '16', ciclo: 'pae-2015' }, orden: 'antiguos' },
      false,
      '12 evaluaciones coinciden con los 2 filtros elegidos; primero las del PAE más antiguo.',
    ],
  ] as [number, Consulta, boolean, string][])('%i, %j, sólo convenios %s', (n, consulta, solo, texto) => {
    expect(textoDeConteo(n, consulta, solo)).toBe(texto);
  });
});
