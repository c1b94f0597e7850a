import ical from 'ical-generator';
import { ETIQUETAS } from '../estados.ts';
import { formatearFecha } from '../fechas.ts';
import type { ConvenioCalculado } from '../indice.ts';
import { absoluta, EDITOR, type Publicacion } from './publicacion.ts';

export interface Calendario {
  nombre: string;
  descripcion: string;
  convenios: readonly ConvenioCalculado[];
  corte: string;
}

/** Stable across builds and across calendars: the same commitment is the same event everywhere. */
export function uidDe(convenioId: string, compromisoId: string, pub: Publicacion): string {
  return `${convenioId}.${compromisoId}@${new URL(pub.sitio).hostname}`;
}

const acortar = (t: string, n: number) => (t.length <= n ? t : `${t.slice(0, n - 1).trimEnd()}…`);

/**
 * An iCalendar file with one all-day event per commitment, on its effective due date.
 * DTSTAMP is the build instant (SOURCE_DATE_EPOCH when set), so the file is reproducible.
 */
export function calendarioIcs(cal: Calendario, pub: Publicacion): string {
  const calendario = ical({
    name: cal.nombre,
    description: cal.descripcion,
    prodId: { company: EDITOR, product: 'Vencimientos de compromisos', language: 'ES' },
    url: absoluta(pub, pub.rutas.datos),
  });
  for (const c of cal.convenios) {
    const ente = c.enteEvaluado.datos.siglas ?? c.enteEvaluado.datos.nombre;
    const pagina = absoluta(pub, pub.rutas.convenio(c.id));
    for (const { compromiso: k, situacion: s } of c.compromisos) {
      const url = `${pagina}#compromiso-${k.id}`;
      calendario.createEvent({
        id: uidDe(c.id, k.id, pub),
        // Noon UTC is the same calendar day from UTC−11 to UTC+11, whatever zone the build runs in.
        start: new Date(`${s.vencimiento}T12:00:00Z`),
        allDay: true,
        stamp: pub.construido,
        summary: `Vence el compromiso ${k.numero} de ${ente}: ${acortar(k.accion, 90)}`,
        description: [
          `${c.datos.titulo}.`,
          `Programa presupuestario: ${c.programa.datos.clave ? `${c.programa.datos.clave} ` : ''}${c.programa.datos.nombre}.`,
          `Aspecto susceptible de mejora: ${k.aspecto}`,
          `Acción comprometida: ${k.accion}`,
          `Vence el ${formatearFecha(s.vencimiento)}. Estado al ${formatearFecha(cal.corte)}: ${ETIQUETAS[s.estado]}.`,
          url,
        ].join('\n'),
        url,
        categories: [{ name: ETIQUETAS[s.estado] }],
      });
    }
  }
  return calendario.toString();
}
