import { nombreDePrograma } from '../textos.ts';
import ical, { ICalEvent } from 'ical-generator';
import { etiquetaDeCompromiso } from '../../schemas/compromiso.ts';
import { ETIQUETAS } from '../estados.ts';
import { formatearFecha, sumarDias, sumarMeses } from '../fechas.ts';
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

const bytesUtf8 = (punto: number) => (punto < 0x80 ? 1 : punto < 0x800 ? 2 : punto < 0x10000 ? 3 : 4);

/**
 * RFC 5545 line folding, byte for byte what ical-generator's foldLines writes (at most 75 octets a line,
 * never splitting a character), without its TextEncoder per character: 20 times faster on 10,000 convenios.
 */
export function plegarLineas(texto: string): string {
  return texto
    .split('\r\n')
    .map((linea) => {
      if (linea.length <= 24 || Buffer.byteLength(linea, 'utf8') <= 74) return linea;
      let salida = '';
      let octetos = 0;
      for (const caracter of linea) {
        const n = bytesUtf8(caracter.codePointAt(0)!);
        octetos += n;
        if (octetos > 74) {
          salida += '\r\n ';
          octetos = n;
        }
        salida += caracter;
      }
      return salida;
    })
    .join('\r\n');
}

/** One commitment's VEVENT block, folded, with the day it falls on. */
export interface EventoIcs {
  vencimiento: string;
  texto: string;
}

/**
 * The VEVENT blocks of one convenio, folded: one all-day event per commitment on its effective due date.
 * DTSTAMP is the build instant (SOURCE_DATE_EPOCH when set), so the text is reproducible. Built once per
 * convenio and shared by the whole-site calendar and the ente's and program's.
 */
export function eventosPorCompromiso(c: ConvenioCalculado, corte: string, pub: Publicacion): EventoIcs[] {
  const borrador = ical();
  const ente = c.enteEvaluado.datos.siglas ?? c.enteEvaluado.datos.nombre;
  const pagina = absoluta(pub, pub.rutas.convenio(c.id));
  const programa = nombreDePrograma(c.programa.datos);
  // A commitment without a due date (the federal ASM data gives none) has no day to put in a calendar.
  return c.compromisos.flatMap(({ compromiso: k, situacion: s }) => {
    const vencimiento = s.vencimiento;
    if (vencimiento === undefined) return [];
    const accion = k.accion ?? k.aspecto ?? '';
    const url = `${pagina}#compromiso-${k.id}`;
    const evento = new ICalEvent(
      {
        id: uidDe(c.id, k.id, pub),
        // Noon UTC is the same calendar day from UTC−11 to UTC+11, whatever zone the build runs in.
        start: new Date(`${vencimiento}T12:00:00Z`),
        allDay: true,
        stamp: pub.construido,
        summary: `Vence el ${etiquetaDeCompromiso(k).replace(/^Compromiso/, 'compromiso')} de ${ente}: ${acortar(accion, 90)}`,
        description: [
          `${c.datos.titulo}.`,
          `Programa presupuestario: ${programa}.`,
          `Aspecto susceptible de mejora: ${k.aspecto ?? '(la fuente no da el texto)'}`,
          `Acción comprometida: ${k.accion ?? '(la fuente no la da)'}`,
          `Vence el ${formatearFecha(vencimiento)}. Estado al ${formatearFecha(corte)}: ${ETIQUETAS[s.estado]}.`,
          url,
        ].join('\n'),
        url,
        categories: [{ name: ETIQUETAS[s.estado] }],
      },
      borrador,
    );
    // Each block ends in CRLF, so folding it alone gives the same bytes as folding the convenio's blocks together.
    return [{ vencimiento, texto: plegarLineas(evento.toString()) }];
  });
}

/** The VEVENT blocks of one convenio, folded, in one string. */
export function eventosDeConvenio(c: ConvenioCalculado, corte: string, pub: Publicacion): string {
  return eventosPorCompromiso(c, corte, pub)
    .map((e) => e.texto)
    .join('');
}

/**
 * What the whole-site calendar covers: from 30 days before the cut-off (what just fell due stays in a subscribed
 * calendar until the next publication) to six months after it. Every event ever is too big for a calendar app
 * at scale (74 MB at 10,000 convenios); each ente's and program's calendar keeps them all.
 */
export const DIAS_ANTES_DEL_CORTE = 30;
export const MESES_DESPUES_DEL_CORTE = 6;

export interface Ventana {
  /** First day covered (inclusive). */
  desde: string;
  /** Last day covered (inclusive). */
  hasta: string;
}

export function ventanaDelCalendario(corte: string): Ventana {
  return { desde: sumarDias(corte, -DIAS_ANTES_DEL_CORTE), hasta: sumarMeses(corte, MESES_DESPUES_DEL_CORTE) };
}

export const enVentana = (dia: string, v: Ventana): boolean => dia >= v.desde && dia <= v.hasta;

/** The window in words, as the calendar and /datos/ say it. */
export function describirVentana(v: Ventana, corte: string): string {
  return `del ${formatearFecha(v.desde)} al ${formatearFecha(v.hasta)}: de ${DIAS_ANTES_DEL_CORTE} días antes a ${MESES_DESPUES_DEL_CORTE} meses después de la fecha de corte (${formatearFecha(corte)})`;
}

/** The whole-site calendar's name and description. */
export function calendarioGeneral(v: Ventana, corte: string): Pick<Calendario, 'nombre' | 'descripcion'> {
  return {
    nombre: 'Convenios Abiertos: próximos vencimientos de compromisos',
    descripcion: `Compromisos de los Convenios para la Mejora del Desempeño publicados en Convenios Abiertos que vencen ${describirVentana(v, corte)}, en su fecha de vencimiento efectiva. Todos los vencimientos de un ente o de un programa están en el calendario de su página.`,
  };
}

/** The events of some convenios that fall within the window, in the order given. */
export function eventosEnVentana(porConvenio: readonly (readonly EventoIcs[])[], v: Ventana): string[] {
  return porConvenio.flatMap((eventos) => eventos.filter((e) => enVentana(e.vencimiento, v)).map((e) => e.texto));
}

/** An iCalendar file: ical-generator's calendar header, then the given (already folded) events. */
export function calendarioIcs(cal: Pick<Calendario, 'nombre' | 'descripcion'>, eventos: readonly string[], pub: Publicacion): string {
  const vacio = ical({
    name: cal.nombre,
    description: cal.descripcion,
    prodId: { company: EDITOR, product: 'Vencimientos de compromisos', language: 'ES' },
    url: absoluta(pub, pub.rutas.datos),
  }).toString();
  const FIN = 'END:VCALENDAR';
  if (!vacio.endsWith(FIN)) throw new Error('ical-generator cambió el final del calendario');
  return `${vacio.slice(0, -FIN.length)}${eventos.join('')}${FIN}`;
}

/** The calendar of some convenios' commitments, built in one go. */
export function calendarioDe(cal: Calendario, pub: Publicacion): string {
  return calendarioIcs(
    cal,
    cal.convenios.map((c) => eventosDeConvenio(c, cal.corte, pub)),
    pub,
  );
}
