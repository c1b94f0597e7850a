/**
 * The follow-up history of one commitment: which scenario it plays out (nothing reported, in
 * progress, met on time or late, not met, extended), then its dated reports. Every date stays on or
 * before the cut-off.
 */
import { sumarDias } from '../../src/lib/fechas.ts';
import type { Azar } from './azar.ts';
import { anioDe, fechaEntre, primera, ultima } from './fechas.ts';
import { NOTAS_ATENDIDO, NOTAS_PROCESO, type Tema } from './tablas-textos.ts';
import type { ConvenioDatos, ReporteDatos } from './tipos.ts';

type Escenario = 'ninguno' | 'proceso' | 'a_tiempo' | 'tarde' | 'no_atendido' | 'prorroga';

export interface DatosSeguimiento {
  /** Cut-off date: nothing is dated after it. */
  corte: string;
  firma: string;
  /** The day the commitment falls due. */
  vencimiento: string;
  prorroga: ConvenioDatos['prorroga'];
  /** 0–1, of the evaluated body: the more diligent, the likelier it meets its commitments on time. */
  diligencia: number;
  /** Evidence and rulings are published under this address. */
  urlBase: string;
  tema: Tema;
  /** Acronym that numbers the coordinator's rulings. */
  siglasCoordinadora: string;
}

/** The reports of one commitment, oldest first. */
export function generarSeguimiento(azar: Azar, c: DatosSeguimiento): ReporteDatos[] {
  const escenario = elegirEscenario(azar, c);
  const historial = new Historial(azar, c);
  ESCENARIOS[escenario](historial, azar, c);
  return historial.reportes;
}

/** Overdue commitments lean on the body's diligence; the others are mostly not reported yet or in progress. */
function elegirEscenario(azar: Azar, c: DatosSeguimiento): Escenario {
  const d = c.diligencia;
  const puedeProrroga = c.prorroga.permitida;
  return c.corte > c.vencimiento
    ? azar.ponderado<Escenario>({
        ninguno: 0.3 * (1 - d) + 0.04,
        proceso: 0.14 * (1 - d) + 0.03,
        a_tiempo: 0.5 * d + 0.05,
        tarde: 0.15,
        no_atendido: 0.08 * (1 - d) + 0.02,
        prorroga: puedeProrroga ? 0.1 : 0,
      })
    : azar.ponderado<Escenario>({
        ninguno: 0.45,
        proceso: 0.33,
        a_tiempo: 0.1 + 0.12 * d,
        tarde: 0,
        no_atendido: 0,
        prorroga: puedeProrroga ? 0.08 : 0,
      });
}

/** Each scenario adds its reports to the history, drawing its dates between signature and cut-off. */
const ESCENARIOS: Record<Escenario, (h: Historial, azar: Azar, c: DatosSeguimiento) => void> = {
  ninguno: () => {},

  proceso: (h, azar, { corte, firma, vencimiento }) => {
    const hasta = corte > vencimiento ? primera(corte, sumarDias(vencimiento, 90)) : corte;
    h.enProceso(azar.entero(1, 3), firma, hasta);
  },

  a_tiempo: (h, azar, { corte, firma, vencimiento }) => {
    const limite = primera(corte, vencimiento);
    const final = fechaEntre(azar, ultima(firma, sumarDias(limite, -150)), limite);
    if (azar.probable(0.5)) h.enProceso(azar.entero(1, 2), firma, final);
    h.atendido(final);
  },

  tarde: (h, azar, { corte, firma, vencimiento }) => {
    const final = fechaEntre(azar, sumarDias(vencimiento, 1), primera(corte, sumarDias(vencimiento, 200)));
    if (azar.probable(0.6)) h.enProceso(azar.entero(1, 2), firma, primera(final, vencimiento));
    h.atendido(final);
  },

  no_atendido: (h, azar, { corte, firma, vencimiento }) => {
    if (azar.probable(0.4)) h.enProceso(1, firma, vencimiento, 50);
    h.noAtendido(fechaEntre(azar, sumarDias(vencimiento, 1), primera(corte, sumarDias(vencimiento, 120))));
  },

  prorroga: (h, azar, { corte, firma, vencimiento, prorroga }) => {
    const hasta = primera(corte, vencimiento);
    const solicitud = fechaEntre(azar, primera(hasta, ultima(firma, sumarDias(vencimiento, -45))), hasta);
    const nuevo = h.prorrogado(solicitud, vencimiento, prorroga.limite_dias_naturales ?? 45);
    if (nuevo < corte) {
      const salida = azar.ponderado({ a_tiempo: 0.65, tarde: 0.15, nada: 0.2 });
      if (salida === 'a_tiempo') h.atendido(fechaEntre(azar, solicitud, nuevo));
      else if (salida === 'tarde') h.atendido(fechaEntre(azar, sumarDias(nuevo, 1), primera(corte, sumarDias(nuevo, 90))));
    } else if (azar.probable(0.5)) {
      h.atendido(fechaEntre(azar, solicitud, corte));
    }
  },
};

