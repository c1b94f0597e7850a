import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DESCARGA_DE_AMBITO, filtrarCsv, idDeResultado, nombreDeDescarga, registrosCsv, type Consulta } from '../../src/lib/busqueda.ts';
import { aCsv } from '../../src/lib/datos/csv.ts';
import { TABLAS, tablaPorNombre, type Fila, type Tabla } from '../../src/lib/datos/tablas.ts';
import { importarEvaluaciones } from '../../src/lib/evaluaciones/importar.ts';
import { rutasDeEvaluaciones } from '../../src/lib/evaluaciones/rutas.ts';
import { construirIndice } from '../../src/lib/indice.ts';
import { crearRutas } from '../../src/lib/rutas.ts';
import { indiceDePrueba, publicacion } from './datos-catalogo.ts';
import { catalogoConExtracto } from './shcp-fabrica.ts';

// «Descargar estos resultados (CSV)» keeps the rows of /datos/convenios.csv as they are: the reference for every
// case is aCsv() itself, over only the chosen rows.

const convenios = tablaPorNombre('convenios');
const filas = convenios.filas(indiceDePrueba(), publicacion());
const completo = aCsv(convenios, filas);
const ids = filas.map((f) => String(f.id));

/** A two-column table whose cells carry everything RFC 4180 quoting is for. */
const prueba: Tabla = {
  nombre: 'prueba',
  archivo: 'prueba.csv',
  titulo: 'Prueba',
  descripcion: '',
  clavePrimaria: ['clave'],
  clavesForaneas: [],
  columnas: [
    { nombre: 'texto', tipo: 'string', descripcion: '' },
    { nombre: 'clave', tipo: 'string', descripcion: '' },
    { nombre: 'n', tipo: 'integer', descripcion: '' },
  ],
  filas: () => [],
};
const raras: Fila[] = [
  { texto: 'Defensoría "Municipal", Cuautitlán', clave: 'a', n: 1 },
  { texto: 'dos\nrenglones', clave: 'b', n: 2 },
  { texto: 'CRLF\r\ndentro, y "comillas"', clave: 'c', n: undefined },
  { texto: undefined, clave: 'd', n: 0 },
  { texto: 'ñandú, acción; «comillas» | separador', clave: 'e', n: 5 },
];
const rarasCsv = aCsv(prueba, raras);

describe('filtrarCsv: los renglones de la búsqueda, tal como los escribe /datos/convenios.csv', () => {
  it.each([
    ['todos, en su orden', ids],
    ['todos, al revés (el orden de los resultados)', [...ids].reverse()],
    ['uno', [ids[1]!]],
    ['ninguno', []],
  ])('%s', (_caso, elegidos) => {
    const esperado = aCsv(
      convenios,
      elegidos.map((id) => filas.find((f) => f.id === id)!),
    );
    expect(filtrarCsv(completo, 'id', elegidos)).toEqual({ csv: esperado, faltan: [] });
  });

  it.each([
    ['con comillas y coma', ['a']],
    ['con saltos de renglón dentro de un campo', ['b', 'c']],
    ['con vacíos y acentos, en otro orden', ['e', 'd', 'a']],
    ['todas', ['a', 'b', 'c', 'd', 'e']],
  ])('campos difíciles: %s (la clave no es la primera columna)', (_caso, claves) => {
    const esperado = aCsv(
      prueba,
      claves.map((k) => raras.find((f) => f.clave === k)!),
    );
    expect(filtrarCsv(rarasCsv, 'clave', claves).csv).toBe(esperado);
  });

  it('empieza con la marca de orden de bytes aunque fetch().text() la haya quitado, como todos los CSV del sitio', () => {
    expect(completo.startsWith('\uFEFF')).toBe(true);
    const sinMarca = completo.slice(1);
    expect(filtrarCsv(sinMarca, 'id', ids).csv).toBe(completo);
    // Parsed, it has the published header and one row per id.
    const leido = parse(filtrarCsv(sinMarca, 'id', [ids[0]!]).csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(leido[0]!)).toEqual(convenios.columnas.map((c) => c.nombre));
    expect(leido.map((f) => f.id)).toEqual([ids[0]]);
  });

  it('un archivo sin salto al final sigue dando renglones completos con CRLF', () => {
    expect(filtrarCsv(rarasCsv.replace(/\r\n$/, ''), 'clave', ['e', 'a']).csv).toBe(aCsv(prueba, [raras[4]!, raras[0]!]));
  });

  it('dice qué claves no están, y no inventa su renglón', () => {
    const { csv, faltan } = filtrarCsv(completo, 'id', [ids[0]!, 'no-existe']);
    expect(faltan).toEqual(['no-existe']);
    expect(registrosCsv(csv)).toHaveLength(2);
  });

  it('sin la columna pedida, falla en vez de dar otro archivo', () => {
    expect(() => filtrarCsv(completo, 'clave_inexistente', ids)).toThrow(/clave_inexistente/);
  });
});

describe('registrosCsv', () => {
  it.each([
    [
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      '\uFEFFa,b\n"x, y","z""w"\n',
      [
        ['a', 'b'],
        ['x, y', 'z"w'],
      ],
    ],
    ['a\r\n"1\r\n2"\r\n', [['a'], ['1\r\n2']]],
    [
      'a,b\r\n,\r\n1,2',
      [
        ['a', 'b'],
        ['', ''],
        ['1', '2'],
      ],
    ],
    [
      'a,b\r\n"x",""""',
      [
        ['a', 'b'],
        ['x', '"'],
      ],
    ],
    ['', []],
    // A quote never closed runs to the end of the text.
    ['a\n"sin cerrar', [['a'], ['sin cerrar']]],
  ] as [string, string[][]][])('%j', (texto, campos) => {
    const registros = registrosCsv(texto);
    expect(registros.map((r) => r.campos)).toEqual(campos);
    // Joined back, the records are the text (without its byte-order mark).
    expect(registros.map((r) => r.texto).join('')).toBe(texto.replace(/^\uFEFF/, ''));
  });
});

