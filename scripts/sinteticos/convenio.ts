/** One synthetic convenio: its parties, extension rules, commitments and follow-up, as a Markdown file. */
import { formatearFecha, sumarDias, vencimientoDe, type Precision } from '../../src/lib/fechas.ts';
import { Azar } from './azar.ts';
import { titularDe } from './catalogo.ts';
import { redactarCuerpo } from './cuerpo.ts';
import { anioDe, fechaEntre, primera, ultima } from './fechas.ts';
import { generarSeguimiento } from './seguimiento.ts';
import { AVISO, EVALUACIONES, HALLAZGOS, LETRAS, OBLIGACIONES, PREFIJOS_ASPECTO, SUFIJOS_ACCION, TEMAS } from './tablas-textos.ts';
import { minusculaInicial, rellenar } from './texto.ts';
import type { CompromisoDatos, Contexto, ConvenioDatos, Ente, Gobierno, ParteDatos, Programa } from './tipos.ts';
import { escribirYaml } from './yaml.ts';

export const PRIMER_PAE = 2018;
const ULTIMO_PAE = 2026;

type Rol = ParteDatos['rol'];
/** How the convenio calls each party: «LA SECRETARÍA», «EL SUJETO EVALUADO»… */
type Denominaciones = Record<Rol, string>;

export interface ConvenioGenerado {
  id: string;
  /** The Markdown file: YAML front matter and body. */
  texto: string;
  /** Ids of the bodies that sign it. */
  usados: string[];
  programa: string;
  gobierno: string;
}

/**
 * Convenio number i (0-based). Every random draw comes from its own stream, in a fixed order: the
 * steps below must keep their order for a seed to keep giving the same files.
 */
export function generarConvenio(ctx: Contexto, i: number): ConvenioGenerado {
  const azar = new Azar(ctx.semilla, `convenio:${i}`);
  const { g, sujeto, programa } = elegirPrograma(azar, ctx);
  const sorteo = elegirFirma(azar, ctx.corte);
  const ejercicioSorteado = azar.probable(0.7) ? sorteo.pae - 1 : undefined;
  const { pae, firma, evaluacion } = combinacionLibre(ctx, i, sujeto, programa, { ...sorteo, evaluacion: azar.elegir(EVALUACIONES) });
  const ejercicio = ejercicioSorteado === undefined ? undefined : pae - 1;
  const id = `${pae}-${g.corto}-${programa.clave}-${String(i + 1).padStart(ctx.ancho, '0')}`;
  const den = denominaciones(g);
  const partes = redactarPartes(azar, ctx.semilla, { g, sujeto, firma, den });
  const prorroga = reglaDeProrroga(azar, g);
  const tope = fechaLimite(azar, g, firma);
  const compromisos = generarCompromisos(azar, ctx, { g, sujeto, programa, id, evaluacion, firma, prorroga, tope, den });
  const hallazgos = elegirHallazgos(azar, g);
  const lugar = `${g.lugar}, ${g.estado.entidad}`;
  const datos = armarDatos(azar, { g, sujeto, programa, id, pae, ejercicio, evaluacion, firma, lugar, partes, hallazgos, compromisos, prorroga, tope });
  const cuerpo = redactarCuerpo(azar, { g, sujeto, programa, pae, ejercicio, evaluacion, firma, lugar, partes, den, datos });
  const texto = `---\n${escribirYaml(datos, AVISO).trimEnd()}\n---\n\n${cuerpo}`;
  return { id, texto, usados: partes.map((p) => p.ente), programa: programa.id, gobierno: g.id };
}

/** The government (state ones weigh double), the evaluated body and one of its programs. */
function elegirPrograma(azar: Azar, ctx: Contexto): { g: Gobierno; sujeto: Ente; programa: Programa } {
  const g = azar.elegir(ctx.gobiernosPonderados);
  const sujeto = azar.elegir(g.evaluados);
  const programa = ctx.catalogo.programas.get(azar.elegir(sujeto.programas))!;
  return { g, sujeto, programa };
}

