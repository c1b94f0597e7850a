import type { Convenio } from '../schemas/convenio.ts';
import { diasEntre, formatearFecha, precisionDe, vencimientoDe } from './fechas.ts';

/** A data-quality note and the field of the convenio it is about (for the validator's file:line). */
export interface Anomalia {
  ruta: (string | number)[];
  mensaje: string;
}

/**
 * For commitments whose printed number repeats in the document, which occurrence each one is ("primero",
 * "segundo", "n.º 3"), by commitment id: the page says it beside the number.
 */
export function ordinalesDeNumerosRepetidos(compromisos: readonly { id: string; numero: string }[]): Map<string, string> {
  const porNumero = new Map<string, string[]>();
  for (const k of compromisos) porNumero.set(k.numero, [...(porNumero.get(k.numero) ?? []), k.id]);
  const ordinales = new Map<string, string>();
  for (const ids of porNumero.values()) {
    if (ids.length < 2) continue;
    ids.forEach((id, i) => ordinales.set(id, i === 0 ? 'primero' : i === 1 ? 'segundo' : `n.º ${i + 1}`));
  }
  return ordinales;
}

/**
 * Data-quality notes on what the source itself says: legal, but a reader should know.
 * They are shown on the convenio page; they never change the data.
 */
export function anomaliasDe(c: Convenio): string[] {
  return anomaliasConRuta(c).map((a) => a.mensaje);
}

/** The same notes, each with the field it points at; the validator and the build report them as warnings. */
export function anomaliasConRuta(c: Convenio): Anomalia[] {
  const notas: Anomalia[] = [];

  const porNumero = new Map<string, number[]>();
  c.compromisos.forEach((k, i) => porNumero.set(k.numero, [...(porNumero.get(k.numero) ?? []), i]));
  for (const [numero, indices] of porNumero) {
    if (indices.length > 1) {
      notas.push({
        ruta: ['compromisos', indices[1]!, 'numero'],
        mensaje: `El documento imprime el número «${numero}» en ${indices.length} compromisos distintos. Aquí se conservan todos, con el número impreso, y cada uno tiene su propio identificador.`,
      });
    }
  }

  const tope = c.fecha_limite_compromisos;
  if (tope) {
    c.compromisos.forEach((k, i) => {
      if (vencimientoDe(k.fecha_comprometida) > tope) {
        const cuando = `${precisionDe(k.fecha_comprometida) === 'mes' ? 'en' : 'el'} ${formatearFecha(k.fecha_comprometida)}`;
        notas.push({
          ruta: ['compromisos', i, 'fecha_comprometida'],
          mensaje: `El compromiso ${k.numero} vence ${cuando}, después de la fecha límite que fija el propio convenio (${formatearFecha(tope)}).`,
        });
      }
    });
  }

  const limite = c.prorroga.limite_dias_naturales;
  c.compromisos.forEach((k, i) => {
    k.seguimiento.forEach((r, j) => {
      if (r.prorroga === undefined) return;
      const ruta = ['compromisos', i, 'seguimiento', j, 'prorroga'];
      const dias = diasEntre(vencimientoDe(k.fecha_comprometida), r.prorroga);
      if (!c.prorroga.permitida) {
        notas.push({ ruta, mensaje: `El compromiso ${k.numero} registra una prórroga aunque el convenio no prevé prórrogas.` });
      } else if (limite !== undefined && dias > limite) {
        notas.push({
          ruta,
          mensaje: `La prórroga del compromiso ${k.numero} (${dias} días) excede el límite de ${limite} días naturales del convenio.`,
        });
      }
    });
  });
  return notas;
}
