import { describe, expect, it } from 'vitest';
import { construirIndice, medidasDe, type Catalogo, type Indice } from '../../src/lib/indice.ts';
import { compromisosAtrasados, compromisosPorVencer, titularDeAtrasos, vencieronRecientemente } from '../../src/lib/vencimientos.ts';
import type { Estado } from '../../src/lib/estados.ts';
import type { Conteo } from '../../src/lib/tasas.ts';
import { compromiso, convenio, parte, reporte } from './fabrica.ts';

const CORTE = '2023-06-30';

/**
 * Two governments, five entes, two programs (one spanning both governments), four convenios
 * in PAE 2021 and 2022. Every list is given out of order, so sorting is really tested.
 */
const catalogo: Catalogo = {
  gobiernos: [
    {
      id: 'cuautitlan-izcalli',
      datos: { nombre: 'Municipio de Cuautitlán Izcalli', nivel: 'municipal', entidad_federativa: 'Estado de México' },
    },
    { id: 'edomex', datos: { nombre: 'Gobierno del Estado de México', nivel: 'estatal' } },
  ],
  entes: [
    { id: 'secretaria-de-finanzas', datos: { nombre: 'Secretaría de Finanzas', gobierno: 'edomex' } },
    { id: 'oic-issemym', datos: { nombre: 'Órgano Interno de Control del ISSEMYM', gobierno: 'edomex' } },
    {
      id: 'issemym',
      datos: { nombre: 'Instituto de Seguridad Social del Estado de México y Municipios', siglas: 'ISSEMYM', gobierno: 'edomex' },
    },
    {
      id: 'implan',
      datos: { nombre: 'Instituto Municipal de Planeación de Cuautitlán Izcalli', siglas: 'IMPLAN', gobierno: 'cuautitlan-izcalli' },
    },
    { id: 'defensoria', datos: { nombre: 'Defensoría Municipal de Derechos Humanos', gobierno: 'cuautitlan-izcalli' } },
  ],
  programas: [
    { id: 'prestaciones-potestativas', datos: { nombre: 'Prestaciones Potestativas' } },
    { id: 'derechos-humanos', datos: { clave: '01020401', nombre: 'Derechos Humanos' } },
  ],
  convenios: [
    {
      // PAE 2022, state, signed the same day as defensoria-2022 (the tie is broken by id).
      id: 'issemym-2022',
      datos: convenio({
        gobierno: 'edomex',
        programa: 'derechos-humanos',
        pae: 2022,
        firma: { fecha: '2022-10-14', lugar: 'Toluca' },
        partes: [parte('coordinadora', 'secretaria-de-finanzas'), parte('sujeto_evaluado', 'issemym')],
        compromisos: [
          compromiso('k1', '2023-07-15'), // pendiente, due in 15 days
          compromiso('k2', '2023-12', [reporte('2023-05-01', 'en_proceso')]), // en_proceso, due in December
        ],
      }),
    },
    {
      id: 'issemym-2021',
      datos: convenio({
        gobierno: 'edomex',
        programa: 'prestaciones-potestativas',
        pae: 2021,
        firma: { fecha: '2021-06-15', lugar: 'Toluca' },
        partes: [
          parte('coordinadora', 'secretaria-de-finanzas'),
          parte('control_interno', 'oic-issemym'),
          parte('sujeto_evaluado', 'issemym'),
        ],
        compromisos: [
          compromiso('k1', '2021-07-30'), // sin_informacion
          compromiso('k2', '2021-07-30', [reporte('2021-07-20', 'atendido')]), // atendido_a_tiempo
          compromiso('k3', '2021-12', [reporte('2021-11-01', 'en_proceso')]), // vencido
        ],
      }),
    },
    {
      id: 'defensoria-2021',
      datos: convenio({
        gobierno: 'cuautitlan-izcalli',
        programa: 'derechos-humanos',
        pae: 2021,
        firma: { fecha: '2021-09-01', lugar: 'Cuautitlán Izcalli' },
        partes: [parte('coordinadora', 'implan'), parte('sujeto_evaluado', 'defensoria')],
        compromisos: [compromiso('k1', '2021-10', [reporte('2021-10-31', 'atendido')])], // atendido_a_tiempo
      }),
    },
    {
      id: 'defensoria-2022',
      datos: convenio({
        gobierno: 'cuautitlan-izcalli',
        programa: 'derechos-humanos',
        pae: 2022,
        firma: { fecha: '2022-10-14', lugar: 'Cuautitlán Izcalli' },
        partes: [parte('coordinadora', 'implan'), parte('tesoreria', 'implan'), parte('sujeto_evaluado', 'defensoria')],
        compromisos: [
          compromiso('k1', '2022-12-31', [reporte('2023-01-10', 'atendido')]), // atendido_fuera_de_plazo
          compromiso('k2', '2022-12-31', [reporte('2023-01-15', 'no_atendido')]), // no_atendido
          compromiso('k3', '2023-07-01', [reporte('2023-06-01', 'en_proceso')]), // en_proceso, due tomorrow
        ],
      }),
    },
  ],
};