/** PAE year and signature: after the PAE year starts (March 1), by June 30 of the next year, never after the cut-off. */
function elegirFirma(azar: Azar, corte: string): { pae: number; firma: string } {
  const ultimoPae = Math.min(ULTIMO_PAE, anioDe(corte));
  let pae = azar.entero(PRIMER_PAE, ultimoPae);
  let inicio = `${pae}-03-01`;
  if (inicio > corte) {
    pae = Math.max(PRIMER_PAE, pae - 1);
    inicio = `${pae}-03-01`;
  }
  return { pae, firma: fechaEntre(azar, inicio, primera(corte, `${pae + 1}-06-30`)) };
}

/**
 * One convenio per evaluated body, program, PAE and evaluation: the validator refuses a second one as a
 * duplicate. When the drawn combination is taken, the next free evaluation of the same PAE is used, then
 * another PAE (with its own signing date), then a later stage of the same evaluation (at the largest sizes
 * there are a few hundred convenios per body and program). Nothing is drawn again from the convenio's
 * own stream, so every other value stays as it was.
 */
function combinacionLibre(
  ctx: Contexto,
  i: number,
  sujeto: Ente,
  programa: Programa,
  sorteo: { pae: number; firma: string; evaluacion: string },
): { pae: number; firma: string; evaluacion: string } {
  const clave = (pae: number, evaluacion: string) => `${sujeto.id}|${programa.id}|${pae}|${evaluacion}`;
  const libre = (pae: number, evaluacion: string) => !ctx.combinaciones.has(clave(pae, evaluacion));
  let { pae, firma, evaluacion } = sorteo;
  if (!libre(pae, evaluacion)) {
    const ultimoPae = Math.min(ULTIMO_PAE, anioDe(ctx.corte));
    const total = ultimoPae - PRIMER_PAE + 1;
    const k0 = EVALUACIONES.indexOf(evaluacion);
    const otra = Array.from({ length: total }, (_, k) => PRIMER_PAE + ((pae - PRIMER_PAE + k) % total))
      .filter((a) => `${a}-03-01` <= ctx.corte)
      .flatMap((a) => EVALUACIONES.map((_, k) => [a, EVALUACIONES[(k0 + k) % EVALUACIONES.length]!] as const))
      .find(([a, ev]) => libre(a, ev));
    if (otra) {
      if (otra[0] !== pae) {
        pae = otra[0];
        firma = fechaEntre(new Azar(ctx.semilla, `convenio:${i}:pae`), `${pae}-03-01`, primera(ctx.corte, `${pae + 1}-06-30`));
      }
      evaluacion = otra[1];
    } else {
      let etapa = 2;
      while (!libre(pae, `${evaluacion} (etapa ${etapa})`)) etapa++;
      evaluacion = `${evaluacion} (etapa ${etapa})`;
    }
  }
  ctx.combinaciones.add(clave(pae, evaluacion));
  return { pae, firma, evaluacion };
}

function denominaciones(g: Gobierno): Denominaciones {
  const municipal = g.nivel === 'municipal';
  return {
    coordinadora: municipal ? (g.coordinadora.tipo.clave === 'implan' ? 'EL IMPLAN' : 'LA UIPPE') : 'LA SECRETARÍA',
    control_interno: 'LA CONTRALORÍA',
    tesoreria: 'LA TESORERÍA',
    sujeto_evaluado: g.denominacionEvaluado,
  };
}

/** Coordinator, comptroller, treasury (municipalities only) and the evaluated body, with who signs for each. */
function redactarPartes(azar: Azar, semilla: number, c: { g: Gobierno; sujeto: Ente; firma: string; den: Denominaciones }): ParteDatos[] {
  const { g, firma, den } = c;
  const municipal = g.nivel === 'municipal';
  const anioFirma = anioDe(firma);
  const conResponsables = azar.probable(0.75);
  const parte = (rol: Rol, e: Ente): ParteDatos => {
    const todas = OBLIGACIONES[rol];
    const obligaciones = azar.probable(0.85) ? todas.slice(0, azar.entero(Math.min(3, todas.length), todas.length)) : [];
    return {
      rol,
      denominacion: den[rol],
      ente: e.id,
      firmante: titularDe(semilla, e, anioFirma, 'titular'),
      firma_nota:
        rol === 'coordinadora' && !municipal && azar.probable(0.15)
          ? `Por instrucciones de fecha ${formatearFecha(sumarDias(firma, -azar.entero(20, 60)))}, mediante oficio no. ${azar.entero(20700, 20799)}000L/${String(azar.entero(1, 400)).padStart(4, '0')}/${anioFirma}.`
          : undefined,
      responsable: conResponsables ? titularDe(semilla, e, anioFirma, 'responsable') : undefined,
      obligaciones: obligaciones.map((texto, k) => ({ inciso: `${LETRAS[k]})`, texto })),
    };
  };
  const partes: ParteDatos[] = [parte('coordinadora', g.coordinadora), parte('control_interno', g.contraloria)];
  if (g.tesoreria) partes.push(parte('tesoreria', g.tesoreria));
  partes.push(parte('sujeto_evaluado', c.sujeto));
  return partes;
}