describe('idDeResultado', () => {
  it.each([
    ['/convenios/issemym-2021/', 'issemym-2021'],
    ['/portal/convenios/issemym-2021/', 'issemym-2021'],
    [crearRutas('/sub/ruta/').convenio('federal-16-e006-conagua-diseno-2013'), 'federal-16-e006-conagua-diseno-2013'],
    ['/convenios/x/#compromiso-asm-1', 'x'],
    ['/convenios/', undefined],
    ['/programas/derechos-humanos/', undefined],
    ['/convenios/pagina/2/', undefined],
  ])('%s → %s', (url, id) => {
    expect(idDeResultado(url)).toBe(id);
  });

  it.each([
    ['/evaluaciones/04e001pcr13/', '04e001pcr13'],
    [rutasDeEvaluaciones(crearRutas('/sub/ruta/').recurso).evaluacion('c14es01'), 'c14es01'],
    ['/evaluaciones/', undefined],
    ['/evaluaciones/ciclo/pae-2015/', undefined],
    // Each kind reads only its own pages.
    ['/convenios/issemym-2021/', undefined],
  ])('evaluación: %s → %s', (url, id) => {
    expect(idDeResultado(url, 'evaluaciones')).toBe(id);
  });
  it('un convenio no se lee como evaluación', () => {
    expect(idDeResultado('/convenios/evaluaciones/x/')).toBeUndefined();
  });
});

describe('la descarga de una búsqueda de evaluaciones: los renglones de /datos/evaluaciones.csv', () => {
  const cat = catalogoConExtracto();
  const nada = { get: () => undefined };
  const evaluaciones = importarEvaluaciones(readFileSync('tests/fixtures/shcp/evaluaciones-muestra.utf8.csv'), cat.programas, nada, {
    fecha: '2017-07',
  }).evaluaciones;
  const indice = { ...construirIndice(cat, '2025-01-15'), evaluaciones };
  const tabla = tablaPorNombre(DESCARGA_DE_AMBITO.evaluaciones.tabla);

  it.each([
    ['convenios', 'convenios.csv'],
    ['evaluaciones', 'evaluaciones.csv'],
  ] as const)('%s: la tabla publicada %s, con la columna id', (ambito, archivo) => {
    const t = TABLAS.find((x) => x.nombre === DESCARGA_DE_AMBITO[ambito].tabla)!;
    expect(t.archivo).toBe(archivo);
    expect(DESCARGA_DE_AMBITO[ambito].archivo).toBe(archivo);
    expect(t.clavePrimaria).toEqual(['id']);
  });

  it.each(['/', '/sub/ruta/'])('con base %s, la dirección de cada evaluación da su id, y su renglón sale tal cual', (base) => {
    const pub = publicacion(base);
    const filasEv = tabla.filas(indice, pub);
    expect(filasEv.length).toBeGreaterThan(10);
    const urls = filasEv.map((f) => new URL(String(f.url)).pathname);
    expect(urls.map((u) => idDeResultado(u, 'evaluaciones'))).toEqual(filasEv.map((f) => f.id));
    // The results come in their own order (the search's): the file keeps it.
    const elegidas = [filasEv[3]!, filasEv[0]!, filasEv.at(-1)!];
    const { csv, faltan } = filtrarCsv(
      aCsv(tabla, filasEv),
      'id',
      elegidas.map((f) => idDeResultado(new URL(String(f.url)).pathname, 'evaluaciones')!),
    );
    expect(faltan).toEqual([]);
    expect(csv).toBe(aCsv(tabla, elegidas));
  });
});

describe('nombreDeDescarga: el archivo dice la búsqueda', () => {
  it.each([
    [{ q: '', filtros: {} }, 'busqueda.csv'],
    [{ q: 'prórroga', filtros: {} }, 'busqueda-prorroga.csv'],
    [{ q: '"Sujeto evaluado"', filtros: {} }, 'busqueda-sujeto-evaluado.csv'],
    [{ q: 'agua', filtros: { estado: 'sin_informacion', ente: 'issemym' } }, 'busqueda-agua-issemym-sin-informacion.csv'],
    [{ q: '', filtros: { pae: '2022', tema: 'Coberturas y Padrón' } }, 'busqueda-2022-coberturas-y-padron.csv'],
    [{ q: 'Año: ¿niñez?', filtros: {}, orden: 'antiguos' }, 'busqueda-ano-ninez.csv'],
    [{ q: '¡¿…?!', filtros: {} }, 'busqueda.csv'],
    [
      { q: 'Instituto de Seguridad Social del Estado de México y Municipios', filtros: { nivel: 'estatal' } },
      'busqueda-instituto-de-seguridad-social-del-estado-de-mexico-y.csv',
    ],
    [{ q: 'a'.repeat(80), filtros: {} }, `busqueda-${'a'.repeat(60)}.csv`],
    // A search of the evaluations says so first.
    [{ q: '', en: 'evaluaciones', filtros: {} }, 'busqueda-evaluaciones.csv'],
    [{ q: 'Diseño', en: 'evaluaciones', filtros: { ramo: '16', ciclo: 'pae-2015' } }, 'busqueda-evaluaciones-diseno-16-pae-2015.csv'],
  ] as [Consulta, string][])('%j → %s', (consulta, nombre) => {
    expect(nombreDeDescarga(consulta)).toBe(nombre);
  });
});