const indice = construirIndice(catalogo, CORTE);

/** The count as [total, exigibles, atendidos, tasa]. */
const resumen = (c: Conteo) => [c.total, c.exigibles, c.atendidos, c.tasa];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('construirIndice: per convenio', () => {
  it.each<{ id: string; estados: Estado[]; conteo: (number | null)[] }>([
    { id: 'issemym-2021', estados: ['sin_informacion', 'atendido_a_tiempo', 'vencido'], conteo: [3, 3, 1, 1 / 3] },
    { id: 'issemym-2022', estados: ['pendiente', 'en_proceso'], conteo: [2, 0, 0, null] },
    { id: 'defensoria-2021', estados: ['atendido_a_tiempo'], conteo: [1, 1, 1, 1] },
    { id: 'defensoria-2022', estados: ['atendido_fuera_de_plazo', 'no_atendido', 'en_proceso'], conteo: [3, 2, 1, 0.5] },
  ])('$id', ({ id, estados, conteo }) => {
    const c = indice.porId.convenios.get(id)!;
    expect(c.compromisos.map((k) => k.situacion.estado)).toEqual(estados);
    expect(c.compromisos.every((k) => k.convenioId === id)).toBe(true);
    expect(resumen(c.conteo)).toEqual(conteo);
  });

  it('resolves government, program and evaluated ente', () => {
    const c = indice.porId.convenios.get('defensoria-2022')!;
    expect([c.gobierno.id, c.programa.id, c.enteEvaluado.id]).toEqual(['cuautitlan-izcalli', 'derechos-humanos', 'defensoria']);
  });

  it('lists convenios newest signing first, ties by id', () => {
    expect(ids(indice.convenios)).toEqual(['defensoria-2022', 'issemym-2022', 'defensoria-2021', 'issemym-2021']);
  });

  it('totals every commitment once', () => {
    expect(resumen(indice.conteo)).toEqual([9, 6, 3, 0.5]);
    expect(indice.conteo.porEstado).toEqual({
      atendido_a_tiempo: 2,
      atendido_fuera_de_plazo: 1,
      atendido_sin_plazo: 0,
      no_atendido: 1,
      vencido: 1,
      sin_informacion: 1,
      en_proceso: 2,
      sin_reporte_reciente: 0,
      pendiente: 1,
      cancelado: 0,
      fusionado: 0,
      dado_de_baja: 0,
    });
    expect(indice.corte).toBe(CORTE);
  });
});