/** Municipalities grant 15 or 30 days before their coordinator, or none; states, an open extension or none. */
function reglaDeProrroga(azar: Azar, g: Gobierno): ConvenioDatos['prorroga'] {
  if (g.nivel === 'municipal') {
    const regla = azar.ponderado({ quince: 0.6, treinta: 0.2, no: 0.2 });
    return regla === 'no' ? { permitida: false } : { permitida: true, limite_dias_naturales: regla === 'quince' ? 15 : 30, ante: g.coordinadora.datos.nombre };
  }
  return azar.probable(0.7) ? { permitida: true, ante: 'Dirección General de Evaluación del Desempeño Institucional' } : { permitida: false };
}

/** Some municipal convenios cap every due date at December 31 of the year 120 days after signing. */
function fechaLimite(azar: Azar, g: Gobierno, firma: string): string | undefined {
  return g.nivel === 'municipal' && azar.probable(0.4) ? `${anioDe(sumarDias(firma, 120))}-12-31` : undefined;
}

/**
 * A due date 45 to 420 days after signing (30 at least, never past the cap): a month, or a day
 * (most often the month's last, else the 15th or the day itself). `precision` undefined: drawn.
 */
function fechaCompromiso(azar: Azar, firma: string, tope: string | undefined, precision: Precision | undefined): string {
  const maximo = sumarDias(firma, 420);
  const candidato = fechaEntre(azar, sumarDias(firma, 45), tope === undefined ? maximo : primera(tope, maximo));
  const mes = candidato.slice(0, 7);
  if ((precision ?? (azar.probable(0.5) ? 'mes' : 'dia')) === 'mes') return mes;
  const r = azar.sig();
  const dia = r < 0.55 ? vencimientoDe(mes) : r < 0.75 ? primera(candidato, `${mes}-15`) : candidato;
  return ultima(dia, sumarDias(firma, 30));
}

interface DatosCompromisos {
  g: Gobierno;
  sujeto: Ente;
  programa: Programa;
  id: string;
  evaluacion: string;
  firma: string;
  prorroga: ConvenioDatos['prorroga'];
  tope: string | undefined;
  den: Denominaciones;
}

/** 2 to 9 commitments on different themes, each with its due date and follow-up. */
function generarCompromisos(azar: Azar, ctx: Contexto, c: DatosCompromisos): CompromisoDatos[] {
  const { g, firma } = c;
  const n = azar.entero(2, 9);
  const temas = azar.mezclar(TEMAS).slice(0, n);
  const mismaFecha = azar.probable(0.45);
  const mismaPrecision: Precision = azar.probable(0.5) ? 'mes' : 'dia';
  const repetido = n >= 3 && azar.probable(0.06) ? azar.entero(2, n - 1) : -1; // position whose printed number repeats the previous one
  const valores = { programa: c.programa.nombre, evaluacion: minusculaInicial(c.evaluacion), coordinadora: c.den.coordinadora };
  const fechaComun = fechaCompromiso(azar, firma, c.tope, mismaFecha ? mismaPrecision : undefined);
  const siglasCoordinadora = g.coordinadora.datos.siglas ?? (g.nivel === 'municipal' ? 'CM' : `DGEDI-${g.estado.corto.toUpperCase()}`);
  let numero = 0;
  return temas.map((tema, k) => {
    if (k !== repetido) numero++;
    const idCompromiso = `asm-${k + 1}`;
    const fechaComprometida = mismaFecha ? fechaComun : fechaCompromiso(azar, firma, c.tope, undefined);
    const aspectoBase = azar.elegir(tema.aspectos);
    const aspecto = azar.probable(0.35) ? rellenar(azar.elegir(PREFIJOS_ASPECTO), valores) + minusculaInicial(aspectoBase) : aspectoBase;
    const accion = rellenar(azar.elegir(tema.acciones) + azar.elegir(SUFIJOS_ACCION), valores);
    const urlBase = `https://transparencia.example.gob.mx/${g.corto}/asm/${c.id}/${idCompromiso}`;
    const seguimiento = generarSeguimiento(azar, {
      corte: ctx.corte,
      firma,
      vencimiento: vencimientoDe(fechaComprometida),
      prorroga: c.prorroga,
      diligencia: c.sujeto.diligencia,
      urlBase,
      tema,
      siglasCoordinadora,
    });
    return { id: idCompromiso, numero, aspecto, accion, fecha_comprometida: fechaComprometida, seguimiento };
  });
}

