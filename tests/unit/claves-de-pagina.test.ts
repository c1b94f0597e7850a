import { describe, expect, it } from 'vitest';
import { claveDeConjunto, clavesDeDocumentos, type EntornoDePagina } from '../../src/lib/claves-de-pagina.ts';
import { construirIndice, type Catalogo } from '../../src/lib/indice.ts';
import { compromiso, convenio, parte, reporte } from './fabrica.ts';

// A document page is reused by the next build only while its key stays the same: the key must change with
// everything the page shows and stay put when only other documents change.
function catalogo(): Catalogo {
  return {
    gobiernos: [{ id: 'edomex', datos: { nombre: 'Gobierno del Estado de México', nivel: 'estatal' } }],
    entes: [
      { id: 'finanzas', datos: { nombre: 'Secretaría de Finanzas', gobierno: 'edomex' } },
      { id: 'issemym', datos: { nombre: 'ISSEMYM', gobierno: 'edomex' } },
      { id: 'dif', datos: { nombre: 'DIF estatal', gobierno: 'edomex' } },
    ],
    programas: [{ id: 'prestaciones', datos: { nombre: 'Prestaciones potestativas' } }],
    convenios: [
      {
        id: 'a',
        datos: convenio({
          gobierno: 'edomex',
          programa: 'prestaciones',
          partes: [parte('coordinadora', 'finanzas'), parte('sujeto_evaluado', 'issemym')],
        }),
      },
      {
        id: 'b',
        datos: convenio({
          gobierno: 'edomex',
          programa: 'prestaciones',
          partes: [parte('coordinadora', 'finanzas'), parte('sujeto_evaluado', 'dif')],
        }),
      },
    ],
  };
}

interface Caso {
  cambio: string;
  catalogo?: (c: Catalogo) => void;
  cuerpos?: Record<string, string>;
  entorno?: Partial<EntornoDePagina>;
  cambian: string[];
}

const CORTE = '2023-06-30';

function claves(caso?: Caso): Map<string, string> {
  const c = catalogo();
  caso?.catalogo?.(c);
  const indice = construirIndice(c, caso?.entorno?.corte ?? CORTE);
  const cuerpos = new Map(Object.entries({ a: 'Texto de a.', b: 'Texto de b.', ...caso?.cuerpos }));
  const entorno: EntornoDePagina = {
    corte: indice.corte,
    sitio: 'https://ejemplo.gob.mx',
    base: '/',
    entes: indice.entes,
    programas: indice.programas,
    gobiernos: indice.gobiernos,
    ...caso?.entorno,
  };
  return clavesDeDocumentos(indice.convenios, cuerpos, entorno);
}

const CASOS: Caso[] = [
  { cambio: 'nada', cambian: [] },
  { cambio: 'el título de a', catalogo: (c) => (c.convenios[0]!.datos.titulo += ' (editado)'), cambian: ['a'] },
  { cambio: 'el texto de a', cuerpos: { a: 'Otro texto.' }, cambian: ['a'] },
  {
    cambio: 'un reporte nuevo en b',
    catalogo: (c) => {
      const b = c.convenios[1]!.datos as ReturnType<typeof convenio>;
      b.compromisos = [compromiso('c1', '2022-12-31', [reporte('2023-01-10', 'atendido')])];
    },
    cambian: ['b'],
  },
  {
    cambio: 'otro convenio del mismo ente que a (cambian las listas del ente, no la página de a)',
    catalogo: (c) => c.convenios.push({ ...c.convenios[0]!, id: 'c' }),
    cambian: ['c'],
  },
  { cambio: 'la fecha de corte (los estados dependen de ella)', entorno: { corte: '2024-01-31' }, cambian: ['a', 'b'] },
  {
    cambio: 'el nombre de un ente (toda página de documento nombra entes)',
    catalogo: (c) => (c.entes[1]!.datos.nombre = 'Instituto'),
    cambian: ['a', 'b'],
  },
  { cambio: 'el nombre de un programa', catalogo: (c) => (c.programas[0]!.datos.nombre = 'Otro'), cambian: ['a', 'b'] },
  { cambio: 'el gobierno', catalogo: (c) => (c.gobiernos[0]!.datos.nombre = 'Estado de México'), cambian: ['a', 'b'] },
  { cambio: 'el sitio público', entorno: { sitio: 'https://otro.gob.mx' }, cambian: ['a', 'b'] },
  { cambio: 'la subruta', entorno: { base: '/convenios-abiertos/' }, cambian: ['a', 'b'] },
];

describe('clavesDeDocumentos', () => {
  const antes = claves();

  it.each(CASOS)('cambia $cambio: cambian las claves de $cambian', (caso) => {
    const despues = claves(caso);
    const cambiadas = [...despues].filter(([id, clave]) => antes.get(id) !== clave).map(([id]) => id);
    expect(cambiadas.sort()).toEqual(caso.cambian);
  });

  it('da una clave a cada documento y claves distintas a documentos distintos', () => {
    expect([...antes.keys()]).toEqual(['a', 'b']);
    expect(new Set(antes.values()).size).toBe(2);
  });
});

describe('claveDeConjunto', () => {
  const claves = new Map([
    ['a', 'clave-a'],
    ['b', 'clave-b'],
    ['c', 'clave-c'],
  ]);
  const de = (ids: string[], archivo = 'convenios-2022.json', m: ReadonlyMap<string, string> = claves) =>
    claveDeConjunto(
      m,
      ids.map((id) => ({ id })),
      archivo,
    );
  const base = de(['a', 'b']);

  it.each([
    { cambio: 'la clave de uno de sus documentos', clave: de(['a', 'b'], undefined, new Map([...claves, ['b', 'otra']])) },
    { cambio: 'un documento más', clave: de(['a', 'b', 'c']) },
    { cambio: 'el orden', clave: de(['b', 'a']) },
    { cambio: 'el archivo', clave: de(['a', 'b'], 'compromisos-2022.csv') },
  ])('cambia con $cambio', ({ clave }) => {
    expect(clave).toBeDefined();
    expect(clave).not.toBe(base);
  });

  it('no cambia con la clave de un documento que no lleva', () => {
    expect(de(['a', 'b'], undefined, new Map([...claves, ['c', 'otra']]))).toBe(base);
  });

  it('no da clave si uno de sus documentos no la tiene (astro dev)', () => {
    expect(de(['a', 'x'])).toBeUndefined();
    expect(de(['a'], undefined, new Map())).toBeUndefined();
  });
});
