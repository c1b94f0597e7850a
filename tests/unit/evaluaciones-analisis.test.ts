import { describe, expect, it } from 'vitest';
import type { Estado } from '../../src/lib/estados.ts';
import {
  asmPor,
  asmPorEvaluacion,
  columnasDeEstado,
  describirEstadosDeAsm,
  filaDeAsm,
  graficaDeAsmPorCiclo,
  parteDe,
  reporteMasReciente,
} from '../../src/lib/evaluaciones/asm.ts';
import { clasificarPor } from '../../src/lib/evaluaciones/clasificacion.ts';
import { anioDeConclusion, costosPor, ordenDeAnios, pocosCostos, SIN_ANIO } from '../../src/lib/evaluaciones/costos.ts';
import { claveDeEvaluador, evaluadoresDe } from '../../src/lib/evaluaciones/evaluadores.ts';
import {
  claveDePrograma,
  describirCiclos,
  describirTipos,
  ordenCronologico,
  programasEvaluados,
  programasMasEvaluados,
} from '../../src/lib/evaluaciones/programas.ts';
import { fuentesDe } from '../../src/lib/evaluaciones/textos.ts';
import type { Evaluacion } from '../../src/schemas/evaluacion.ts';

/** A made-up evaluation with only what a case needs; `asm` are the statuses of the ASM tied to it. */
function ev(id: string, datos: Partial<Evaluacion> = {}, asm: Estado[] = [], programa?: { id: string; clave?: string; nombre: string }) {
  return {
    id,
    datos: {
      id_evaluacion: id,
      ciclo_pae: 'PAE2015',
      ramo: {},
      programa: {},
      tipo: 'Diseño',
      tipo_normalizado: 'Diseño',
      fuente: { nombre: 'x', publicacion: 'y' },
      ...datos,
    } as Evaluacion,
    asm: asm.map((estado) => ({ estado })),
    ...(programa
      ? { programa: { id: programa.id, datos: { nombre: programa.nombre, ...(programa.clave ? { clave: programa.clave } : {}) } } }
      : {}),
  };
}

describe('costos por año de conclusión', () => {
  const lista = [
    ev('a', { ciclo_conclusion: 2015, costo: 100 }),
    ev('b', { ciclo_conclusion: 2015 }),
    ev('c', { ciclo_conclusion: 2009, costo: 0.1 }),
    ev('d', { costo: 30 }),
    ev('e', { ciclo_conclusion: 2016, costo: 0.2 }),
  ];
  it('una fila por año, el más reciente primero y sin año al final; sin costo cuenta pero no suma', () => {
    const r = costosPor(lista, anioDeConclusion, ordenDeAnios);
    expect(r.filas).toEqual([
      { grupo: '2016', evaluaciones: 1, conCosto: 1, total: 0.2, mediana: 0.2 },
      { grupo: '2015', evaluaciones: 2, conCosto: 1, total: 100, mediana: 100 },
      { grupo: '2009', evaluaciones: 1, conCosto: 1, total: 0.1, mediana: 0.1 },
      { grupo: SIN_ANIO, evaluaciones: 1, conCosto: 1, total: 30, mediana: 30 },
    ]);
    expect(r.total).toEqual({ grupo: 'Total', evaluaciones: 5, conCosto: 4, total: 130.3, mediana: 15.1 });
  });

  it.each([
    [0, false],
    [1, true],
    [4, true],
    [5, false],
  ])('%i con costo: ¿muy pocos para comparar? %s', (conCosto, esperado) => expect(pocosCostos({ conCosto })).toBe(esperado));
});

