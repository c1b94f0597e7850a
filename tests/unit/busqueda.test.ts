import { describe, expect, it } from 'vitest';
import {
  compromisoCoincidente,
  contieneLaFrase,
  contieneLasPalabras,
  conOtraPalabra,
  enTrozoPesado,
  frasesCaras,
  frasesSinPosiciones,
  notaDeFrasesSueltas,
  raizSinPosiciones,
  sinPosiciones,
  leerConsulta,
  leerResumenDeEstados,
  notaDeAusentes,
  notaDeOmitidas,
  opcionesDePagefind,
  opcionesSoloConvenios,
  ordenarFrase,
  ordenEfectivo,
  palabrasSueltas,
  parametrosDeConsulta,
  raizDeCosto,
  resumenDeEstados,
  sinAusentes,
  sinComillas,
  sinPalabra,
  tramosDeLasFrases,
  frasesEntreComillas,
  sinPalabrasComunes,
  terminoParaPagefind,
  valorIndexado,
  type Consulta,
} from '../../src/lib/busqueda.ts';
import {
  espaciarBloques,
  esIndexable,
  soloLoIndexado,
  marcasDeCatalogo,
  marcasDeConvenio,
  marcasDeEvaluacion,
  opcionesDeFacetas,
  ordenDeEvaluacion,
  palabrasComunes,
  costosDeRaices,
  sumarCostos,
  valorDeRamo,
} from '../../src/lib/indice-busqueda.ts';
import type { EvaluacionVista } from '../../src/lib/evaluaciones/vista.ts';
import type { Evaluacion } from '../../src/schemas/evaluacion.ts';
import { ESTADOS, ETIQUETAS, type Estado } from '../../src/lib/estados.ts';
import { construirIndice, type Catalogo } from '../../src/lib/indice.ts';
import { crearRutas } from '../../src/lib/rutas.ts';
import { compromiso, convenio, parte, reporte } from './fabrica.ts';

const CORTE = '2023-06-30';
const catalogo: Catalogo = {
  gobiernos: [
    { id: 'cuautitlan-izcalli', datos: { nombre: 'Municipio de Cuautitlán Izcalli', nivel: 'municipal' } },
    { id: 'edomex', datos: { nombre: 'Gobierno del Estado de México', nivel: 'estatal' } },
  ],
  entes: [
    { id: 'implan', datos: { nombre: 'IMPLAN de Cuautitlán Izcalli', gobierno: 'cuautitlan-izcalli' } },
    { id: 'defensoria', datos: { nombre: 'Defensoría Municipal de Derechos Humanos, Cuautitlán Izcalli', gobierno: 'cuautitlan-izcalli' } },
    { id: 'finanzas', datos: { nombre: 'Secretaría de Finanzas', gobierno: 'edomex' } },
    {
      id: 'issemym',
      datos: { nombre: 'Instituto de Seguridad Social del Estado de México y Municipios', siglas: 'ISSEMYM', gobierno: 'edomex' },
    },
  ],
  programas: [
    { id: 'derechos-humanos', datos: { clave: '01020401', nombre: 'Derechos Humanos' } },
    { id: 'prestaciones', datos: { nombre: 'Prestaciones potestativas' } },
  ],
  convenios: [
    {
      id: 'defensoria-2022',
      datos: convenio({
        titulo: 'Convenio del programa 01020401 Derechos Humanos',
        gobierno: 'cuautitlan-izcalli',
        programa: 'derechos-humanos',
        pae: 2022,
        firma: { fecha: '2022-12-06', lugar: 'Cuautitlán Izcalli' },
        partes: [parte('coordinadora', 'implan'), parte('sujeto_evaluado', 'defensoria')],
        compromisos: [
          compromiso('k1', '2022-12', [reporte('2022-12-20', 'atendido')]), // atendido_a_tiempo
          compromiso('k2', '2022-12'), // sin_informacion
          compromiso('k3', '2022-12'), // sin_informacion
          compromiso('k4', '2023-12'), // pendiente
        ],
      }),
    },
    {
      id: 'issemym-2021',
      datos: convenio({
        titulo: 'Convenio de prestaciones potestativas',
        gobierno: 'edomex',
        programa: 'prestaciones',
        pae: 2018,
        firma: { fecha: '2021-05-17', lugar: 'Toluca' },
        partes: [parte('coordinadora', 'finanzas'), parte('sujeto_evaluado', 'issemym')],
        compromisos: [compromiso('k1', '2021-07-30', [reporte('2021-07-01', 'en_proceso')])], // vencido
      }),
    },
  ],
};
const indice = construirIndice(catalogo, CORTE);
const porId = indice.porId.convenios;

describe('marcasDeConvenio', () => {
  it.each([
    [
      'municipal, con varios estados',
      'defensoria-2022',
      {
        documento: ['convenio'],
        programa: ['derechos-humanos'],
        ente: ['defensoria'],
        gobierno: ['cuautitlan-izcalli'],
        nivel: ['municipal'],
        pae: ['2022'],
        estado: ['Atendido a tiempo', 'Vencido sin reporte', 'Pendiente'],
      },
      {
        title: 'Convenio del programa 01020401 Derechos Humanos',
        firma: '2022-12-06',
        ente: 'Defensoría Municipal de Derechos Humanos, Cuautitlán Izcalli',
        programa: '01020401 Derechos Humanos',
        gobierno: 'Municipio de Cuautitlán Izcalli',
        pae: '2022',
        estados: 'atendido_a_tiempo:1,sin_informacion:2,pendiente:1',
        cumplimiento: '1 de 3 compromisos exigibles atendidos (33.3%)',
      },
    ],
    [
      'estatal, programa sin clave',
      'issemym-2021',
      {
        documento: ['convenio'],
        programa: ['prestaciones'],
        ente: ['issemym'],
        gobierno: ['edomex'],
        nivel: ['estatal'],
        pae: ['2018'],
        estado: ['Vencido en proceso'],
      },
      {
        title: 'Convenio de prestaciones potestativas',
        firma: '2021-05-17',
        ente: 'Instituto de Seguridad Social del Estado de México y Municipios',
        programa: 'Prestaciones potestativas',
        gobierno: 'Gobierno del Estado de México',
        pae: '2018',
        estados: 'vencido:1',
        cumplimiento: '0 de 1 compromiso exigible atendido (0%)',
      },
    ],
  ])('%s', (_caso, id, filtros, meta) => {
    const m = marcasDeConvenio(porId.get(id)!);
    expect(m.filtros).toEqual(filtros);
    expect(m.meta).toEqual(meta);
    expect(m.orden).toEqual({ firma: meta.firma });
  });
});

