import { describe, expect, it } from 'vitest';
import { avisosDeCalidad, type ContenidoRevisable } from '../../src/lib/calidad.ts';
import { anomaliasDe } from '../../src/lib/anomalias.ts';
import type { Convenio } from '../../src/schemas/convenio.ts';
import { compromiso, convenio, reporte } from './fabrica.ts';

const contenido = (c: Convenio, extra: Partial<ContenidoRevisable> = {}): ContenidoRevisable => ({
  convenios: [{ id: 'c', archivo: 'content/convenios/c.md', datos: c }],
  entes: [
    { id: 'secretaria-de-finanzas', archivo: 'content/entes/secretaria-de-finanzas.yaml', datos: { nombre: 'SF', gobierno: 'edomex' } },
    { id: 'issemym', archivo: 'content/entes/issemym.yaml', datos: { nombre: 'ISSEMYM', gobierno: 'edomex' } },
  ],
  programas: [{ id: 'prestaciones-potestativas', archivo: 'content/programas/p.yaml', datos: { nombre: 'Prestaciones' } }],
  ...extra,
});
const avisos = (c: Convenio, extra: Partial<ContenidoRevisable> = {}) =>
  avisosDeCalidad(contenido(c, extra)).map((a) => `${a.archivo} ${a.ruta.join('.')}: ${a.mensaje}`);

describe('avisos de calidad (datos legales pero sospechosos)', () => {
  it('un convenio limpio no da avisos', () => {
    expect(avisos(convenio())).toEqual([]);
  });

  const casos: [string, Partial<Convenio>, RegExp][] = [
    [
      'número impreso repetido',
      { compromisos: [compromiso('a3', '2022-12-31'), compromiso('b3', '2022-12-31')] },
      /compromisos\.1\.numero: El documento imprime el número «3» en 2 compromisos/,
    ],
    [
      'vence después del tope del convenio',
      { fecha_limite_compromisos: '2022-11-30' },
      /compromisos\.0\.fecha_comprometida: El compromiso 1 vence el 31 de diciembre de 2022, después de la fecha límite/,
    ],
    [
      'prórroga más larga que la permitida',
      {
        prorroga: { permitida: true, limite_dias_naturales: 15 },
        compromisos: [compromiso('c1', '2022-12-31', [reporte('2022-12-20', 'en_proceso', { prorroga: '2023-02-01' })])],
      },
      /seguimiento\.0\.prorroga: La prórroga del compromiso 1 \(32 días\) excede el límite de 15 días naturales/,
    ],
    [
      'prórroga sin que el convenio la prevea',
      { compromisos: [compromiso('c1', '2022-12-31', [reporte('2022-12-20', 'en_proceso', { prorroga: '2023-01-05' })])] },
      /registra una prórroga aunque el convenio no prevé prórrogas/,
    ],
    [
      'firma anterior al año del PAE',
      { pae: 2023 },
      /firma\.fecha: la firma \(14 de octubre de 2022\) es anterior al año del PAE \(2023\)/,
    ],
    [
      'reporte anterior a la firma',
      { compromisos: [compromiso('c1', '2022-12-31', [reporte('2022-01-10', 'en_proceso')])] },
      /seguimiento\.0\.fecha: el reporte del 10 de enero de 2022 es anterior a la firma/,
    ],
    [
      'atendido sin evidencia ni dictamen',
      { compromisos: [compromiso('c1', '2022-12-31', [reporte('2022-12-10', 'atendido')])] },
      /seguimiento\.0\.evidencias: el reporte dice «atendido» sin evidencias/,
    ],
  ];
  it.each(casos)('%s', (_n, datos, mensaje) => {
    const lista = avisos(convenio(datos));
    expect(lista).toHaveLength(1);
    expect(lista[0]).toMatch(mensaje);
  });

  it('ente y programa que ningún convenio usa', () => {
    const extra = contenido(convenio());
    extra.entes.push({ id: 'huerfano', archivo: 'content/entes/huerfano.yaml', datos: { nombre: 'Sin convenio', gobierno: 'edomex' } });
    extra.programas.push({ id: 'suelto', archivo: 'content/programas/suelto.yaml', datos: { nombre: 'Suelto' } });
    expect(avisosDeCalidad(extra).map((a) => `${a.archivo}: ${a.mensaje}`)).toEqual([
      'content/entes/huerfano.yaml: ningún convenio usa el ente «huerfano» (se esperaba que al menos un convenio lo nombre en sus partes, o un seguimiento federal en «ente»; si sobra, borre el archivo)',
      'content/programas/suelto.yaml: ningún convenio usa el programa «suelto» (se esperaba que al menos un convenio lo tenga en «programa»; si sobra, borre el archivo)',
    ]);
  });

  it('la página del convenio sigue mostrando las mismas notas que antes', () => {
    const c = convenio({
      compromisos: [compromiso('a3', '2022-12-31'), compromiso('b3', '2022-12-31')],
      fecha_limite_compromisos: '2022-11-30',
    });
    expect(anomaliasDe(c)).toEqual([
      'El documento imprime el número «3» en 2 compromisos distintos. Aquí se conservan todos, con el número impreso, y cada uno tiene su propio identificador.',
      'El compromiso 3 vence el 31 de diciembre de 2022, después de la fecha límite que fija el propio convenio (30 de noviembre de 2022).',
      'El compromiso 3 vence el 31 de diciembre de 2022, después de la fecha límite que fija el propio convenio (30 de noviembre de 2022).',
    ]);
  });
});
