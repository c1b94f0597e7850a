import { describe, expect, it } from 'vitest';
import { construirIndice, type Catalogo, type Registro } from '../../src/lib/indice.ts';
import { ESTADOS, type Estado } from '../../src/lib/estados.ts';
import { sumarDias } from '../../src/lib/fechas.ts';
import type { Convenio } from '../../src/schemas/convenio.ts';
import type { Reporte } from '../../src/schemas/seguimiento.ts';
import { compromiso, convenio, parte, reporte } from './fabrica.ts';

const CORTE = '2023-06-30';
const N = 10_000;
const POR_CONVENIO = 5;

/** A due date and follow-up that give each status at CORTE (a convenio's commitment always has a due date: never «sin plazo»). */
const RECETAS: Record<Exclude<Estado, 'atendido_sin_plazo'>, [string, Reporte[]]> = {
  atendido_a_tiempo: ['2023-01-31', [reporte('2023-01-15', 'atendido')]],
  atendido_fuera_de_plazo: ['2023-01', [reporte('2023-02-15', 'atendido')]],
  no_atendido: ['2023-01-31', [reporte('2023-02-01', 'no_atendido')]],
  vencido: ['2022-12', [reporte('2022-11-01', 'en_proceso')]],
  sin_informacion: ['2023-01-31', []],
  en_proceso: ['2023-12-31', [reporte('2023-03-01', 'en_proceso')]],
  sin_reporte_reciente: ['2025-12-31', [reporte('2022-01-10', 'en_proceso')]],
  pendiente: ['2023-12', []],
  cancelado: ['2023-01-31', [reporte('2022-10-01', 'en_proceso'), reporte('2023-02-01', 'cancelado')]],
  fusionado: ['2023-12-31', [reporte('2023-03-01', 'fusionado')]],
  dado_de_baja: ['2022-12', [reporte('2023-01-10', 'dado_de_baja')]],
};
const RECETADOS = ESTADOS.filter((e): e is keyof typeof RECETAS => e in RECETAS);

const GOBIERNOS = ['gob-a', 'gob-b'];
const PROGRAMAS = ['prog-a', 'prog-b', 'prog-c'];
const ENTES = ['ente-a', 'ente-b', 'ente-c', 'ente-d']; // ente-d is never evaluated: it only coordinates

/** Tallies per group key, computed from the recipe, independently of the code under test. */
const esperado = new Map<string, Record<Estado, number>>();
function anotar(clave: string, estado: Estado) {
  let t = esperado.get(clave);
  if (!t) esperado.set(clave, (t = Object.fromEntries(ESTADOS.map((e) => [e, 0])) as Record<Estado, number>));
  t[estado]++;
}

const convenios: Registro<Convenio>[] = [];
for (let n = 0; n < N; n++) {
  const i = (n * 7919) % N; // a permutation: the catalogue is not in any sorted order
  const g = GOBIERNOS[i % 2]!;
  const p = PROGRAMAS[i % 3]!;
  const e = ENTES[i % 3]!;
  const pae = 2018 + (i % 5);
  const grupos = ['total', `gobierno:${g}`, `programa:${p}`, `ente:${e}`, `pae:${pae}`];
  const compromisos = Array.from({ length: POR_CONVENIO }, (_, j) => {
    const estado = RECETADOS[(i * POR_CONVENIO + j) % RECETADOS.length]!;
    for (const clave of grupos) anotar(clave, estado);
    const [fecha, seguimiento] = RECETAS[estado];
    return compromiso(`k${j + 1}`, fecha, seguimiento);
  });
  convenios.push({
    id: `convenio-${String(i).padStart(5, '0')}`,
    datos: convenio({
      gobierno: g,
      programa: p,
      pae,
      firma: { fecha: sumarDias('2018-01-01', i % 1500), lugar: 'Toluca' }, // many signing-date ties
      partes: [parte('coordinadora', 'ente-d'), parte('sujeto_evaluado', e)],
      compromisos,
    }),
  });
}

const catalogo: Catalogo = {
  convenios,
  gobiernos: GOBIERNOS.map((id) => ({ id, datos: { nombre: `Gobierno ${id}`, nivel: 'municipal' as const } })),
  programas: PROGRAMAS.map((id) => ({ id, datos: { nombre: `Programa ${id}` } })),
  entes: ENTES.map((id, k) => ({ id, datos: { nombre: `Ente ${id}`, gobierno: GOBIERNOS[k % 2]! } })),
};

describe(`construirIndice at scale: ${N.toLocaleString('en')} convenios × ${POR_CONVENIO} commitments`, () => {
  const indice = construirIndice(catalogo, CORTE);

  it('counts every commitment once, by status', () => {
    expect(indice.conteo.total).toBe(N * POR_CONVENIO);
    expect(indice.conteo.porEstado).toEqual(esperado.get('total'));
    const t = esperado.get('total')!;
    const atendidos = t.atendido_a_tiempo + t.atendido_fuera_de_plazo;
    const exigibles = atendidos + t.no_atendido + t.vencido + t.sin_informacion;
    expect(indice.conteo.tasa).toBeCloseTo(atendidos / exigibles, 12);
  });

  it('every convenio is listed once, newest signing first, ties by id', () => {
    expect(indice.convenios).toHaveLength(N);
    expect(indice.porId.convenios.size).toBe(N);
    for (let k = 1; k < indice.convenios.length; k++) {
      const [a, b] = [indice.convenios[k - 1]!, indice.convenios[k]!];
      const [fa, fb] = [(a.datos as Convenio).firma.fecha, (b.datos as Convenio).firma.fecha];
      const enOrden = fa > fb || (fa === fb && a.id < b.id);
      if (!enOrden) expect.fail(`${a.id} (${fa}) listed before ${b.id} (${fb})`);
    }
  });

  it.each([
    { grupo: 'gobiernos', prefijo: 'gobierno' },
    { grupo: 'programas', prefijo: 'programa' },
    { grupo: 'entes', prefijo: 'ente' },
  ] as const)('$grupo: each group matches the tally, and they add up to the total', ({ grupo, prefijo }) => {
    let suma = 0;
    for (const g of indice[grupo]) {
      expect(g.conteo.porEstado, g.id).toEqual(esperado.get(`${prefijo}:${g.id}`) ?? Object.fromEntries(ESTADOS.map((e) => [e, 0])));
      expect(g.convenios.reduce((s, c) => s + c.conteo.total, 0)).toBe(g.conteo.total);
      suma += g.conteo.total;
    }
    expect(suma).toBe(N * POR_CONVENIO);
  });

  it('the coordinating ente has no convenios of its own and takes part in all of them', () => {
    const d = indice.porId.entes.get('ente-d')!;
    expect(d.convenios).toEqual([]);
    expect(d.conteo.tasa).toBeNull();
    expect(d.participaciones).toHaveLength(N);
  });

  it('PAE years: five, newest first, each matching the tally', () => {
    expect(indice.ejercicios.map((e) => e.pae)).toEqual([2022, 2021, 2020, 2019, 2018]);
    for (const e of indice.ejercicios) {
      expect(e.conteo.porEstado, String(e.pae)).toEqual(esperado.get(`pae:${e.pae}`));
      expect(e.convenios).toHaveLength(N / 5);
    }
  });
});