describe('construirIndice: groups', () => {
  it('entes are sorted by name in Spanish collation (Ó with the O’s, not after S)', () => {
    expect(ids(indice.entes)).toEqual(['defensoria', 'issemym', 'implan', 'oic-issemym', 'secretaria-de-finanzas']);
  });

  it.each<{ id: string; convenios: string[]; conteo: (number | null)[]; gobierno: string; participaciones: string[] }>([
    { id: 'issemym', convenios: ['issemym-2022', 'issemym-2021'], conteo: [5, 3, 1, 1 / 3], gobierno: 'edomex', participaciones: [] },
    {
      id: 'defensoria',
      convenios: ['defensoria-2022', 'defensoria-2021'],
      conteo: [4, 3, 2, 2 / 3],
      gobierno: 'cuautitlan-izcalli',
      participaciones: [],
    },
    {
      id: 'secretaria-de-finanzas',
      convenios: [],
      conteo: [0, 0, 0, null],
      gobierno: 'edomex',
      participaciones: ['issemym-2022 coordinadora', 'issemym-2021 coordinadora'],
    },
    { id: 'oic-issemym', convenios: [], conteo: [0, 0, 0, null], gobierno: 'edomex', participaciones: ['issemym-2021 control_interno'] },
    {
      id: 'implan',
      convenios: [],
      conteo: [0, 0, 0, null],
      gobierno: 'cuautitlan-izcalli',
      participaciones: ['defensoria-2022 coordinadora', 'defensoria-2022 tesoreria', 'defensoria-2021 coordinadora'],
    },
  ])('ente $id: as evaluated body, and its other roles', ({ id, convenios, conteo, gobierno, participaciones }) => {
    const g = indice.porId.entes.get(id)!;
    expect(ids(g.convenios)).toEqual(convenios);
    expect(resumen(g.conteo)).toEqual(conteo);
    expect(g.gobierno.id).toBe(gobierno);
    expect(g.participaciones.map((p) => `${p.convenio.id} ${p.rol}`)).toEqual(participaciones);
  });

  it('programs are sorted by name; one program spans two governments', () => {
    expect(ids(indice.programas)).toEqual(['derechos-humanos', 'prestaciones-potestativas']);
    const dh = indice.porId.programas.get('derechos-humanos')!;
    expect(ids(dh.convenios)).toEqual(['defensoria-2022', 'issemym-2022', 'defensoria-2021']);
    expect(new Set(dh.convenios.map((c) => c.gobierno.id))).toEqual(new Set(['edomex', 'cuautitlan-izcalli']));
    expect(resumen(dh.conteo)).toEqual([6, 3, 2, 2 / 3]);
    expect(resumen(indice.porId.programas.get('prestaciones-potestativas')!.conteo)).toEqual([3, 3, 1, 1 / 3]);
  });

  it.each([
    { id: 'edomex', convenios: ['issemym-2022', 'issemym-2021'], conteo: [5, 3, 1, 1 / 3] },
    { id: 'cuautitlan-izcalli', convenios: ['defensoria-2022', 'defensoria-2021'], conteo: [4, 3, 2, 2 / 3] },
  ])('government $id', ({ id, convenios, conteo }) => {
    const g = indice.porId.gobiernos.get(id)!;
    expect(ids(g.convenios)).toEqual(convenios);
    expect(resumen(g.conteo)).toEqual(conteo);
  });

  it('governments are sorted by name', () => {
    expect(ids(indice.gobiernos)).toEqual(['edomex', 'cuautitlan-izcalli']);
  });

  it('PAE years, newest first, each with its convenios and counts', () => {
    expect(indice.ejercicios.map((e) => ({ pae: e.pae, convenios: ids(e.convenios), conteo: resumen(e.conteo) }))).toEqual([
      { pae: 2022, convenios: ['defensoria-2022', 'issemym-2022'], conteo: [5, 2, 1, 0.5] },
      { pae: 2021, convenios: ['defensoria-2021', 'issemym-2021'], conteo: [4, 4, 2, 0.5] },
    ]);
  });

  it('does not depend on the order of the catalogue', () => {
    const alReves = construirIndice(
      {
        gobiernos: [...catalogo.gobiernos].reverse(),
        entes: [...catalogo.entes].reverse(),
        programas: [...catalogo.programas].reverse(),
        convenios: [...catalogo.convenios].reverse(),
      },
      CORTE,
    );
    const forma = (i: Indice) => ({
      convenios: ids(i.convenios),
      entes: i.entes.map((g) => [g.id, ids(g.convenios), resumen(g.conteo)]),
      programas: i.programas.map((g) => [g.id, ids(g.convenios)]),
      gobiernos: i.gobiernos.map((g) => [g.id, ids(g.convenios)]),
      ejercicios: i.ejercicios.map((e) => [e.pae, ids(e.convenios)]),
    });
    expect(forma(alReves)).toEqual(forma(indice));
  });
});

describe('compromisosPorVencer', () => {
  const clave = (i: Indice, dias: number) =>
    compromisosPorVencer(i.convenios, i.corte, dias).map((k) => `${k.convenioId}/${k.compromiso.id} ${k.situacion.vencimiento}`);

  it.each([
    { dias: 0, esperado: [] },
    { dias: 1, esperado: ['defensoria-2022/k3 2023-07-01'] },
    { dias: 30, esperado: ['defensoria-2022/k3 2023-07-01', 'issemym-2022/k1 2023-07-15'] },
    { dias: 365, esperado: ['defensoria-2022/k3 2023-07-01', 'issemym-2022/k1 2023-07-15', 'issemym-2022/k2 2023-12-31'] },
  ])('within $dias days of the cut-off, soonest first', ({ dias, esperado }) => {
    expect(clave(indice, dias)).toEqual(esperado);
  });

  it('never lists closed or overdue commitments', () => {
    const abiertos = compromisosPorVencer(indice.convenios, indice.corte, 100_000).map((k) => k.situacion.estado);
    expect(new Set(abiertos)).toEqual(new Set(['pendiente', 'en_proceso']));
  });
});