describe('clasificarPor: posiciones, empates y los muy pocos aparte', () => {
  const g = (nombre: string, medida: number, base: number) => ({ nombre, medida, base });
  it.each([
    [
      'empates comparten posición (1, 2, 2, 4); el desempate es la base y luego el nombre',
      [g('B', 10, 10), g('A', 7, 7), g('C', 7, 8), g('D', 5, 5)],
      [
        ['B', 1],
        ['C', 2],
        ['A', 2],
        ['D', 4],
      ],
      [],
      0,
    ],
    [
      'menos de 5 en la base va aparte por nombre; cero en la base sólo se cuenta',
      [g('Z', 100, 4), g('Y', 50, 6), g('X', 1, 1), g('W', 0, 0)],
      [['Y', 1]],
      ['X', 'Z'],
      1,
    ],
    ['nadie llega al mínimo', [g('A', 3, 3)], [], ['A'], 0],
  ] as const)('%s', (_n, grupos, clasificados, pocos, sinDatos) => {
    const r = clasificarPor(grupos, { medida: (x) => x.medida, base: (x) => x.base, nombre: (x) => x.nombre });
    expect(r.clasificados.map((c) => [c.elemento.nombre, c.posicion])).toEqual(clasificados);
    expect(r.pocos.map((x) => x.nombre)).toEqual(pocos);
    expect(r.sinDatos).toBe(sinDatos);
    expect(r.minimo).toBe(5);
  });
});

describe('evaluadores: sólo mayúsculas, acentos y espacios unen escrituras', () => {
  it.each([
    ['Investigación en Salud y Demografía, S. C.', 'Investigacion en salud y demografia, S.C.', true],
    ['C-230 Consultores, S. C. ', 'C-230 Consultores, S. C.', true],
    ['UNIVERSIDAD AUTÓNOMA METROPOLITANA', 'Universidad Autonoma Metropolitana', true],
    ['Universidad Nacional Autónoma de México', 'Facultad de Economía, UNAM', false],
    ['C-230 Consultores, S. C.', 'C230 Consultores, S. C.', false],
    ['Valora Consultoría, S.C.', 'Valora Consultoría, S.A.', false],
  ])('«%s» y «%s»: ¿el mismo? %s', (a, b, mismo) => expect(claveDeEvaluador(a) === claveDeEvaluador(b)).toBe(mismo));

  const lista = [
    ...['a1', 'a2', 'a3'].map((id, i) => ev(id, { evaluador: 'C-230 Consultores, S. C.', costo: 100 * (i + 1) })),
    ...['a4', 'a5'].map((id) => ev(id, { evaluador: 'c-230 consultores, S.C.' })),
    ...['b1', 'b2', 'b3', 'b4', 'b5', 'b6'].map((id) => ev(id, { evaluador: 'El Colegio de México, A.C.', costo: 10 })),
    ev('c1', { evaluador: 'Facultad de Economía, UNAM', costo: 1_000_000 }),
    ev('v1', { evaluador: 'Varios', costo: 5 }),
    ev('v2', { evaluador: 'VARIOS' }),
    ev('n1', {}),
  ];
  const r = evaluadoresDe(lista);

  it('une las escrituras triviales, nombra con la más usada y conserva las demás', () => {
    expect(r.evaluadores.map((v) => [v.nombre, v.escrituras.map((e) => [e.texto, e.evaluaciones])])).toEqual([
      [
        'C-230 Consultores, S. C.',
        [
          ['C-230 Consultores, S. C.', 3],
          ['c-230 consultores, S.C.', 2],
        ],
      ],
      ['El Colegio de México, A.C.', [['El Colegio de México, A.C.', 6]]],
      ['Facultad de Economía, UNAM', [['Facultad de Economía, UNAM', 1]]],
    ]);
  });

  it('cuenta evaluaciones y costos de cada uno, con cuántas tienen costo', () => {
    expect(r.evaluadores[0]!.costos).toEqual({ grupo: 'C-230 Consultores, S. C.', evaluaciones: 5, conCosto: 3, total: 600, mediana: 200 });
    expect(r.evaluadores[0]!.evaluaciones).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
  });

  it('clasifica por evaluaciones y por costo, cada una con su base; «Varios» y sin nombre quedan fuera', () => {
    expect(r.porEvaluaciones.clasificados.map((c) => [c.elemento.nombre, c.posicion])).toEqual([
      ['El Colegio de México, A.C.', 1],
      ['C-230 Consultores, S. C.', 2],
    ]);
    expect(r.porEvaluaciones.pocos.map((v) => v.nombre)).toEqual(['Facultad de Economía, UNAM']);
    // C-230 has five evaluations but only three with a cost: too few to rank by cost, like the faculty's one.
    expect(r.porCosto.clasificados.map((c) => c.elemento.nombre)).toEqual(['El Colegio de México, A.C.']);
    expect(r.porCosto.pocos.map((v) => v.nombre)).toEqual(['C-230 Consultores, S. C.', 'Facultad de Economía, UNAM']);
    expect(r.noIdentifican).toMatchObject({ evaluaciones: 2, conCosto: 1, total: 5 });
    expect(r.noIdentifican.escrituras.map((e) => e.texto).sort()).toEqual(['VARIOS', 'Varios']);
    expect(r.sinNombre).toMatchObject({ evaluaciones: 1, conCosto: 0, total: 0 });
    expect(r.total).toBe(lista.length);
  });
});