describe('marcasDeCatalogo', () => {
  it.each([
    [{ tipo: 'programa', registro: indice.porId.programas.get('derechos-humanos')! } as const, 'Programa 01020401 Derechos Humanos'],
    [{ tipo: 'programa', registro: indice.porId.programas.get('prestaciones')! } as const, 'Programa Prestaciones potestativas'],
    [
      { tipo: 'ente', registro: indice.porId.entes.get('issemym')! } as const,
      'Instituto de Seguridad Social del Estado de México y Municipios',
    ],
    [{ tipo: 'gobierno', registro: indice.porId.gobiernos.get('edomex')! } as const, 'Gobierno del Estado de México'],
  ])('%#: sólo tipo y título', (catalogo, title) => {
    expect(marcasDeCatalogo(catalogo)).toEqual({ filtros: { tipo: [catalogo.tipo] }, meta: { title }, orden: {} });
  });
});

describe('opcionesDeFacetas', () => {
  it('ofrece sólo valores que algún convenio tiene, con sus nombres, en el orden de las listas', () => {
    const facetas = Object.fromEntries(opcionesDeFacetas(indice).map((f) => [f.faceta, f]));
    expect(Object.keys(facetas)).toEqual(['programa', 'ente', 'gobierno', 'nivel', 'pae', 'estado']);
    expect(facetas.programa!.etiqueta).toBe('Programa presupuestario');
    expect(facetas.programa!.opciones).toEqual([
      { valor: 'derechos-humanos', etiqueta: '01020401 Derechos Humanos' },
      { valor: 'prestaciones', etiqueta: 'Prestaciones potestativas' },
    ]);
    // IMPLAN and Finanzas only coordinate: they are not evaluated in any convenio.
    expect(facetas.ente!.opciones).toEqual([
      { valor: 'defensoria', etiqueta: 'Defensoría Municipal de Derechos Humanos, Cuautitlán Izcalli' },
      { valor: 'issemym', etiqueta: 'Instituto de Seguridad Social del Estado de México y Municipios' },
    ]);
    expect(facetas.gobierno!.opciones.map((o) => o.valor)).toEqual(['edomex', 'cuautitlan-izcalli']);
    expect(facetas.nivel!.opciones).toEqual([
      { valor: 'estatal', etiqueta: 'Estatal' },
      { valor: 'municipal', etiqueta: 'Municipal' },
    ]);
    expect(facetas.pae!.opciones.map((o) => o.valor)).toEqual(['2022', '2018']);
    expect(facetas.estado!.opciones).toEqual(ESTADOS.map((e) => ({ valor: e, etiqueta: ETIQUETAS[e] })));
  });
});

describe('resumen de estados', () => {
  const vacio = Object.fromEntries(ESTADOS.map((e) => [e, 0])) as Record<Estado, number>;
  it.each([
    [{}, ''],
    [{ pendiente: 1, atendido_a_tiempo: 2 }, 'atendido_a_tiempo:2,pendiente:1'],
    [{ sin_informacion: 11 }, 'sin_informacion:11'],
  ] as [Partial<Record<Estado, number>>, string][])('%j ↔ «%s»', (conteo, texto) => {
    const porEstado = { ...vacio, ...conteo };
    expect(resumenDeEstados(porEstado)).toBe(texto);
    expect(leerResumenDeEstados(texto)).toEqual(ESTADOS.filter((e) => porEstado[e] > 0).map((e) => ({ estado: e, n: porEstado[e] })));
  });
  it.each([undefined, '', 'inventado:3', 'vencido:0', 'vencido:x', 'vencido', ':4'])('descarta lo mal formado: %j', (texto) => {
    expect(leerResumenDeEstados(texto)).toEqual([]);
  });
  it('conserva lo bien formado junto a lo mal formado', () => {
    expect(leerResumenDeEstados('vencido:2,raro:1,pendiente:3')).toEqual([
      { estado: 'vencido', n: 2 },
      { estado: 'pendiente', n: 3 },
    ]);
  });
});

describe('la búsqueda en la URL', () => {
  it.each([
    ['', { q: '', filtros: {} }],
    ['?q=+prorroga+', { q: 'prorroga', filtros: {} }],
    [
      '?q=%22sujeto+evaluado%22&programa=derechos-humanos&pae=2022',
      { q: '"sujeto evaluado"', filtros: { programa: 'derechos-humanos', pae: '2022' } },
    ],
    [
      '?estado=sin_informacion&nivel=municipal&orden=antiguos',
      { q: '', filtros: { estado: 'sin_informacion', nivel: 'municipal' }, orden: 'antiguos' },
    ],
    ['?estado=Sin+informaci%C3%B3n&orden=alfabetico&ente=', { q: '', filtros: {} }],
    ['?gobierno=edomex&ente=issemym&otra=1', { q: '', filtros: { gobierno: 'edomex', ente: 'issemym' } }],
  ] as [string, Consulta][])('%s', (url, consulta) => {
    expect(leerConsulta(new URLSearchParams(url))).toEqual(consulta);
  });

  const rutas = crearRutas('/portal/');
  it.each([
    [{ q: '', filtros: {} }, '/portal/buscar/'],
    [{ q: 'prórroga', filtros: {} }, '/portal/buscar/?q=pr%C3%B3rroga'],
    [{ q: 'x', filtros: {}, orden: 'relevancia' }, '/portal/buscar/?q=x'],
    [{ q: '', filtros: {}, orden: 'recientes' }, '/portal/buscar/'],
    [
      { q: 'x y', filtros: { estado: 'vencido', programa: 'p' }, orden: 'recientes' },
      '/portal/buscar/?q=x+y&programa=p&estado=vencido&orden=recientes',
    ],
  ] as [Consulta, string][])('%j → %s, y de vuelta', (consulta, url) => {
    const escrita = rutas.buscar(parametrosDeConsulta(consulta));
    expect(escrita).toBe(url);
    const leida = leerConsulta(new URL(escrita, 'https://x.mx').searchParams);
    expect(parametrosDeConsulta(leida)).toEqual(parametrosDeConsulta(consulta));
  });
});