describe('compromisosAtrasados, vencieronRecientemente, titularDeAtrasos', () => {
  const clave = (k: { convenioId: string; compromiso: { id: string }; situacion: { diasDeAtraso?: number; vencimiento?: string } }) =>
    `${k.convenioId}/${k.compromiso.id} ${k.situacion.vencimiento} ${k.situacion.diasDeAtraso ?? '-'}`;

  it('lists every overdue open commitment, most days late first', () => {
    const atrasados = compromisosAtrasados(indice.convenios);
    // 2021-07-30 → 2023-06-30: 365 + 335 days; 2021-12-31 → 2023-06-30: 365 + 181.
    expect(atrasados.map(clave)).toEqual(['issemym-2021/k1 2021-07-30 700', 'issemym-2021/k3 2021-12-31 546']);
    expect(atrasados.map((k) => k.situacion.estado).sort()).toEqual(['sin_informacion', 'vencido']);
    const dias = atrasados.map((k) => k.situacion.diasDeAtraso);
    expect(dias).toEqual([...dias].sort((a, b) => b - a));
  });

  it.each([
    { dias: 1, desde: '2023-06-29' },
    { dias: 365, desde: '2022-06-30' },
  ])('what fell due in the last $dias days: due date in [corte − dias, corte)', ({ dias, desde }) => {
    const lista = vencieronRecientemente(indice.convenios, indice.corte, dias);
    for (const k of lista) {
      expect(k.situacion.vencimiento >= desde).toBe(true);
      expect(k.situacion.vencimiento < indice.corte).toBe(true);
    }
    const todos = indice.convenios.flatMap((c) => c.compromisos).filter((k) => k.situacion.vencimiento !== undefined);
    expect(lista).toHaveLength(todos.filter((k) => k.situacion.vencimiento! >= desde && k.situacion.vencimiento! < indice.corte).length);
  });

  it('measures each kind apart', () => {
    expect(medidasDe(indice.conteos).map((m) => [m.tipo.tipo, m.medida.numerador, m.medida.denominador])).toEqual([['convenio', 3, 6]]);
  });
});

describe('titularDeAtrasos', () => {
  const atrasado = (estado: 'vencido' | 'sin_informacion', dias: number) =>
    ({
      convenioId: 'c',
      compromiso: { id: `k${dias}` },
      situacion: { estado, diasDeAtraso: dias, vencimiento: '2020-01-01', reportes: [] },
    }) as never;
  it.each([
    { lista: [], texto: 'Ningún compromiso está vencido sin atender' },
    {
      lista: [atrasado('sin_informacion', 1950)],
      texto: '1 compromiso vencido sin atender, sin ningún reporte publicado; lleva 1,950 días de atraso',
    },
    {
      lista: [atrasado('sin_informacion', 1950), atrasado('sin_informacion', 1431)],
      texto: '2 compromisos vencidos sin atender, ninguno con reporte publicado; el más atrasado lleva 1,950 días de atraso',
    },
    {
      lista: [atrasado('vencido', 30), atrasado('vencido', 1)],
      texto:
        '2 compromisos vencidos sin atender, todos con algún reporte que dice que siguen en proceso; el más atrasado lleva 30 días de atraso',
    },
    {
      lista: [atrasado('sin_informacion', 400), atrasado('vencido', 1)],
      texto:
        '2 compromisos vencidos sin atender, 1 sin ningún reporte publicado y 1 en proceso según su último reporte; el más atrasado lleva 400 días de atraso',
    },
    {
      lista: [atrasado('vencido', 1)],
      texto: '1 compromiso vencido sin atender, con un reporte que dice que sigue en proceso; lleva 1 día de atraso',
    },
  ])('$texto', ({ lista, texto }) => {
    expect(titularDeAtrasos(lista)).toBe(texto);
  });
});