describe('ASM por evaluación, por tipo y por ciclo', () => {
  const lista = [
    ev('a', { ciclo_pae: 'PAE2015', tipo_normalizado: 'Diseño' }, ['atendido_sin_plazo', 'atendido_sin_plazo', 'en_proceso']),
    ev('b', { ciclo_pae: 'PAE2015', tipo_normalizado: 'Procesos' }, []),
    ev('c', { ciclo_pae: 'PAE2014', tipo_normalizado: 'Diseño' }, ['cancelado']),
    ev('d', { ciclo_pae: 'Complementaria', tipo_normalizado: 'Diseño' }, []),
  ];

  it.each([
    [
      'por tipo',
      (e: (typeof lista)[number]) => e.datos.tipo_normalizado,
      [
        ['Diseño', 3, 2, 4, { atendido_sin_plazo: 2, en_proceso: 1, cancelado: 1 }],
        ['Procesos', 1, 0, 0, {}],
      ],
    ],
    [
      'por ciclo',
      (e: (typeof lista)[number]) => e.datos.ciclo_pae,
      [
        ['Complementaria', 1, 0, 0, {}],
        ['PAE2014', 1, 1, 1, { cancelado: 1 }],
        ['PAE2015', 2, 1, 3, { atendido_sin_plazo: 2, en_proceso: 1 }],
      ],
    ],
  ] as const)('%s', (_n, grupo, esperado) => {
    const r = asmPor(lista, grupo);
    expect(
      r.filas.map((f) => [
        f.grupo,
        f.evaluaciones,
        f.conAsm,
        f.asm,
        Object.fromEntries(Object.entries(f.porEstado).filter(([, n]) => n > 0)),
      ]),
    ).toEqual(esperado);
    expect(r.total).toMatchObject({ evaluaciones: 4, conAsm: 2, asm: 4 });
  });

  it.each([
    [{ asm: 4, conAsm: 2 }, '2.0'],
    [{ asm: 5, conAsm: 2 }, '2.5'],
    [{ asm: 0, conAsm: 0 }, '—'],
  ])('%o ASM por evaluación con ASM: %s', (f, texto) => expect(asmPorEvaluacion(f)).toBe(texto));

  it.each([
    [2, 4, '2 de 4 (50%)'],
    [1, 3, '1 de 3 (33.3%)'],
    [0, 0, '—'],
  ])('%i de %i → %s', (parte, de, texto) => expect(parteDe(parte, de)).toBe(texto));

  it.each([
    [{ atendido_sin_plazo: 3, en_proceso: 1, cancelado: 1 }, '3 concluidos, 1 en proceso y 1 cancelado'],
    [{ atendido_sin_plazo: 1, dado_de_baja: 2 }, '1 concluido y 2 dados de baja'],
    [{ en_proceso: 2, sin_reporte_reciente: 1 }, '2 en proceso y 1 en proceso sin reporte reciente'],
    [{ pendiente: 2, fusionado: 1, no_atendido: 1 }, '1 no atendido, 2 sin avance reportado y 1 fusionado'],
    [{}, 'ninguno'],
  ])('%o → %s', (cuentas, texto) => {
    const porEstado = filaDeAsm('x', []).porEstado;
    expect(describirEstadosDeAsm({ ...porEstado, ...cuentas })).toBe(texto);
  });

  it.each([
    [[], undefined],
    [[{}], undefined],
    [
      [{ fecha: '2016-09-30', periodo: '03T2016' }, { fecha: '2017-03-31', periodo: '01T2017' }, { fecha: '2015-09-30' }],
      { fecha: '2017-03-31', periodo: '01T2017' },
    ],
    [[{ fecha: '2017-03-31' }, { fecha: '2016-09-30', periodo: '03T2016' }], { fecha: '2017-03-31' }],
  ])('reporteMasReciente(%o) → %o', (asm, esperado) => expect(reporteMasReciente(asm)).toEqual(esperado));

  it('las columnas de estado: las de un ASM federal siempre, otra sólo si alguien la tiene', () => {
    const federal = columnasDeEstado([filaDeAsm('x', lista)]).map((c) => c.estado);
    expect(federal).toEqual([
      'atendido_sin_plazo',
      'en_proceso',
      'sin_reporte_reciente',
      'pendiente',
      'cancelado',
      'fusionado',
      'dado_de_baja',
    ]);
    expect(columnasDeEstado([filaDeAsm('x', lista)]).find((c) => c.estado === 'sin_reporte_reciente')?.titulo).toBe(
      'En proceso sin reporte reciente (más de 12 meses)',
    );
    const raro = columnasDeEstado([filaDeAsm('x', [ev('z', {}, ['no_atendido'])])]).map((c) => c.estado);
    expect(raro).toContain('no_atendido');
  });

  it('la gráfica por ciclo apila por estado los estados presentes y su tabla tiene los mismos números', () => {
    const { filas, total } = asmPor(lista, (e) => e.datos.ciclo_pae, ordenCronologico);
    const g = graficaDeAsmPorCiclo(filas, total, { nombre: (c) => c, corto: (c) => c.slice(-4), clave: (c) => c.toLowerCase() });
    expect(g.datos).toMatchObject({
      tipo: 'apiladas',
      titulos: ['PAE2014', 'PAE2015', 'Complementaria'],
      series: [
        { estado: 'atendido_sin_plazo', valores: [0, 2, 0] },
        { estado: 'en_proceso', valores: [0, 1, 0] },
        { estado: 'cancelado', valores: [1, 0, 0] },
      ],
    });
    expect(g.tabla!.filas.map((f) => f.celdas.slice(0, 4).map((c) => c.texto))).toEqual([
      ['1', '1 de 1 (100%)', '1', '1.0'],
      ['2', '1 de 2 (50%)', '3', '3.0'],
      ['1', '0 de 1 (0%)', '0', '—'],
    ]);
    expect(g.tabla!.pie[0]!.celdas.slice(0, 4).map((c) => c.texto)).toEqual(['4', '2 de 4 (50%)', '4', '2.0']);
    const vacia = graficaDeAsmPorCiclo([], filaDeAsm('Total', []), { nombre: String, corto: String, clave: String });
    expect(vacia.datos).toBeNull();
    expect(vacia.vacio).toMatch(/no enlaza/);
  });
});