/** A search of the documents asks Pagefind for the pages with no `tipo` of the other kinds. */
const DOCUMENTOS = { none: ['programa', 'ente', 'gobierno', 'evaluacion'] };

describe('opciones para Pagefind', () => {
  it.each([
    [{ q: 'agua', filtros: {} }, { filters: { tipo: DOCUMENTOS } }],
    [
      { q: '', filtros: {} },
      { filters: { tipo: DOCUMENTOS }, sort: { firma: 'desc' } },
    ],
    [
      { q: '', filtros: {}, orden: 'relevancia' },
      { filters: { tipo: DOCUMENTOS }, sort: { firma: 'desc' } },
    ],
    [
      { q: 'agua', filtros: {}, orden: 'antiguos' },
      { filters: { tipo: DOCUMENTOS }, sort: { firma: 'asc' } },
    ],
    [
      { q: 'agua', filtros: { estado: 'sin_informacion', pae: '2022', nivel: 'municipal' } },
      { filters: { tipo: DOCUMENTOS, nivel: 'municipal', pae: '2022', estado: 'Vencido sin reporte' } },
    ],
  ] as [Consulta, unknown][])('%j', (consulta, opciones) => {
    expect(opcionesDePagefind(consulta)).toEqual(opciones);
  });

  it('sin una faceta, para contar sus otros valores', () => {
    const c: Consulta = { q: 'agua', filtros: { programa: 'p', ente: 'e' }, orden: 'recientes' };
    expect(opcionesDePagefind(c, 'programa')).toEqual({ filters: { tipo: DOCUMENTOS, ente: 'e' }, sort: { firma: 'desc' } });
  });

  it('sólo los convenios firmados, por el filtro «tipo» y no por «documento»', () => {
    const c: Consulta = { q: 'agua', filtros: { ente: 'e' }, orden: 'recientes' };
    expect(opcionesSoloConvenios(c)).toEqual({
      filters: { tipo: { none: [...DOCUMENTOS.none, 'seguimiento_federal'] }, ente: 'e' },
      sort: { firma: 'desc' },
    });
  });

  it('el orden predeterminado depende de si hay palabras', () => {
    expect(ordenEfectivo({ q: 'a', filtros: {} })).toBe('relevancia');
    expect(ordenEfectivo({ q: '', filtros: {} })).toBe('recientes');
  });

  it.each(ESTADOS)('el estado %s viaja en la URL como clave y se indexa con su etiqueta en español', (e) => {
    expect(valorIndexado('estado', e)).toBe(ETIQUETAS[e]);
  });
  it('los demás valores viajan tal cual; un estado desconocido no filtra', () => {
    expect(valorIndexado('ente', 'issemym')).toBe('issemym');
    expect(valorIndexado('pae', '2022')).toBe('2022');
    expect(valorIndexado('estado', 'inventado')).toBeUndefined();
    expect(valorIndexado('estado', 'Vencido')).toBeUndefined();
  });
});

describe('el HTML que lee el indexador', () => {
  it.each([
    ['<dl><dt>Gobierno</dt><dd>Municipio</dd></dl>', '<dl><dt>Gobierno</dt> <dd>Municipio</dd> </dl>'],
    ['<table><tr><th>PAE</th><th>Firmado</th></tr></table>', '<table><tr><th>PAE</th> <th>Firmado</th> </tr> </table>'],
    ['<p>sin <b>cambios</b></p>', '<p>sin <b>cambios</b></p>'],
  ])('%s', (html, esperado) => {
    expect(espaciarBloques(html)).toBe(esperado);
  });

  it.each([
    ['<article data-pagefind-body>', true],
    ['<main class="x" data-pagefind-body="">', true],
    ['<h1 id="t" data-pagefind-body>', true],
    ['<article>data-pagefind-body</article>', false],
    ['<article data-pagefind-bodyx>', false],
    ['<article data-pagefind-ignore>', false],
  ])('%s indexable: %s', (html, si) => {
    expect(esIndexable(html)).toBe(si);
  });
});

describe('soloLoIndexado: Pagefind gets the html tag and the indexed article, or the whole page', () => {
  const pagina = (cuerpo: string, antes = '<nav>Inicio</nav>', despues = '<footer>Pie</footer>') =>
    `<!DOCTYPE html><html lang="es-MX"><head><title>T</title></head><body>${antes}<main>${cuerpo}</main>${despues}</body></html>`;
  const articulo =
    '<article data-pagefind-body><span data-pagefind-filter="tipo[data-valor]" data-valor="convenio"></span><h1>C</h1></article>';
  it('una página con un solo artículo indexado que tiene todas sus marcas: sólo eso', () => {
    expect(soloLoIndexado(pagina(articulo))).toBe(`<html lang="es-MX"><body>${articulo}</body></html>`);
  });
  it.each([
    ['dos elementos indexados', `<h1 data-pagefind-body>E</h1><dl data-pagefind-body><dt>G</dt></dl>`],
    ['el indexado no es un artículo', '<main data-pagefind-body><h1>E</h1></main>'],
    ['una marca fuera del artículo', `<div hidden><span data-pagefind-meta="title[data-valor]" data-valor="E"></span></div>${articulo}`],
    ['otro artículo dentro', '<article data-pagefind-body><article><p>a</p></article><p>b</p></article>'],
    ['otro artículo después', `${articulo}<article><p>b</p></article>`],
    ['nada indexado', '<article><p>a</p></article>'],
  ])('%s: la página entera', (_caso, cuerpo) => {
    expect(soloLoIndexado(pagina(cuerpo))).toBe(pagina(cuerpo));
  });
});

