import type { Convenio } from '../schemas/convenio.ts';
import { diasEntre, formatearFecha, precisionDe, vencimientoDe } from './fechas.ts';

/**
 * Data-quality notes on what the source itself says: legal, but a reader should know.
 * They are shown on the convenio page; they never change the data.
 */
export function anomaliasDe(c: Convenio): string[] {
  const notas: string[] = [];

  const porNumero = new Map<string, number>();
  for (const k of c.compromisos) porNumero.set(k.numero, (porNumero.get(k.numero) ?? 0) + 1);
  for (const [numero, veces] of porNumero) {
    if (veces > 1) {
      notas.push(`El documento imprime el número «${numero}» en ${veces} compromisos distintos. Aquí se conservan todos, con el número impreso, y cada uno tiene su propio identificador.`);
    }
  }

  const tope = c.fecha_limite_compromisos;
  if (tope) {
    for (const k of c.compromisos) {
      if (vencimientoDe(k.fecha_comprometida) > tope) {
        const cuando = `${precisionDe(k.fecha_comprometida) === 'mes' ? 'en' : 'el'} ${formatearFecha(k.fecha_comprometida)}`;
        notas.push(`El compromiso ${k.numero} vence ${cuando}, después de la fecha límite que fija el propio convenio (${formatearFecha(tope)}).`);
      }
    }
  }

  const limite = c.prorroga.limite_dias_naturales;
  for (const k of c.compromisos) {
    for (const r of k.seguimiento) {
      if (r.prorroga === undefined) continue;
      const dias = diasEntre(vencimientoDe(k.fecha_comprometida), r.prorroga);
      if (!c.prorroga.permitida) {
        notas.push(`El compromiso ${k.numero} registra una prórroga aunque el convenio no prevé prórrogas.`);
      } else if (limite !== undefined && dias > limite) {
        notas.push(`La prórroga del compromiso ${k.numero} (${dias} días) excede el límite de ${limite} días naturales del convenio.`);
      }
    }
  }
  return notas;
}
