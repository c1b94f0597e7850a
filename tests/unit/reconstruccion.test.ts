import { afterEach, describe, expect, it } from 'vitest';
import { claveDeGrupo } from '../../src/lib/claves-de-pagina.ts';
import { archivoDeRuta, mismasRutas, rutaDe } from '../../src/lib/reconstruccion.ts';
import { fijarReconstruccion, lasQueCambiaron, type EstadoDeReconstruccion } from '../../src/sitio/reconstruccion-astro.ts';

describe('rutaDe: la ruta de un camino de una familia de rutas', () => {
  it.each([
    ['convenios/[id]', { id: 'a-2021' }, 'convenios/a-2021'],
    ['convenios/[id].json', { id: 'a-2021' }, 'convenios/a-2021.json'],
    ['entes/[id]/pagina/[numero]', { id: 'dif', numero: '3' }, 'entes/dif/pagina/3'],
    ['entes/[id]/otro-papel/[...pagina]', { id: 'dif', pagina: undefined }, 'entes/dif/otro-papel'],
    ['entes/[id]/otro-papel/[...pagina]', { id: 'dif', pagina: 'pagina/2' }, 'entes/dif/otro-papel/pagina/2'],
    ['datos/por-anio/[archivo].csv', { archivo: 'compromisos-2021' }, 'datos/por-anio/compromisos-2021.csv'],
  ])('%s con %o → %s', (patron, params, ruta) => {
    expect(rutaDe(patron, params)).toBe(ruta);
  });

  it('un parámetro que falta y no es de resto es un error, no una ruta equivocada', () => {
    expect(() => rutaDe('entes/[id]', {})).toThrow('Falta el parámetro «id» de entes/[id]');
  });
});

describe('archivoDeRuta: el archivo que escribe una ruta', () => {
  it.each([
    ['entes/[id]', 'entes/dif', 'entes/dif/index.html'],
    ['entes/[id]/insignia.svg', 'entes/dif/insignia.svg', 'entes/dif/insignia.svg'],
    ['convenios/[id].json', 'convenios/a.json', 'convenios/a.json'],
    ['entes/[id]/otro-papel/[...pagina]', 'entes/dif/otro-papel', 'entes/dif/otro-papel/index.html'],
  ])('%s: %s → %s', (patron, ruta, archivo) => {
    expect(archivoDeRuta(patron, ruta)).toBe(archivo);
  });
});

describe('mismasRutas: una reconstrucción parcial no agrega ni quita páginas', () => {
  const ahora = new Map([
    ['entes/a', 'k1'],
    ['entes/b', 'k2'],
  ]);
  it.each([
    ['sin construcción anterior', undefined, false],
    ['las mismas rutas, otras claves', { 'entes/a': 'x', 'entes/b': 'y' }, true],
    ['una ruta menos antes', { 'entes/a': 'k1' }, false],
    ['una ruta más antes', { 'entes/a': 'k1', 'entes/b': 'k2', 'entes/c': 'k3' }, false],
    ['tantas como antes, pero otra', { 'entes/a': 'k1', 'entes/c': 'k2' }, false],
  ])('%s → %s', (_, antes, iguales) => {
    expect(mismasRutas(antes, ahora)).toBe(iguales);
  });
});

describe('claveDeGrupo: la clave de una página sobre un grupo de documentos', () => {
  const claves = new Map([
    ['a', 'ka'],
    ['b', 'kb'],
  ]);
  const base = claveDeGrupo(claves, [{ id: 'a' }, { id: 'b' }], ['ente', 'dif']);
  it.each([
    ['otro documento cambia', new Map([...claves, ['b', 'kb2']]), [{ id: 'a' }, { id: 'b' }], ['ente', 'dif']],
    ['el orden cambia', claves, [{ id: 'b' }, { id: 'a' }], ['ente', 'dif']],
    ['un documento sale', claves, [{ id: 'a' }], ['ente', 'dif']],
    ['otro dato de la página', claves, [{ id: 'a' }, { id: 'b' }], ['ente', 'issemym']],
  ])('cambia cuando %s', (_, otras, documentos, partes) => {
    expect(claveDeGrupo(otras, documentos, partes)).not.toBe(base);
  });
  it('no cambia si nada cambió', () => {
    expect(claveDeGrupo(new Map(claves), [{ id: 'a' }, { id: 'b' }], ['ente', 'dif'])).toBe(base);
  });
});

describe('lasQueCambiaron: los caminos que una construcción genera', () => {
  const rutas = [{ params: { id: 'a' } }, { params: { id: 'b' } }, { params: { id: 'c' } }];
  const claves: Record<string, string> = { a: '1', b: '2', c: '3' };
  const clave = (r: { params: { id: string } }) => claves[r.params.id]!;
  let rehecha: string | undefined;
  function estado(previas: EstadoDeReconstruccion['previas'], faltan: string[] = []): EstadoDeReconstruccion {
    const e: EstadoDeReconstruccion = {
      previas,
      actuales: {},
      existe: (archivo) => !faltan.includes(archivo),
      rehacer: (patron) => {
        rehecha = patron;
        throw new Error('rehacer');
      },
      piezas: { obtener: () => undefined, poner: () => undefined },
    };
    fijarReconstruccion(e);
    return e;
  }
  afterEach(() => {
    rehecha = undefined;
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('convenios-abiertos:reconstruccion')];
  });

  it('fuera de una construcción (astro dev) da todos y no calcula claves', () => {
    expect(lasQueCambiaron('entes/[id]', rutas, () => expect.unreachable('no calcula claves'))).toEqual(rutas);
  });

  it('una construcción completa da todos y guarda la clave de cada uno', () => {
    const e = estado(undefined);
    expect(lasQueCambiaron('entes/[id]', rutas, clave)).toEqual(rutas);
    expect(e.actuales).toEqual({ 'entes/[id]': { 'entes/a': '1', 'entes/b': '2', 'entes/c': '3' } });
  });

  it('una parcial da los de clave nueva y los que ya no están en la salida, y guarda todas las claves', () => {
    const e = estado({ 'entes/[id]': { 'entes/a': '1', 'entes/b': 'viejo', 'entes/c': '3' } }, ['entes/c/index.html']);
    expect(lasQueCambiaron('entes/[id]', rutas, clave).map((r) => r.params.id)).toEqual(['b', 'c']);
    expect(e.actuales['entes/[id]']).toEqual({ 'entes/a': '1', 'entes/b': '2', 'entes/c': '3' });
  });

  it.each([
    ['una ruta nueva', { 'entes/a': '1', 'entes/b': '2' }],
    ['una ruta que ya no está', { 'entes/a': '1', 'entes/b': '2', 'entes/c': '3', 'entes/d': '4' }],
  ])('si la familia tiene %s, pide la construcción completa', (_, antes) => {
    estado({ 'entes/[id]': antes });
    expect(() => lasQueCambiaron('entes/[id]', rutas, clave)).toThrow('rehacer');
    expect(rehecha).toBe('entes/[id]');
  });

  it('una familia que la construcción anterior no tenía también pide la completa', () => {
    estado({ 'programas/[id]': {} });
    expect(() => lasQueCambiaron('entes/[id]', rutas, clave)).toThrow('rehacer');
  });
});