describe('terminoParaPagefind', () => {
  it.each([
    ['Instituto de Seguridad Social del Estado de México y Municipios', 'Instituto Seguridad Social Estado México Municipios'],
    ['prorroga', 'prorroga'],
    ['01020401', '01020401'],
    ['La Contraloría', 'Contraloría'],
    ['"sujeto evaluado" de la dependencia', '"sujeto evaluado" dependencia'],
    // The index does not hold them (src/lib/palabras-vacias.ts): not even inside a phrase.
    ['"acciones de mejora" y "plazo de la prórroga"', '"acciones mejora" "plazo prórroga"'],
    ['"frase sin cerrar de', '"frase sin cerrar'],
    ['"de la"', ''],
    // Only function words: no words (every page has them).
    ['de la', ''],
    ['  varios   espacios  ', 'varios espacios'],
    ['', ''],
  ])('«%s» → «%s»', (q, termino) => {
    expect(terminoParaPagefind(q)).toBe(termino);
  });
});

describe('compromisoCoincidente: a search lands on the commitment that matched', () => {
  const sub = (id: string | undefined, puntos: number[], title = id ?? 'página') => ({
    title,
    url: `/convenios/x/${id ? `#${id}` : ''}`,
    excerpt: '',
    anchor: id ? { id } : undefined,
    weighted_locations: puntos.map((balanced_score) => ({ balanced_score })),
  });
  it.each([
    ['sin subresultados', undefined, undefined],
    ['sólo la página entera', [sub(undefined, [5])], undefined],
    ['un compromiso', [sub(undefined, [1]), sub('compromiso-asm-2', [3])], 'compromiso-asm-2'],
    ['el de más peso', [sub('compromiso-asm-1', [1, 1]), sub('compromiso-asm-2', [3])], 'compromiso-asm-2'],
    ['un ASM federal por su ID de la SHCP', [sub('asm-04e001pcr13_01', [2])], 'asm-04e001pcr13_01'],
    ['un empate conserva el orden de la página', [sub('compromiso-asm-1', [2]), sub('compromiso-asm-2', [2])], 'compromiso-asm-1'],
    ['otros encabezados no cuentan', [sub('hallazgos', [9]), sub('compromiso-asm-3', [1])], 'compromiso-asm-3'],
    ['sin coincidencias dentro', [sub('compromiso-asm-1', [])], undefined],
  ] as const)('%s', (_caso, subresultados, esperado) => {
    expect(compromisoCoincidente(subresultados)?.anchor?.id).toBe(esperado);
  });

  it.each([
    [
      'tres palabras y una sola coincidencia en el compromiso: la página',
      3,
      [sub(undefined, [2, 2, 2]), sub('compromiso-asm-1', [1])],
      undefined,
    ],
    ['tres palabras, tres coincidencias: el compromiso', 3, [sub(undefined, [1]), sub('compromiso-asm-1', [1, 1, 1])], 'compromiso-asm-1'],
    [
      'el que las tiene todas, aunque otro pese más',
      2,
      [sub('compromiso-asm-1', [9]), sub('compromiso-asm-2', [1, 1])],
      'compromiso-asm-2',
    ],
  ] as const)('%s', (_caso, palabras, subresultados, esperado) => {
    expect(compromisoCoincidente(subresultados, palabras)?.anchor?.id).toBe(esperado);
  });
});

describe('contieneLasPalabras: no result without every word of the search, or its stem', () => {
  const pagina =
    'Plazos, prórrogas y fundamento. g) Apoyar y/o asesorar a las dependencias. h) Dictaminar. Programa 01020401 Derechos Humanos. Formato PbRM-08b; oficio DGEDI-PUE/0737/2023.';
  it.each([
    ['una palabra que está', 'asesorar', true],
    ['sin acentos ni mayúsculas', 'PRORROGAS', true],
    ['otra forma de la misma raíz', 'prórroga', true],
    ['el comienzo de una palabra', 'dictamin', true],
    ['una clave numérica completa', '01020401', true],
    ['una clave numérica que no está', '01020402', false],
    ['letras sin sentido que empiezan como una palabra corta («as»)', 'asdfgh', false],
    ['una palabra ausente que empieza como «h)»', 'huachicol', false],
    ['todas las palabras deben estar', 'asesorar huachicol', false],
    ['las palabras vacías no cuentan', 'de la asesorar', true],
    ['una frase entre comillas la resuelve Pagefind', '"derechos humanos"', true],
    // Pagefind also indexes a hyphenated word joined: «PbRM08b» finds «PbRM-08b».
    ['una clave escrita sin su guion', 'PbRM08b', true],
    ['una clave escrita con su guion', 'PbRM-08b', true],
    ['una clave con guion y diagonales, con su guion', 'DGEDI-PUE', true],
    ['una clave con guion y diagonales, junta', 'DGEDIPUE', true],
    ['una clave junta que no está', 'PbRM08c', false],
  ] as const)('%s: «%s»', (_caso, q, esperado) => {
    expect(contieneLasPalabras(q, pagina)).toBe(esperado);
  });
});