function redondear5(x: number): number {
  return Math.min(95, Math.max(5, Math.round(x / 5) * 5));
}

/** The reports of one commitment as they are added, numbering its evidence files. */
class Historial {
  readonly reportes: ReporteDatos[] = [];
  private nEvidencia = 0;
  private readonly azar: Azar;
  private readonly c: DatosSeguimiento;

  constructor(azar: Azar, c: DatosSeguimiento) {
    this.azar = azar;
    this.c = c;
  }

  /** k in-progress reports in [desde, hasta], with rising progress below `tope`. */
  enProceso(k: number, desde: string, hasta: string, tope = 90): void {
    const azar = this.azar;
    const fechas = Array.from({ length: k }, () => fechaEntre(azar, desde, hasta)).sort();
    const avances = Array.from({ length: k }, () => 5 + azar.sig() * (tope - 5)).sort((a, b) => a - b);
    fechas.forEach((fecha, i) => {
      this.reportes.push({
        fecha,
        estado: 'en_proceso',
        avance: azar.probable(0.85) ? redondear5(avances[i]!) : undefined,
        evidencias: azar.probable(0.5) ? this.evidencias(azar.entero(1, 2), fecha) : [],
        nota: azar.probable(0.35) ? azar.elegir(NOTAS_PROCESO) : undefined,
      });
    });
  }

  atendido(fecha: string): void {
    const azar = this.azar;
    this.reportes.push({
      fecha,
      estado: 'atendido',
      avance: azar.probable(0.6) ? 100 : undefined,
      evidencias: this.evidencias(azar.entero(1, 3), fecha),
      dictamen: azar.probable(0.45) ? this.dictamen(fecha, 'cumplimiento') : undefined,
      nota: azar.probable(0.3) ? azar.elegir(NOTAS_ATENDIDO) : undefined,
    });
  }

  noAtendido(fecha: string): void {
    this.reportes.push({
      fecha,
      estado: 'no_atendido',
      evidencias: [],
      dictamen: this.azar.probable(0.85) ? this.dictamen(fecha, 'incumplimiento') : undefined,
      nota: 'El sujeto evaluado no acreditó el cumplimiento en la sesión de cierre.',
    });
  }

  /** An in-progress report, on the day it was asked for, granting 5 to `limite` more days; returns the new due date. */
  prorrogado(fecha: string, vencimiento: string, limite: number): string {
    const azar = this.azar;
    const dias = azar.entero(5, limite);
    const nuevo = sumarDias(vencimiento, dias);
    this.reportes.push({
      fecha,
      estado: 'en_proceso',
      avance: redondear5(40 + azar.sig() * 45),
      evidencias: azar.probable(0.4) ? this.evidencias(1, fecha) : [],
      prorroga: nuevo,
      nota: `Se concedió prórroga de ${dias} días naturales a solicitud del sujeto evaluado.`,
    });
    return nuevo;
  }

  private evidencias(cuantas: number, fecha: string): NonNullable<ReporteDatos['evidencias']> {
    const { urlBase, tema } = this.c;
    return Array.from({ length: cuantas }, () => {
      this.nEvidencia++;
      return {
        url: `${urlBase}/${fecha}-${this.nEvidencia}.pdf`,
        descripcion: this.azar.probable(0.8) ? tema.evidencias[this.nEvidencia % tema.evidencias.length] : undefined,
      };
    });
  }

  /** The coordinator's ruling, up to 15 days after the report (never after the cut-off). */
  private dictamen(fecha: string, tipo: 'cumplimiento' | 'incumplimiento'): NonNullable<ReporteDatos['dictamen']> {
    const azar = this.azar;
    const { corte, urlBase, siglasCoordinadora } = this.c;
    const f = primera(corte, sumarDias(fecha, azar.entero(0, 15)));
    const numero = String(azar.entero(12, 980)).padStart(4, '0');
    return {
      documento: `${tipo === 'cumplimiento' ? 'Oficio de cumplimiento' : 'Dictamen de incumplimiento'} ${siglasCoordinadora}/${numero}/${anioDe(f)}`,
      fecha: f,
      url: azar.probable(0.6) ? `${urlBase}/dictamen-${f}.pdf` : undefined,
    };
  }
}