/** Some municipal convenios list 2 to 5 findings of the evaluation. */
function elegirHallazgos(azar: Azar, g: Gobierno): ConvenioDatos['hallazgos'] {
  if (g.nivel !== 'municipal' || !azar.probable(0.3)) return undefined;
  return azar
    .mezclar(HALLAZGOS)
    .slice(0, azar.entero(2, 5))
    .map((texto, k) => ({ numero: k + 1, texto }));
}

interface Piezas {
  g: Gobierno;
  sujeto: Ente;
  programa: Programa;
  id: string;
  pae: number;
  ejercicio: number | undefined;
  evaluacion: string;
  firma: string;
  lugar: string;
  partes: ParteDatos[];
  hallazgos: ConvenioDatos['hallazgos'];
  compromisos: CompromisoDatos[];
  prorroga: ConvenioDatos['prorroga'];
  tope: string | undefined;
}

/** The front matter, in the schema's field order (the YAML keeps it). */
function armarDatos(azar: Azar, c: Piezas): ConvenioDatos {
  const { g, pae } = c;
  const municipal = g.nivel === 'municipal';
  return {
    titulo: `Convenio para la Mejora del Desempeño y Resultados Gubernamentales del programa «${c.programa.nombre}» (${c.sujeto.datos.nombre}, PAE ${pae})`,
    gobierno: g.id,
    programa: c.programa.id,
    pae,
    ejercicio_evaluado: c.ejercicio,
    evaluacion: c.evaluacion,
    firma: {
      fecha: c.firma,
      lugar: c.lugar,
      ejemplares: azar.probable(0.8) ? c.partes.length : undefined,
      fojas: azar.probable(0.5) ? azar.entero(6, 16) : undefined,
    },
    fundamento: {
      lineamientos: municipal
        ? `Lineamientos Generales para la Evaluación de los Programas Presupuestarios Municipales ${g.estado.delEstado}`
        : `Lineamientos Generales para la Evaluación de los Programas Presupuestarios del Gobierno ${g.estado.delEstado}`,
      publicacion: azar.probable(0.8) ? `${g.estado.periodico}, ${municipal ? '15 de marzo de 2017' : '23 de febrero de 2016'}` : undefined,
      disposicion: municipal ? 'VIGÉSIMA TERCERA' : 'VIGÉSIMA QUINTA',
    },
    documento_fuente: {
      url: `https://transparencia.example.gob.mx/${g.corto}/pae-${pae}/convenio-${c.id}.pdf`,
      descripcion: 'Convenio firmado, versión pública (PDF)',
    },
    partes: c.partes,
    sede_sesiones: azar.probable(0.7)
      ? municipal
        ? `Las instalaciones de ${g.coordinadora.datos.nombre}`
        : 'Las instalaciones de la Dirección General de Evaluación del Desempeño Institucional de «LA SECRETARÍA»'
      : undefined,
    hallazgos: c.hallazgos,
    compromisos: c.compromisos,
    prorroga: c.prorroga,
    fecha_limite_compromisos: c.tope,
  };
}