describe('búsqueda de evaluaciones: facetas de ramo, tipo y ciclo del PAE', () => {
  const ev = (id: string, datos: Partial<Evaluacion>, asm = 0): EvaluacionVista => ({
    id,
    datos: {
      id_evaluacion: id.toUpperCase(),
      ciclo_pae: 'PAE2015',
      ramo: {},
      programa: {},
      tipo: 'Diseño',
      tipo_normalizado: 'Diseño',
      fuente: { nombre: 'x', publicacion: 'y' },
      ...datos,
    },
    nombreDistinto: false,
    asm: Array.from({ length: asm }, (_, i) => ({
      idAsm: `${id}_0${i + 1}`,
      documento: 'd',
      compromiso: `k${i}`,
      estado: 'en_proceso' as const,
    })),
    ...(datos.programa?.clave ? { programaClave: datos.programa.clave } : {}),
    ...(datos.programa?.nombre ? { programaNombre: datos.programa.nombre } : {}),
  });
  const evaluaciones = [
    ev(
      '20s070pcr15',
      {
        ramo: { clave: '20', nombre: 'Desarrollo Social' },
        programa: { clave: 'S070', nombre: 'Coinversión' },
        evaluador: 'El Colegio de México, A.C.',
        costo: 140000,
        ciclo_conclusion: 2016,
      },
      2,
    ),
    ev('06e001pdi09', {
      ciclo_pae: 'PAE2009',
      ramo: { clave: '06', nombre: 'Hacienda y Crédito Público ' },
      tipo: 'Específica de Desempeño',
      tipo_normalizado: 'Específica de desempeño',
    }),
    ev('6x', {
      ciclo_pae: 'PAE2009',
      ramo: { clave: '6', nombre: 'Hacienda y Crédito Público' },
      tipo_normalizado: 'Específica de desempeño',
    }),
    ev('6y', {
      ciclo_pae: 'PAE2010',
      ramo: { clave: '6', nombre: 'Hacienda y Crédito Público' },
      tipo_normalizado: 'Específica de desempeño',
    }),
    ev('c14es01', { ciclo_pae: 'Complementaria', tipo_normalizado: 'Estratégica', ciclo_conclusion: 2014 }),
  ];

  it.each([
    ['20', '20'],
    ['06', '6'],
    [' 6 ', '6'],
    ['0', '0'],
    [undefined, 'na'],
    ['', 'na'],
  ])('ramo %j → %s', (clave, valor) => expect(valorDeRamo(clave)).toBe(valor));

  it.each([
    [{ ciclo_pae: 'PAE2015', ciclo_conclusion: 2016 }, '2015-2016'],
    [{ ciclo_pae: 'PAE 2009' }, '2009-0000'],
    [{ ciclo_pae: 'Complementaria', ciclo_conclusion: 2014 }, '0000-2014'],
  ])('orden de %j: %s', (d, clave) => expect(ordenDeEvaluacion(d)).toBe(clave));

  it('una evaluación se indexa como evaluación, con sus tres filtros, su ficha y su orden', () => {
    expect(marcasDeEvaluacion(evaluaciones[0]!)).toEqual({
      filtros: { tipo: ['evaluacion'], ramo: ['20'], tipo_evaluacion: ['diseno'], ciclo: ['pae-2015'] },
      meta: {
        title: 'Evaluación Diseño 20S070PCR15',
        programa: 'S070 Coinversión',
        ramo: '20 Desarrollo Social',
        tipo_evaluacion: 'Diseño',
        ciclo: 'PAE 2015',
        evaluador: 'El Colegio de México, A.C.',
        costo: '$140,000.00',
        asm: '2 ASM',
      },
      orden: { ciclo: '2015-2016' },
    });
    const sin = marcasDeEvaluacion(evaluaciones[4]!);
    expect(sin.filtros).toEqual({ tipo: ['evaluacion'], ramo: ['na'], tipo_evaluacion: ['estrategica'], ciclo: ['complementaria'] });
    expect(sin.meta).toMatchObject({
      costo: 'Sin costo publicado',
      asm: 'Ninguno en el archivo de la SHCP',
      ciclo: 'Complementaria (fuera del PAE)',
    });
    expect(sin.meta).not.toHaveProperty('evaluador');
    expect(sin.meta).not.toHaveProperty('programa');
  });

  it('/buscar/ ofrece sus valores sólo cuando hay evaluaciones', () => {
    const sin = opcionesDeFacetas(indice).map((f) => f.faceta);
    expect(sin).not.toContain('ramo');
    const facetas = Object.fromEntries(opcionesDeFacetas({ ...indice, evaluaciones }).map((f) => [f.faceta, f]));
    expect(facetas.ramo!.etiqueta).toBe('Ramo');
    // By number; a ramo is named as most of its evaluations name it.
    expect(facetas.ramo!.opciones).toEqual([
      { valor: '6', etiqueta: '6 Hacienda y Crédito Público' },
      { valor: '20', etiqueta: '20 Desarrollo Social' },
      { valor: 'na', etiqueta: 'No aplica' },
    ]);
    expect(facetas.tipo_evaluacion!.opciones).toEqual([
      { valor: 'especifica-de-desempeno', etiqueta: 'Específica de desempeño' },
      { valor: 'diseno', etiqueta: 'Diseño' },
      { valor: 'estrategica', etiqueta: 'Estratégica' },
    ]);
    expect(facetas.ciclo!.opciones).toEqual([
      { valor: 'pae-2015', etiqueta: 'PAE 2015' },
      { valor: 'pae-2010', etiqueta: 'PAE 2010' },
      { valor: 'pae-2009', etiqueta: 'PAE 2009' },
      { valor: 'complementaria', etiqueta: 'Complementaria (fuera del PAE)' },
    ]);
  });

  it.each([
    ['?en=evaluaciones&ramo=6&ciclo=pae-2015', { q: '', en: 'evaluaciones', filtros: { ramo: '6', ciclo: 'pae-2015' } }],
    // Each kind keeps only its own facets: a link that mixes them still searches.
    ['?en=evaluaciones&programa=p&tipo_evaluacion=diseno', { q: '', en: 'evaluaciones', filtros: { tipo_evaluacion: 'diseno' } }],
    ['?ramo=6&programa=p', { q: '', filtros: { programa: 'p' } }],
    ['?en=otra&q=x', { q: 'x', filtros: {} }],
  ] as [string, Consulta][])('%s', (url, consulta) => expect(leerConsulta(new URLSearchParams(url))).toEqual(consulta));

  it('la URL lleva el ámbito y vuelve igual', () => {
    const c: Consulta = { q: 'agua', en: 'evaluaciones', filtros: { ramo: '16', tipo_evaluacion: 'diseno' }, orden: 'antiguos' };
    const url = crearRutas('/').buscar(parametrosDeConsulta(c));
    expect(url).toBe('/buscar/?q=agua&en=evaluaciones&ramo=16&tipo_evaluacion=diseno&orden=antiguos');
    expect(leerConsulta(new URL(url, 'https://x.mx').searchParams)).toEqual(c);
  });

  it.each([
    [
      { q: '', en: 'evaluaciones', filtros: {} },
      { filters: { tipo: 'evaluacion' }, sort: { ciclo: 'desc' } },
    ],
    [
      { q: 'agua', en: 'evaluaciones', filtros: { ciclo: 'pae-2015', ramo: '16' } },
      { filters: { tipo: 'evaluacion', ramo: '16', ciclo: 'pae-2015' } },
    ],
    [
      { q: 'agua', en: 'evaluaciones', filtros: {}, orden: 'antiguos' },
      { filters: { tipo: 'evaluacion' }, sort: { ciclo: 'asc' } },
    ],
    // A filter of the other kind never reaches Pagefind.
    [{ q: 'agua', filtros: { ramo: '16', programa: 'p' } }, { filters: { tipo: DOCUMENTOS, programa: 'p' } }],
  ] as [Consulta, unknown][])('Pagefind: %j', (consulta, opciones) => expect(opcionesDePagefind(consulta)).toEqual(opciones));
});

