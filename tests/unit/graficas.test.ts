import { describe, expect, it } from 'vitest';
import { ESTADOS, ESTADOS_SIEMPRE, type Estado } from '../../src/lib/estados.ts';
import type { ConvenioCalculado } from '../../src/lib/indice.ts';
import {
  candidatosDe,
  clasificar,
  MINIMO_PARA_COMPARAR,
  formatearMesCorto,
  GRUPO_EXCLUIDOS,
  GRUPO_EXIGIBLES,
  GRUPO_NO_EXIGIBLES,
  graficaDeClasificacion,
  graficaDeEstados,
  graficaDeVencimientos,
  graficaPorEjercicio,
  sumarMeses,
  type Candidato,
  type Grafica,
  type Vencimiento,
} from '../../src/lib/graficas.ts';
import { contar, type Conteo } from '../../src/lib/tasas.ts';

/** n copies of a status. */
const veces = (n: number, e: Estado): Estado[] => Array.from({ length: n }, () => e);
/** A count with `atendidos` attended and `resto` sin información (all exigible) plus `abiertos` pendientes. */
const conteo = (atendidos: number, resto: number, abiertos = 0): Conteo =>
  contar([...veces(atendidos, 'atendido_a_tiempo'), ...veces(resto, 'sin_informacion'), ...veces(abiertos, 'pendiente')]);
