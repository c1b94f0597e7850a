import { describe, expect, it } from 'vitest';
import { consultasDePeriodista } from '../../src/lib/consultas-periodista.ts';

describe('consultasDePeriodista', () => {
  const base = {
    ente: { nombre: 'Instituto de Seguridad Social del Estado de México y Municipios', siglas: 'ISSEMYM' },
    programa: { nombre: 'Prestaciones potestativas' },
    gobierno: { nombre: 'Gobierno del Estado de México' },
  };

  it('el ente, sus siglas, el programa con su gobierno, una frase de un compromiso y palabras de un aspecto', () => {
    const compromisos = [
      {
        aspecto: 'El Pp no cuenta con una metodología.',
        accion: 'Elaborar una “Metodología para la definición” de la población objetivo.',
      },
      { aspecto: 'La MIR y sus indicadores cumplen de manera parcial con la MML.', accion: undefined },
    ];
    expect(consultasDePeriodista({ ...base, datos: { compromisos } as never }).map((c) => c.consulta)).toEqual([
      'Instituto de Seguridad Social del Estado de México y Municipios',
      'ISSEMYM',
      'Prestaciones potestativas Gobierno del Estado de México',
      '"Elaborar una Metodología para la definición"',
      'La MIR y sus indicadores cumplen de manera',
    ]);
  });

  it('sin siglas ni textos legibles, sólo el ente y el programa', () => {
    const consultas = consultasDePeriodista({
      ...base,
      ente: { nombre: 'Defensoría Municipal' },
      datos: { compromisos: [{ aspecto: undefined, accion: undefined }] } as never,
    });
    expect(consultas.map((c) => c.que)).toEqual(['nombre del ente evaluado', 'programa y gobierno']);
  });

  it('con las palabras que sólo tiene este convenio, las que rodean a la primera en sus compromisos', () => {
    const compromisos = [{ aspecto: 'Sin nada propio.', accion: 'Rediseñar la Matriz de Indicadores del Pp, en estricto apego a la MML.' }];
    const consultas = consultasDePeriodista({ ...base, datos: { compromisos } as never, distintivas: new Set(['estricto']) });
    expect(consultas.at(-1)).toEqual({
      que: 'palabras de un compromiso que sólo tiene este convenio',
      consulta: 'Pp en estricto apego a la',
    });
  });
});