describe('palabras comunes: las que no sirven para distinguir y cuestan más', () => {
  const comunes = { evalu: 120_000, progr: 90_000, munic: 20_000, estad: 16_000, '2026': 30_000 };

  it.each([
    ['evaluación diseño', 'diseño', ['evaluación']],
    ['Programa Municipal Derechos Humanos', 'Derechos Humanos', ['Programa', 'Municipal']],
    // Nothing but common words: the least common one stays.
    ['evaluación programa', 'programa', ['evaluación']],
    ['evaluación', 'evaluación', []],
    // A phrase keeps every word, and counts as a word that is not common.
    ['"sujeto evaluado" evaluación', '"sujeto evaluado"', ['evaluación']],
    ['agua potable', 'agua potable', []],
    // A short word costs what the common words it begins cost.
    ['eval agua', 'agua', ['eval']],
    ['2026 agua', 'agua', ['2026']],
  ] as const)('«%s» → «%s»', (termino, queda, omitidas) => {
    expect(sinPalabrasComunes(termino, comunes)).toEqual({ termino: queda, omitidas });
  });

  it('las cuenta por sus primeras cinco letras, sin acentos', () => {
    expect(['Evaluación', 'evaluados', 'EVALÚA', 'eval', '01020401'].map(raizDeCosto)).toEqual([
      'evalu',
      'evalu',
      'evalu',
      'eval',
      '01020401',
    ]);
  });

  it('la página dice qué palabras no se buscaron', () => {
    expect(notaDeOmitidas([])).toBe('');
    expect(notaDeOmitidas(['evaluación'])).toBe(' No se buscó «evaluación»: está en demasiados documentos para distinguirlos.');
    expect(notaDeOmitidas(['programa', 'municipal', 'estado'])).toBe(
      ' No se buscó «programa», «municipal» ni «estado»: están en demasiados documentos para distinguirlos.',
    );
  });

  it('el índice las cuenta como Pagefind: una por página más una por aparición', () => {
    const paginas = Array.from({ length: 10 }, (_, i) => `Evaluación de diseño ${i}; evaluación y agua`);
    expect(palabrasComunes(costosDeRaices(paginas), 21)).toEqual({ evalu: 30 });
    expect(palabrasComunes(costosDeRaices(paginas), 10)).toEqual({ agua: 20, de: 20, disen: 20, evalu: 30, y: 20 });
  });

  it('las cuentas de dos grupos de páginas, sumadas, son las de todas juntas', () => {
    const a = ['Evaluación de diseño', 'agua y agua'];
    const b = ['evaluación del agua', 'Diseño'];
    expect(sumarCostos([costosDeRaices(a), costosDeRaices(b)])).toEqual(costosDeRaices([...a, ...b]));
    expect(sumarCostos([])).toEqual({});
  });
});

describe('palabras que ningún documento tiene: se busca sin ellas y se dice', () => {
  it.each([
    ['pensiones ISSEMYM', ['pensiones', 'ISSEMYM']],
    ['"sujeto evaluado" pensiones', ['pensiones']],
    // One part alone: nothing would be left to search.
    ['pensiones', []],
    ['"sujeto evaluado"', []],
  ] as const)('«%s» puede quitar %j', (termino, sueltas) => expect(palabrasSueltas(termino)).toEqual(sueltas));

  it.each([
    ['pensiones ISSEMYM', ['pensiones'], 'ISSEMYM'],
    ['huachicol "sujeto evaluado" asdfgh agua', ['huachicol', 'asdfgh'], '"sujeto evaluado" agua'],
    // A phrase is searched as written, even if a word of it is missing.
    ['"pensiones ISSEMYM" agua', ['pensiones'], null],
    ['pensiones ISSEMYM', [], null],
    ['pensiones asdfgh', ['pensiones', 'asdfgh'], null],
  ] as const)('«%s» sin %j → %j', (termino, ausentes, queda) => expect(sinAusentes(termino, ausentes)).toBe(queda));

  it.each([
    [[], 'convenios', true, ''],
    [['pensiones'], 'convenios', true, ' Ningún convenio dice «pensiones»: se buscó sin esa palabra.'],
    [['pensiones', 'asdfgh'], 'convenios', false, ' Ningún documento dice «pensiones» ni «asdfgh»: se buscó sin esas palabras.'],
    [['a', 'b', 'c'], 'evaluaciones', false, ' Ninguna evaluación dice «a», «b» ni «c»: se buscó sin esas palabras.'],
  ] as const)('%j en %s → «%s»', (ausentes, ambito, soloConvenios, nota) =>
    expect(notaDeAusentes(ausentes, ambito, soloConvenios)).toBe(nota),
  );
});