/** es-MX number text ("1,234", "45.5%") to a number. */
const valor = (texto: string) => Number(texto.replace(/[^\d.-]/g, ''));
/** A percentage as printed with one decimal: within half a tenth of the exact value (exact halves included). */
const redondeado = (exacto: number) => (impreso: number) => Math.abs(impreso - exacto) <= 0.05 + 1e-9;
/** Deterministic pseudo-random numbers, so "hundreds" cases are reproducible. */
function aleatorio(semilla: number) {
  let s = semilla;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** The property every chart must have: its table holds exactly the numbers it draws. */
function tablaCoincide(g: Grafica): void {
  const { datos, tabla } = g;
  if (!datos || !tabla) throw new Error('sin datos');
  if (datos.tipo === 'estados') {
    // The table lists the statuses that occur; the chart's zero bars are named in one line after it.
    const presentes = datos.estados.filter((_, i) => datos.valores[i]! > 0);
    expect(tabla.filas.map((f) => f.cabecera.estado)).toEqual(presentes);
    expect(tabla.filas.map((f) => valor(f.celdas[0]!.texto))).toEqual(datos.valores.filter((v) => v > 0));
    const ceros = datos.etiquetas.filter((_, i) => datos.valores[i] === 0);
    if (ceros.length === 0) expect(tabla.ceros).toBeUndefined();
    else for (const e of ceros) expect(tabla.ceros).toContain(e);
    expect(valor(tabla.pie.at(-1)!.celdas[0]!.texto)).toBe(datos.total);
    expect(datos.valores.reduce((a, b) => a + b, 0)).toBe(datos.total);
  } else if (datos.tipo === 'clasificacion') {
    expect(tabla.filas.map((f) => f.cabecera.texto)).toEqual(datos.etiquetas);
    tabla.filas.forEach((f, i) => {
      expect(valor(f.celdas[1]!.texto)).toSatisfy(redondeado(datos.tasas[i]!));
      expect(valor(f.celdas[2]!.texto)).toBe(datos.atendidos[i]);
      expect(valor(f.celdas[3]!.texto)).toBe(datos.exigibles[i]);
      expect(datos.tasas[i]).toBeCloseTo((100 * datos.atendidos[i]!) / datos.exigibles[i]!, 9);
    });
  } else {
    const desplazamiento = datos.tasa ? 1 : 0; // the PAE table has a Convenios column first
    expect(tabla.filas).toHaveLength(datos.etiquetas.length);
    expect(tabla.columnas.slice(1 + desplazamiento, 1 + desplazamiento + datos.series.length).map((c) => c.texto)).toEqual(
      datos.series.map((s) => s.etiqueta),
    );
    tabla.filas.forEach((f, i) => {
      datos.series.forEach((s, j) => expect(valor(f.celdas[desplazamiento + j]!.texto)).toBe(s.valores[i]));
      const suma = datos.series.reduce((a, s) => a + s.valores[i]!, 0);
      expect(valor(f.celdas[desplazamiento + datos.series.length]!.texto)).toBe(suma);
    });
  }
}

describe('graficaDeEstados', () => {
  it.each<{ caso: string; estados: Estado[]; valores: number[] | null; pie?: string[] }>([
    { caso: 'empty set: nothing to draw', estados: [], valores: null },
    { caso: 'one commitment', estados: ['sin_informacion'], valores: [0, 0, 0, 0, 1, 0, 0], pie: ['1', '100%', '1', '100%'] },
    {
      caso: 'one of each of a convenio, zeros kept',
      estados: [...ESTADOS_SIEMPRE],
      valores: [1, 1, 1, 1, 1, 1, 1],
      pie: ['5', '71.4%', '7', '100%'],
    },
    {
      caso: 'thousands, es-MX digits',
      estados: [...veces(1200, 'atendido_a_tiempo'), ...veces(34, 'vencido'), ...veces(2000, 'pendiente')],
      valores: [1200, 0, 0, 34, 0, 0, 2000],
      pie: ['1,234', '38.2%', '3,234', '100%'],
    },
  ])('$caso', ({ estados, valores, pie }) => {
    const g = graficaDeEstados(contar(estados), 'Compromisos por estado');
    if (valores === null) {
      expect(g.datos).toBeNull();
      expect(g.tabla).toBeNull();
      expect(g.vacio).toBe('No hay compromisos registrados.');
      return;
    }
    expect(g.datos).toMatchObject({ tipo: 'estados', valores, estados: ESTADOS_SIEMPRE });
    tablaCoincide(g);
    expect(g.tabla!.pie.flatMap((f) => f.celdas.map((c) => c.texto))).toEqual(pie);
    expect(g.tabla!.filas.map((f) => f.grupo)).toEqual(
      ESTADOS_SIEMPRE.filter((_, i) => valores[i]! > 0).map((e) =>
        ['en_proceso', 'pendiente'].includes(e) ? GRUPO_NO_EXIGIBLES : GRUPO_EXIGIBLES,
      ),
    );
  });

  it('the federal statuses appear only where some commitment has them, each in its group', () => {
    const g = graficaDeEstados(contar([...ESTADOS]), 'Compromisos por estado');
    expect(g.datos).toMatchObject({ estados: ESTADOS, valores: ESTADOS.map(() => 1) });
    tablaCoincide(g);
    expect(g.tabla!.filas.map((f) => [f.cabecera.estado, f.grupo])).toEqual([
      ['atendido_a_tiempo', GRUPO_EXIGIBLES],
      ['atendido_fuera_de_plazo', GRUPO_EXIGIBLES],
      ['atendido_sin_plazo', GRUPO_EXIGIBLES],
      ['no_atendido', GRUPO_EXIGIBLES],
      ['vencido', GRUPO_EXIGIBLES],
      ['sin_informacion', GRUPO_EXIGIBLES],
      ['en_proceso', GRUPO_NO_EXIGIBLES],
      ['sin_reporte_reciente', GRUPO_NO_EXIGIBLES],
      ['pendiente', GRUPO_NO_EXIGIBLES],
      ['cancelado', GRUPO_EXCLUIDOS],
      ['fusionado', GRUPO_EXCLUIDOS],
      ['dado_de_baja', GRUPO_EXCLUIDOS],
    ]);
    // 6 exigible of 12: the three closings without a judgment count in neither the rate nor the open ones.
    expect(g.tabla!.pie.flatMap((f) => f.celdas.map((c) => c.texto))).toEqual(['6', '50%', '12', '100%']);
    expect(g.resumen).toContain('3 no lo son todavía');
    expect(g.resumen).toContain('3 se cancelaron, fusionaron o dieron de baja');
    const solo = graficaDeEstados(contar(['cancelado', 'atendido_sin_plazo']), 'x');
    expect((solo.datos as { estados: Estado[] }).estados).toEqual([
      ...ESTADOS_SIEMPRE.slice(0, 2),
      'atendido_sin_plazo',
      ...ESTADOS_SIEMPRE.slice(2),
      'cancelado',
    ]);
  });
});

describe('clasificar: rank by rate, ties by denominator then name, a floor of exigibles', () => {
  const c = (nombre: string, a: number, r: number, abiertos = 0): Candidato => ({
    nombre,
    href: `/entes/${nombre}/`,
    conteo: conteo(a, r, abiertos),
  });
  it.each<{ caso: string; candidatos: Candidato[]; n?: number; partes: [string, string[]][]; sin: number }>([
    { caso: 'empty', candidatos: [], partes: [], sin: 0 },
    { caso: 'nothing exigible yet', candidatos: [c('A', 0, 0, 3), c('B', 0, 0, 1)], partes: [], sin: 2 },
    { caso: 'one group', candidatos: [c('Único', 1, 2)], partes: [['todos', ['Único']]], sin: 0 },
    {
      caso: 'highest rate first; groups with nothing exigible left out',
      candidatos: [c('Bajo', 1, 9), c('Alto', 9, 1), c('Abierto', 0, 0, 5), c('Medio', 1, 1)],
      partes: [['todos', ['Alto', 'Medio', 'Bajo']]],
      sin: 1,
    },
    {
      caso: 'ties: more exigible commitments first, then name in Spanish order (accents and case ignored)',
      candidatos: [c('zeta', 1, 1), c('Ébano', 5, 5), c('elote', 1, 1), c('Alfa', 0, 4)],
      partes: [['todos', ['Ébano', 'elote', 'zeta', 'Alfa']]],
      sin: 0,
    },
    {
      caso: 'exactly 2n groups: all in one chart',
      candidatos: ['a', 'b', 'c', 'd'].map((x, i) => c(x, i, 3 - i)),
      n: 2,
      partes: [['todos', ['d', 'c', 'b', 'a']]],
      sin: 0,
    },
    {
      caso: '2n + 1 groups: top n and bottom n',
      candidatos: ['a', 'b', 'c', 'd', 'e'].map((x, i) => c(x, i, 4 - i)),
      n: 2,
      partes: [
        ['mayor', ['e', 'd']],
        ['menor', ['b', 'a']],
      ],
      sin: 0,
    },
  ])('$caso', ({ candidatos, n, partes, sin }) => {
    // Rank order alone: no floor here (the floor has its own cases below).
    const r = clasificar(candidatos, n, 1);
    expect(r.partes.map((p) => [p.tipo, p.filas.map((f) => f.nombre)])).toEqual(partes);
    expect(r.sinExigibles).toBe(sin);
    expect(r.conExigibles).toBe(candidatos.length - sin);
  });

  it('hundreds of entes: top and bottom 10, positions of the full ranking, no overlap, input order irrelevant', () => {
    const azar = aleatorio(7);
    const candidatos = Array.from({ length: 640 }, (_, i) => {
      const exigibles = Math.floor(azar() * 40);
      const atendidos = Math.floor(azar() * (exigibles + 1));
      return c(`Ente ${String(i).padStart(3, '0')}`, atendidos, exigibles - atendidos, Math.floor(azar() * 3));
    });
    const r = clasificar(candidatos);
    const todos = candidatos.filter((k) => k.conteo.exigibles >= MINIMO_PARA_COMPARAR);
    const pocos = candidatos.filter((k) => k.conteo.exigibles > 0 && k.conteo.exigibles < MINIMO_PARA_COMPARAR);
    expect(r.conExigibles).toBe(todos.length);
    expect(r.pocos).toHaveLength(pocos.length);
    expect(r.sinExigibles).toBe(640 - todos.length - pocos.length);
    const [mayor, menor] = r.partes;
    expect(mayor!.tipo).toBe('mayor');
    expect(menor!.tipo).toBe('menor');
    expect(mayor!.filas.map((f) => f.posicion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(menor!.filas.map((f) => f.posicion)).toEqual(Array.from({ length: 10 }, (_, i) => todos.length - 9 + i));
    const tasas = todos.map((k) => k.conteo.atendidos / k.conteo.exigibles).sort((a, b) => b - a);
    for (const [i, f] of [...mayor!.filas, ...menor!.filas].entries()) {
      const siguiente = [...mayor!.filas, ...menor!.filas][i + 1];
      if (siguiente && siguiente.tasa === f.tasa && siguiente.posicion === f.posicion + 1)
        expect(f.conteo.exigibles).toBeGreaterThanOrEqual(siguiente.conteo.exigibles);
    }
    expect(mayor!.filas.map((f) => f.tasa)).toEqual(tasas.slice(0, 10));
    expect(menor!.filas.map((f) => f.tasa)).toEqual(tasas.slice(-10));
    expect(clasificar([...candidatos].reverse())).toEqual(r);
  });
});

describe('clasificar: groups under the floor are listed apart, never ranked', () => {
  const c = (nombre: string, a: number, r: number, abiertos = 0): Candidato => ({
    nombre,
    href: `/entes/${nombre}/`,
    conteo: conteo(a, r, abiertos),
  });
  it.each<{ caso: string; candidatos: Candidato[]; ordenados: string[]; pocos: string[]; sin: number }>([
    {
      caso: '«1 de 1» does not outrank «34 de 34»',
      candidatos: [c('Uno', 1, 0), c('Grande', 34, 0)],
      ordenados: ['Grande'],
      pocos: ['Uno'],
      sin: 0,
    },
    {
      caso: '«0 de 6» is ranked, at the bottom',
      candidatos: [c('Cero', 0, 6), c('Medio', 3, 3)],
      ordenados: ['Medio', 'Cero'],
      pocos: [],
      sin: 0,
    },
    { caso: 'exactly the floor is ranked', candidatos: [c('Justo', 2, 3), c('Casi', 2, 2)], ordenados: ['Justo'], pocos: ['Casi'], sin: 0 },
    {
      caso: 'few ones by name, nothing exigible only counted',
      candidatos: [c('zeta', 1, 0), c('Alfa', 0, 2), c('Nada', 0, 0, 7)],
      ordenados: [],
      pocos: ['Alfa', 'zeta'],
      sin: 1,
    },
  ])('$caso', ({ candidatos, ordenados, pocos, sin }) => {
    const r = clasificar(candidatos);
    expect(r.minimo).toBe(MINIMO_PARA_COMPARAR);
    expect(r.partes.flatMap((p) => p.filas.map((f) => f.nombre))).toEqual(ordenados);
    expect(r.pocos.map((p) => p.nombre)).toEqual(pocos);
    expect(r.sinExigibles).toBe(sin);
  });
});

describe('candidatosDe: the convenios of a page grouped for ranking', () => {
  // Only what candidatosDe reads: the ente and the convenio's count.
  const c = (ente: string, conteoDe: Conteo) =>
    ({ enteEvaluado: { id: ente, datos: { nombre: `Ente ${ente}` } }, conteo: conteoDe }) as unknown as ConvenioCalculado;
  it.each<{ caso: string; convenios: ConvenioCalculado[]; esperado: [string, number, number][] }>([
    { caso: 'none', convenios: [], esperado: [] },
    { caso: 'one convenio', convenios: [c('a', conteo(1, 2))], esperado: [['Ente a', 1, 3]] },
    {
      caso: 'counts of the same ente are added',
      convenios: [c('a', conteo(1, 2)), c('b', conteo(0, 1, 4)), c('a', conteo(3, 0, 1))],
      esperado: [
        ['Ente a', 4, 6],
        ['Ente b', 0, 1],
      ],
    },
  ])('$caso', ({ convenios, esperado }) => {
    const r = candidatosDe(convenios, (k) => ({
      id: k.enteEvaluado.id,
      nombre: k.enteEvaluado.datos.nombre,
      href: `/entes/${k.enteEvaluado.id}/`,
    }));
    expect(r.map((k) => [k.nombre, k.conteo.atendidos, k.conteo.exigibles])).toEqual(esperado);
    expect(r.every((k) => k.href === `/entes/${k.nombre.slice(5)}/`)).toBe(true);
  });
});

describe('graficaDeClasificacion: every bar says n de m exigibles', () => {
  it('empty part: nothing to draw', () => {
    const g = graficaDeClasificacion([], 'Entes', 'Ente');
    expect(g.datos).toBeNull();
    expect(g.vacio).toMatch(/exigibles/);
  });
  it.each([1, 2, 25])('%i groups: the table holds the same numbers as the bars', (n) => {
    const candidatos = Array.from({ length: n }, (_, i) => ({ nombre: `Programa ${i}`, conteo: conteo(i, n - i + 1, 2) }));
    const filas = clasificar(candidatos, 100, 1).partes[0]!.filas;
    const g = graficaDeClasificacion(filas, 'Programas', 'Programa');
    tablaCoincide(g);
    expect(g.tabla!.columnas.map((k) => k.texto)).toEqual([
      'Programa',
      'Posición',
      'Tasa de cumplimiento',
      'Atendidos',
      'Compromisos exigibles',
    ]);
    expect(g.tabla!.filas.at(-1)!.celdas.map((k) => k.texto)).toEqual([String(n), '0%', '0', String(n + 1)]);
  });
});

describe('graficaPorEjercicio: rate and volume per PAE year', () => {
  it('no years: nothing to draw', () => {
    expect(graficaPorEjercicio([]).datos).toBeNull();
  });
  it('one year with nothing exigible: no rate, said in words', () => {
    const g = graficaPorEjercicio([{ pae: 2026, convenios: 1, conteo: conteo(0, 0, 4) }]);
    tablaCoincide(g);
    expect(g.datos).toMatchObject({
      etiquetas: ['2026'],
      series: [{ estado: 'pendiente', valores: [4] }],
      tasa: { valores: [null], atendidos: [0], exigibles: [0] },
    });
    expect(g.tabla!.filas[0]!.celdas.at(-1)!.texto).toBe('Sin compromisos exigibles');
  });
  it('years in ascending order, only statuses that occur, totals add up', () => {
    const g = graficaPorEjercicio([
      { pae: 2022, convenios: 3, conteo: conteo(1, 5) },
      { pae: 2018, convenios: 1, conteo: conteo(4, 0, 1) },
      { pae: 2020, convenios: 2, conteo: contar(['vencido', 'vencido']) },
    ]);
    tablaCoincide(g);
    if (g.datos?.tipo !== 'apiladas') throw new Error('tipo');
    expect(g.datos.claves).toEqual(['2018', '2020', '2022']);
    expect(g.datos.series.map((s) => s.estado)).toEqual(['atendido_a_tiempo', 'vencido', 'sin_informacion', 'pendiente']);
    expect(g.datos.tasa!.valores.map((t) => t?.toFixed(6))).toEqual(['100.000000', '0.000000', '16.666667']);
    expect(g.tabla!.filas.map((f) => f.celdas.at(-1)!.texto)).toEqual(['4 de 4 (100%)', '0 de 2 (0%)', '1 de 6 (16.7%)']);
    expect(g.tabla!.pie[0]!.celdas.map((k) => k.texto)).toEqual(['6', '5', '2', '5', '1', '13', '5 de 12 (41.7%)']);
  });
});

describe('sumarMeses and formatearMesCorto', () => {
  it.each([
    ['2022-12', 1, '2023-01'],
    ['2023-01', -1, '2022-12'],
    ['2020-02', -26, '2017-12'],
    ['2026-11', 12, '2027-11'],
    ['2026-11', 0, '2026-11'],
  ] as const)('%s + %i = %s', (mes, k, esperado) => expect(sumarMeses(mes, k)).toBe(esperado));
  it.each([
    ['2022-01', 'ene 2022'],
    ['2027-12', 'dic 2027'],
  ])('%s → %s', (mes, texto) => expect(formatearMesCorto(mes).replace(/\./g, '')).toBe(texto));
});

describe('graficaDeVencimientos: commitments falling due per month, by status', () => {
  const v = (vencimiento: string, estado: Estado = 'pendiente'): Vencimiento => ({ vencimiento, estado });
  const VENTANA = { antes: 3, despues: 2 };
  it.each<{ caso: string; compromisos: Vencimiento[]; meses: string[]; corte?: number; pie: string[] }>([
    { caso: 'one commitment, in the cut-off month', compromisos: [v('2026-11-30')], meses: ['2026-11'], corte: 0, pie: ['Total'] },
    {
      caso: 'one commitment, another month: no cut-off mark',
      compromisos: [v('2026-09-01', 'sin_informacion')],
      meses: ['2026-09'],
      pie: ['Total'],
    },
    {
      caso: 'months without due dates are kept, so the axis is a real timeline',
      compromisos: [v('2026-09-15', 'vencido'), v('2026-12-31'), v('2026-12-01', 'en_proceso')],
      meses: ['2026-09', '2026-10', '2026-11', '2026-12'],
      corte: 2,
      pie: ['Total'],
    },
    {
      caso: 'longer than the window: the rest is counted before and after',
      compromisos: [
        v('2025-01-31', 'sin_informacion'),
        v('2026-08-01', 'atendido_a_tiempo'),
        v('2027-01-31'),
        v('2027-02-01'),
        v('2030-05-05'),
      ],
      meses: ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01'],
      corte: 3,
      pie: ['Vencen antes de agosto de 2026', 'Vencen después de enero de 2027', 'Total'],
    },
    {
      caso: 'everything long past: the last months with due dates',
      compromisos: [v('2010-01-01', 'sin_informacion'), v('2019-12-01', 'sin_informacion'), v('2020-03-03', 'no_atendido')],
      meses: ['2019-10', '2019-11', '2019-12', '2020-01', '2020-02', '2020-03'],
      pie: ['Vencen antes de octubre de 2019', 'Total'],
    },
    {
      caso: 'everything far ahead: the first months with due dates',
      compromisos: [v('2030-01-01'), v('2030-02-10'), v('2031-01-01')],
      meses: ['2030-01', '2030-02', '2030-03', '2030-04', '2030-05', '2030-06'],
      pie: ['Vencen después de junio de 2030', 'Total'],
    },
  ])('$caso', ({ compromisos, meses, corte, pie }) => {
    const g = graficaDeVencimientos(compromisos, '2026-11-21', VENTANA);
    if (g.datos?.tipo !== 'apiladas') throw new Error('tipo');
    expect(g.datos.claves).toEqual(meses);
    expect(g.datos.corte?.indice).toBe(corte);
    expect(g.tabla!.filas.map((f) => f.cabecera.fecha)).toEqual(meses);
    expect(g.tabla!.pie.map((f) => f.cabecera.texto)).toEqual(pie);
    expect(valor(g.tabla!.pie.at(-1)!.celdas.at(-1)!.texto)).toBe(compromisos.length);
    tablaCoincide(g);
  });

  it('empty set: nothing to draw', () => {
    expect(graficaDeVencimientos([], '2026-11-21').vacio).toBe('No hay compromisos registrados.');
  });

  it('commitments without a due date (federal ASM) have no month: left out and said so', () => {
    const sinFecha = (estado: Estado): Vencimiento => ({ estado });
    const g = graficaDeVencimientos([v('2026-11-30'), sinFecha('en_proceso'), sinFecha('atendido_sin_plazo')], '2026-11-21', VENTANA);
    expect(g.datos?.tipo).toBe('apiladas');
    expect(valor(g.tabla!.pie.at(-1)!.celdas.at(-1)!.texto)).toBe(1);
    expect(g.resumen).toMatch(/2 compromisos no tienen fecha comprometida y no se cuentan aquí\.$/);
    const ninguno = graficaDeVencimientos([sinFecha('cancelado')], '2026-11-21');
    expect(ninguno.datos).toBeNull();
    expect(ninguno.vacio).toBe('Ningún compromiso tiene fecha comprometida (1 compromiso sin fecha).');
  });

  it('thousands of commitments over ten years: 37 months, every commitment counted once', () => {
    const azar = aleatorio(3);
    const compromisos = Array.from({ length: 5000 }, () => {
      const mes = sumarMeses('2018-01', Math.floor(azar() * 120));
      return v(`${mes}-${String(1 + Math.floor(azar() * 28)).padStart(2, '0')}`, ESTADOS[Math.floor(azar() * ESTADOS.length)]!);
    });
    const g = graficaDeVencimientos(compromisos, '2026-11-21');
    if (g.datos?.tipo !== 'apiladas') throw new Error('tipo');
    expect(g.datos.claves[0]).toBe('2024-11');
    expect(g.datos.claves.at(-1)).toBe('2027-11');
    expect(g.datos.claves).toHaveLength(37);
    expect(g.datos.corte).toEqual({ indice: 24, texto: 'Corte: 21 de noviembre de 2026', corto: 'Corte' });
    tablaCoincide(g);
    const suma = (f: { celdas: { texto: string }[] }) => valor(f.celdas.at(-1)!.texto);
    const [antes, despues, total] = g.tabla!.pie;
    expect(antes!.cabecera.texto).toBe('Vencen antes de noviembre de 2024');
    expect(despues!.cabecera.texto).toBe('Vencen después de noviembre de 2027');
    expect(g.tabla!.filas.reduce((s, f) => s + suma(f), 0) + suma(antes!) + suma(despues!)).toBe(5000);
    expect(suma(total!)).toBe(5000);
  });
});