describe('programas evaluados', () => {
  it.each([
    [
      'enlazado a un programa del portal',
      ev('a', { ramo: { clave: '20' }, programa: { clave: 'S070' } }, [], { id: 'federal-20-s070', nombre: 'X' }),
      'portal:federal-20-s070',
    ],
    ['ramo y clave', ev('b', { ramo: { clave: '20' }, programa: { clave: 's070' } }), '20|S070'],
    ['clave con el ramo delante', ev('c', { ramo: { clave: '08' }, programa: { clave: '08S231' } }), '8|S231'],
    [
      'clave que no es de programa: el nombre',
      ev('d', { ramo: { clave: '8' }, programa: { clave: '1', nombre: 'Programa ÁGIL ' } }),
      '8|programa agil',
    ],
    ['sin ramo', ev('e', { programa: { nombre: 'Otro' } }), 'na|otro'],
    ['sin clave ni nombre: la evaluación sola', ev('f'), 'evaluacion:f'],
  ])('%s', (_n, e, clave) => expect(claveDePrograma(e)).toBe(clave));

  it.each([
    [
      ['PAE2015', 'PAE2007', 'PAE2009', 'PAE2010', 'PAE2011', 'Complementaria'],
      'PAE 2007, 2009 a 2011, 2015 y Complementaria (fuera del PAE)',
    ],
    [['PAE2008', 'PAE2009'], 'PAE 2008, 2009'],
    [['Complementaria'], 'Complementaria (fuera del PAE)'],
  ])('%o → %s', (ciclos, texto) => expect(describirCiclos(ciclos)).toBe(texto));

  const portal = { id: 'federal-20-s070', clave: 'S070', nombre: 'Programa de Coinversión Social' };
  // Newest first, as vistaDeEvaluaciones orders them.
  const lista = [
    ev('s1', { ciclo_pae: 'PAE2015', ramo: { clave: '20' }, programa: { clave: 'S070', nombre: 'Coinversión' } }, ['en_proceso'], portal),
    ev(
      's2',
      { ciclo_pae: 'PAE2012', tipo_normalizado: 'Procesos', ramo: { clave: '20' }, programa: { clave: 'S070' } },
      ['atendido_sin_plazo'],
      portal,
    ),
    ev('u1', { ciclo_pae: 'PAE2013', ramo: { clave: '12', nombre: 'Salud' }, programa: { clave: 'U005', nombre: 'Seguro Popular' } }, [
      'cancelado',
      'atendido_sin_plazo',
    ]),
    ev('u2', {
      ciclo_pae: 'PAE2011',
      ramo: { clave: '12', nombre: 'Salud' },
      programa: { clave: 'U005', nombre: 'Seguro popular (SPSS)' },
    }),
    ev('u3', {
      ciclo_pae: 'Complementaria',
      ramo: { clave: '12', nombre: 'Salud' },
      programa: { clave: 'U005', nombre: 'Seguro Popular' },
    }),
    ev('z1', { ciclo_pae: 'PAE2010', ramo: { clave: '6' }, programa: { nombre: 'Zeta' } }),
  ];
  const programas = programasEvaluados(lista);

  it('un renglón por programa, por nombre, con sus ciclos, tipos y los estados de sus ASM', () => {
    expect(
      programas.map((p) => [
        p.nombre,
        p.programaId,
        p.clavePp,
        p.ramo,
        p.evaluaciones,
        p.nombres,
        p.ciclos,
        describirTipos(p.tipos),
        p.asm.asm,
      ]),
    ).toEqual([
      ['Programa de Coinversión Social', 'federal-20-s070', 'S070', '20', 2, 1, ['PAE2012', 'PAE2015'], 'Diseño (1), Procesos (1)', 2],
      ['Seguro Popular', undefined, 'U005', '12 Salud', 3, 2, ['PAE2011', 'PAE2013', 'Complementaria'], 'Diseño (3)', 2],
      ['Zeta', undefined, undefined, '6', 1, 1, ['PAE2010'], 'Diseño (1)', 0],
    ]);
    const seguro = programas[1]!;
    expect(seguro.asm).toMatchObject({ evaluaciones: 3, conAsm: 1, asm: 2 });
    expect(seguro.asm.porEstado).toMatchObject({ atendido_sin_plazo: 1, cancelado: 1, en_proceso: 0 });
  });

  it('los más evaluados, con los de menos del mínimo aparte', () => {
    const r = programasMasEvaluados(programas, 2);
    expect(r.clasificados.map((c) => [c.elemento.nombre, c.posicion])).toEqual([
      ['Seguro Popular', 1],
      ['Programa de Coinversión Social', 2],
    ]);
    expect(r.pocos.map((p) => p.nombre)).toEqual(['Zeta']);
    expect(programasMasEvaluados(programas).clasificados).toEqual([]);
  });
});

describe('fuentesDe: de qué publicación sale cada cifra', () => {
  it('cada conjunto una vez, con cuántas evaluaciones vienen de él, el que más primero', () => {
    const shcp = { nombre: 'Evaluaciones', publicacion: 'SHCP', fecha: '2017-07', url: 'https://x.mx' };
    const otra = { nombre: 'Evaluaciones', publicacion: 'SHCP', fecha: '2018-01' };
    const r = fuentesDe([ev('a', { fuente: shcp }), ev('b', { fuente: otra }), ev('c', { fuente: { ...shcp } })]);
    expect(r).toEqual([
      { ...shcp, evaluaciones: 2 },
      { ...otra, evaluaciones: 1 },
    ]);
    expect(fuentesDe([])).toEqual([]);
  });
});