describe('con una palabra menos: la búsqueda que se ofrece cuando todas juntas no encuentran nada', () => {
  it.each([
    ['pensiones issemym', 'pensiones', 'issemym'],
    ['convenio de pensiones  issemym', 'pensiones', 'convenio de issemym'],
    ['"sujeto evaluado" pensiones issemym', 'issemym', '"sujeto evaluado" pensiones'],
    // Only a loose word, as written; the first time it appears.
    ['"pensiones issemym" pensiones', 'pensiones', '"pensiones issemym"'],
    ['agua agua', 'agua', 'agua'],
  ] as const)('«%s» sin «%s» → «%s»', (q, palabra, queda) => expect(sinPalabra(q, palabra)).toBe(queda));
});

describe('frases con palabras comunes: se piden sus otras palabras y la frase se revisa en el texto', () => {
  const comunes = { evalu: 120_000, desem: 40_000, estad: 90_000, munic: 130_000, insti: 45_000 };

  it.each([
    ['"evaluación específica desempeño" ISSEMYM', { candidatos: 'específica ISSEMYM', frases: ['evaluación específica desempeño'] }],
    [
      '"Instituto Seguridad Social Estado México Municipios"',
      { candidatos: 'Seguridad Social México', frases: ['Instituto Seguridad Social Estado México Municipios'] },
    ],
    // A phrase without common words costs little: Pagefind finds it as it is.
    ['"prestaciones potestativas" evaluación', null],
    // A phrase of nothing but common words is narrowed by the search's other words…
    ['"evaluación desempeño" ISSEMYM', { candidatos: 'ISSEMYM', frases: ['evaluación desempeño'] }],
    ['"evaluación específica" "estado municipios"', { candidatos: 'específica', frases: ['evaluación específica', 'estado municipios'] }],
    // …and with no other words, only chosen filters can (or else Pagefind).
    ['"evaluación desempeño"', { candidatos: '', frases: ['evaluación desempeño'] }],
    ['"evaluación desempeño" "estado municipios"', { candidatos: '', frases: ['evaluación desempeño', 'estado municipios'] }],
    // An unclosed quote is words one by one.
    ['"evaluación específica', null],
  ] as const)('«%s» → %j', (termino, plan) => expect(frasesCaras(termino, comunes, [])).toEqual(plan));

  // At 10,000 convenios «propaganda» shares the chunk of «prórroga», «potestativas» that of «Pp».
  const pesados = [
    ['prop', 'pror'],
    ['potes', 'pp'],
  ] as const;

  it.each([
    ['propaganda', true],
    ['Propaganda', true],
    ['prórroga', true],
    ['potestativas', true],
    ['PP', true],
    ['promesa', false],
    ['ISSEMYM', false],
    ['pr', false],
  ] as const)('«%s» en un trozo pesado: %s', (palabra, esperado) => expect(enTrozoPesado(palabra, pesados)).toBe(esperado));

  it.each([
    // A rare word in a heavy chunk is checked in the text, like a phrase of one word…
    ['propaganda Izcalli', { candidatos: 'Izcalli', frases: ['propaganda'] }],
    ['prestaciones potestativas ISSEMYM', { candidatos: 'prestaciones ISSEMYM', frases: ['potestativas'] }],
    // …and so is a phrase with one.
    ['"prestaciones potestativas" ISSEMYM', { candidatos: 'prestaciones ISSEMYM', frases: ['prestaciones potestativas'] }],
    // Alone, only filters (or Pagefind) can narrow it; a common word left in the search is not checked in the text.
    ['propaganda', { candidatos: '', frases: ['propaganda'] }],
    ['potestativas evaluación', { candidatos: 'evaluación', frases: ['potestativas'] }],
    ['"propaganda', null],
  ] as const)('«%s» con trozos pesados → %j', (termino, plan) => expect(frasesCaras(termino, comunes, pesados)).toEqual(plan));

  it.each([
    ['una palabra suelta, por su raíz', 'La propaganda y las propagandas.', ['propaganda'], ['propaganda', 'propagandas']],
    ['sin acentos ni mayúsculas', 'PRÓRROGA de la prórroga', ['prorroga'], ['PRÓRROGA', 'prórroga']],
    [
      'cada palabra de una frase, no las vacías',
      'Evaluación de Desempeño de la evaluación',
      ['evaluación de desempeño'],
      ['Evaluación', 'Desempeño', 'evaluación'],
    ],
    ['nada sin frases', 'propaganda', [], []],
    ['no una palabra más corta que la raíz', 'prop propaganda', ['propaganda'], ['propaganda']],
  ] as const)('marca en el extracto %s', (_caso, texto, frases, marcadas) =>
    expect(tramosDeLasFrases(texto, frases).map(([a, b]) => texto.slice(a, b))).toEqual(marcadas),
  );

  it.each([
    ['a "b c" d', ['b c']],
    ['"b c" "d"', ['b c', 'd']],
    ['"b c', []],
    ['"" x', []],
    ['a b', []],
  ] as const)('las frases entre comillas de «%s»: %j', (termino, frases) => expect(frasesEntreComillas(termino)).toEqual(frases));

  it.each([
    // Too many pages: the first costly loose word goes to Pagefind too…
    [
      { candidatos: 'observa', frases: ['Prestaciones', 'potestativas'] },
      { candidatos: 'observa Prestaciones', frases: ['potestativas'] },
    ],
    [
      { candidatos: 'ISSEMYM', frases: ['evaluación desempeño', 'propaganda', 'potestativas'] },
      { candidatos: 'ISSEMYM propaganda', frases: ['evaluación desempeño', 'potestativas'] },
    ],
    // From nothing cheap (a filter narrowed the pages), the word alone.
    [
      { candidatos: '', frases: ['Prestaciones', 'potestativas'] },
      { candidatos: 'Prestaciones', frases: ['potestativas'] },
    ],
    // …but not the last thing left to check (then Pagefind searches everything), nor a phrase.
    [{ candidatos: 'observa Prestaciones', frases: ['potestativas'] }, null],
    [{ candidatos: 'ISSEMYM', frases: ['evaluación desempeño'] }, null],
  ] as const)('%j con una palabra más → %j', (plan, siguiente) =>
    expect(conOtraPalabra({ candidatos: plan.candidatos, frases: [...plan.frases] })).toEqual(siguiente),
  );

  it.each([
    ['las palabras seguidas', 'Evaluación Específica de Desempeño', 'una Evaluación Específica de Desempeño del programa', true],
    ['sin acentos ni mayúsculas', 'evaluacion especifica desempeno', 'EVALUACIÓN ESPECÍFICA DE DESEMPEÑO', true],
    ['con otra palabra vacía en medio', 'Instituto de Seguridad', 'Instituto a la Seguridad', true],
    ['el plural encuentra el singular', 'derechos humanos', 'el derecho humano al agua', true],
    ['no separadas', 'evaluación desempeño', 'evaluación específica de desempeño', false],
    ['no en otro orden', 'desempeño evaluación', 'evaluación de desempeño', false],
    ['no una palabra más corta que la raíz', 'municipios', 'el muni', false],
  ] as const)('%s', (_caso, frase, texto, esperado) => expect(contieneLaFrase(frase, texto)).toBe(esperado));
});

