/** The follow-up history of one commitment: which scenario it plays out, and its dated reports. */
import type { Azar } from './azar.ts';
import { sumarDias } from '../../src/lib/fechas.ts';
import { anioDe, fechaEntre, primera, ultima } from './fechas.ts';
import { NOTAS_ATENDIDO, NOTAS_PROCESO, type Tema } from './tablas-textos.ts';
import type { Contexto, ConvenioDatos, ReporteDatos } from './tipos.ts';

type Escenario = 'ninguno' | 'proceso' | 'a_tiempo' | 'tarde' | 'no_atendido' | 'prorroga';

function redondear5(x: number): number {
  return Math.min(95, Math.max(5, Math.round(x / 5) * 5));
}

interface Seguimiento {
  reportes: ReporteDatos[];
}

export function generarSeguimiento(
  azar: Azar,
  ctx: Contexto,
  firma: string,
  vencimiento: string,
  prorroga: ConvenioDatos['prorroga'],
  diligencia: number,
  urlBase: string,
  tema: Tema,
  siglasCoordinadora: string,
): Seguimiento {
  const corte = ctx.corte;
  const vencido = corte > vencimiento;
  const puedeProrroga = prorroga.permitida;
  const d = diligencia;
  const escenario: Escenario = vencido
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

  const reportes: ReporteDatos[] = [];
  let nEvidencia = 0;
  const evidencias = (cuantas: number, fecha: string) =>
    Array.from({ length: cuantas }, () => {
      nEvidencia++;
      return {
        url: `${urlBase}/${fecha}-${nEvidencia}.pdf`,
        descripcion: azar.probable(0.8) ? tema.evidencias[nEvidencia % tema.evidencias.length] : undefined,
      };
    });
  const dictamen = (fecha: string, tipo: 'cumplimiento' | 'incumplimiento') => {
    const f = primera(corte, sumarDias(fecha, azar.entero(0, 15)));
    const anio = anioDe(f);
    const numero = String(azar.entero(12, 980)).padStart(4, '0');
    return {
      documento: tipo === 'cumplimiento' ? `Oficio de cumplimiento ${siglasCoordinadora}/${numero}/${anio}` : `Dictamen de incumplimiento ${siglasCoordinadora}/${numero}/${anio}`,
      fecha: f,
      url: azar.probable(0.6) ? `${urlBase}/dictamen-${f}.pdf` : undefined,
    };
  };
  /** k in-progress reports in [desde, hasta], with rising progress below `tope`. */
  const enProceso = (k: number, desde: string, hasta: string, tope = 90) => {
    const fechas = Array.from({ length: k }, () => fechaEntre(azar, desde, hasta)).sort();
    const avances = Array.from({ length: k }, () => 5 + azar.sig() * (tope - 5)).sort((a, b) => a - b);
    fechas.forEach((fecha, i) => {
      reportes.push({
        fecha,
        estado: 'en_proceso',
        avance: azar.probable(0.85) ? redondear5(avances[i]!) : undefined,
        evidencias: azar.probable(0.5) ? evidencias(azar.entero(1, 2), fecha) : [],
        nota: azar.probable(0.35) ? azar.elegir(NOTAS_PROCESO) : undefined,
      });
    });
  };
  const atendido = (fecha: string) => {
    reportes.push({
      fecha,
      estado: 'atendido',
      avance: azar.probable(0.6) ? 100 : undefined,
      evidencias: evidencias(azar.entero(1, 3), fecha),
      dictamen: azar.probable(0.45) ? dictamen(fecha, 'cumplimiento') : undefined,
      nota: azar.probable(0.3) ? azar.elegir(NOTAS_ATENDIDO) : undefined,
    });
  };
  const limiteFirmaCorte = primera(corte, vencimiento);

  switch (escenario) {
    case 'ninguno':
      break;
    case 'proceso': {
      const hasta = vencido ? primera(corte, sumarDias(vencimiento, 90)) : corte;
      enProceso(azar.entero(1, 3), firma, hasta);
      break;
    }
    case 'a_tiempo': {
      const final = fechaEntre(azar, ultima(firma, sumarDias(limiteFirmaCorte, -150)), limiteFirmaCorte);
      if (azar.probable(0.5)) enProceso(azar.entero(1, 2), firma, final);
      atendido(final);
      break;
    }
    case 'tarde': {
      const final = fechaEntre(azar, sumarDias(vencimiento, 1), primera(corte, sumarDias(vencimiento, 200)));
      if (azar.probable(0.6)) enProceso(azar.entero(1, 2), firma, primera(final, vencimiento));
      atendido(final);
      break;
    }
    case 'no_atendido': {
      if (azar.probable(0.4)) enProceso(1, firma, vencimiento, 50);
      const f = fechaEntre(azar, sumarDias(vencimiento, 1), primera(corte, sumarDias(vencimiento, 120)));
      reportes.push({
        fecha: f,
        estado: 'no_atendido',
        evidencias: [],
        dictamen: azar.probable(0.85) ? dictamen(f, 'incumplimiento') : undefined,
        nota: 'El sujeto evaluado no acreditó el cumplimiento en la sesión de cierre.',
      });
      break;
    }
    case 'prorroga': {
      const hasta = limiteFirmaCorte;
      const solicitud = fechaEntre(azar, primera(hasta, ultima(firma, sumarDias(vencimiento, -45))), hasta);
      const dias = azar.entero(5, prorroga.limite_dias_naturales ?? 45);
      const nuevo = sumarDias(vencimiento, dias);
      const fecha = solicitud;
      reportes.push({
        fecha,
        estado: 'en_proceso',
        avance: redondear5(40 + azar.sig() * 45),
        evidencias: azar.probable(0.4) ? evidencias(1, fecha) : [],
        prorroga: nuevo,
        nota: `Se concedió prórroga de ${dias} días naturales a solicitud del sujeto evaluado.`,
      });
      if (nuevo < corte) {
        const salida = azar.ponderado({ a_tiempo: 0.65, tarde: 0.15, nada: 0.2 });
        if (salida === 'a_tiempo') atendido(fechaEntre(azar, solicitud, nuevo));
        else if (salida === 'tarde') atendido(fechaEntre(azar, sumarDias(nuevo, 1), primera(corte, sumarDias(nuevo, 90))));
      } else if (azar.probable(0.5)) {
        atendido(fechaEntre(azar, solicitud, corte));
      }
      break;
    }
  }
  return { reportes };
}