describe("contieneLasPalabras with Pagefind's short Spanish stems", () => {
  it.each([
    ['«casado» encuentra «caso», como Pagefind', 'alicia casado', 'Bertha Alicia Ramírez. En su caso, el ente…', true],
    ['pero no una palabra más corta que la raíz', 'casado', 'La Contraloría y el ente: ca.', false],
  ] as const)('%s', (_caso, q, pagina, esperado) => {
    expect(contieneLasPalabras(q, pagina)).toBe(esperado);
  });
});

describe('ordenarFrase: pages with a quoted phrase ranked by its words', () => {
  const r = (id: string, score = 1) => ({ id, score });
  it.each([
    ['por el puntaje de las palabras', [r('a'), r('b'), r('c')], [r('c', 9), r('a', 5), r('b', 7)], ['c', 'b', 'a']],
    ['empates en el orden del índice', [r('a'), r('b'), r('c')], [r('b', 2), r('c', 2), r('a', 2)], ['a', 'b', 'c']],
    ['sin puntaje, al final y en su orden', [r('x'), r('a'), r('y')], [r('a', 1)], ['a', 'x', 'y']],
    ['sólo las páginas con la frase', [r('a'), r('b')], [r('z', 9), r('b', 3), r('a', 1)], ['b', 'a']],
    ['sin resultados', [], [r('a', 1)], []],
  ] as const)('%s', (_caso, frase, palabras, esperado) => {
    expect(ordenarFrase(frase, palabras).map((x) => x.id)).toEqual(esperado);
  });

  it.each([
    ['"elaborar metodología" definición', 'elaborar metodología definición'],
    ['"frase sin cerrar', 'frase sin cerrar'],
    ['sin comillas', 'sin comillas'],
  ])('sinComillas(%s)', (termino, esperado) => {
    expect(sinComillas(termino)).toBe(esperado);
  });
});

describe('palabras de las que el índice guarda un solo lugar por página: sus frases van sueltas', () => {
  // evalu and 2026 pass UMBRAL_SIN_POSICIONES (60,000); progr and munic are common but keep every place.
  const comunes = { evalu: 290_000, '2026': 70_000, progr: 59_999, munic: 20_000, pae: 80_000 };

  it.each([
    ['evalu', 290_000, true],
    ['evalu', 60_000, true],
    ['progr', 59_999, false],
    ['2026', 70_000, true],
    // Pagefind indexes a short word by itself: its root is the whole word, and it keeps its places.
    ['pae', 80_000, false],
  ] as const)('la raíz «%s» con %i → %s', (raiz, n, sin) => expect(raizSinPosiciones(raiz, n)).toBe(sin));

  it.each([
    ['Evaluación', true],
    ['evaluados', true],
    ['2026', true],
    // Shorter than a root: Pagefind extends it to the words that start with it.
    ['eval', true],
    ['20', true],
    ['programa', false],
    ['PAE', false],
    ['agua', false],
    ['', false],
  ] as const)('«%s» → %s', (palabra, sin) => expect(sinPosiciones(palabra, comunes)).toBe(sin));

  it.each([
    // A phrase with such a word goes loose, and its common words are left out as loose words are.
    ['"sujeto evaluado"', 'sujeto', ['sujeto evaluado'], ['evaluado']],
    // (Pagefind's words come without function words: terminoParaPagefind.)
    ['"evaluación programa" agua', 'agua', ['evaluación programa'], ['evaluación', 'programa']],
    ['"evaluación" "2026"', '2026', ['evaluación', '2026'], ['evaluación']],
    // Phrases without such words stay phrases, and nothing else changes.
    ['"programa municipal" agua', '"programa municipal" agua', [], []],
    ['evaluación agua', 'evaluación agua', [], []],
    // An unclosed quote is already loose words.
    ['"evaluación del', '"evaluación del', [], []],
  ] as const)('«%s» → «%s»', (termino, queda, sueltas, omitidas) => {
    expect(frasesSinPosiciones(termino, comunes)).toEqual({ termino: queda, sueltas, omitidas });
  });

  it('la página dice qué frases se buscaron como palabras sueltas', () => {
    expect(notaDeFrasesSueltas([])).toBe('');
    expect(notaDeFrasesSueltas(['sujeto evaluado'])).toBe(
      ' No se buscó «sujeto evaluado» como frase exacta: tiene palabras que están en casi todos los documentos, así que se buscaron sus palabras sueltas.',
    );
    expect(notaDeFrasesSueltas(['sujeto evaluado', 'programa anual'])).toBe(
      ' No se buscó «sujeto evaluado» ni «programa anual» como frases exactas: tienen palabras que están en casi todos los documentos, así que se buscaron sus palabras sueltas.',
    );
  });
});
