/** One synthetic convenio: its parties, extension rules, commitments and follow-up, as a Markdown file. */
import { Azar } from './azar.ts';
import { titularDe } from './catalogo.ts';
import { redactarCuerpo } from './cuerpo.ts';
import { formatearFecha, sumarDias, vencimientoDe } from '../../src/lib/fechas.ts';
import { anioDe, fechaEntre, primera, ultima } from './fechas.ts';
import { generarSeguimiento } from './seguimiento.ts';
import { AVISO, EVALUACIONES, HALLAZGOS, LETRAS, OBLIGACIONES, PREFIJOS_ASPECTO, SUFIJOS_ACCION, TEMAS } from './tablas-textos.ts';
import { minusculaInicial, rellenar } from './texto.ts';
import type { CompromisoDatos, Contexto, ConvenioDatos, Ente, ParteDatos } from './tipos.ts';
import { escribirYaml } from './yaml.ts';

export const PRIMER_PAE = 2018;
const ULTIMO_PAE = 2026;

export function generarConvenio(ctx: Contexto, i: number): { id: string; texto: string; usados: string[]; programa: string; gobierno: string } {
  const { semilla, corte } = ctx;
  const azar = new Azar(semilla, `convenio:${i}`);
  const g = azar.elegir(ctx.gobiernosPonderados);
  const sujeto = azar.elegir(g.evaluados);
  const programa = ctx.catalogo.programas.get(azar.elegir(sujeto.programas))!;

  // PAE year and signature: after the PAE year starts, never after the cut-off.
  const anioCorte = anioDe(corte);
  const ultimoPae = Math.min(ULTIMO_PAE, anioCorte);
  let pae = azar.entero(PRIMER_PAE, ultimoPae);
  let inicio = `${pae}-03-01`;
  if (inicio > corte) {
    pae = Math.max(PRIMER_PAE, pae - 1);
    inicio = `${pae}-03-01`;
  }
  const firma = fechaEntre(azar, inicio, primera(corte, `${pae + 1}-06-30`));
  const anioFirma = anioDe(firma);
  const ejercicio = azar.probable(0.7) ? pae - 1 : undefined;
  const evaluacion = azar.elegir(EVALUACIONES);

  const id = `${pae}-${g.corto}-${programa.clave}-${String(i + 1).padStart(ctx.ancho, '0')}`;
  const municipal = g.nivel === 'municipal';

  // Parties
  const DEN = {
    coordinadora: municipal ? (g.coordinadora.tipo.clave === 'implan' ? 'EL IMPLAN' : 'LA UIPPE') : 'LA SECRETARÍA',
    control_interno: 'LA CONTRALORÍA',
    tesoreria: 'LA TESORERÍA',
    sujeto_evaluado: g.denominacionEvaluado,
  };
  const conResponsables = azar.probable(0.75);
  const parte = (rol: keyof typeof DEN, e: Ente): ParteDatos => {
    const todas = OBLIGACIONES[rol];
    const obligaciones = azar.probable(0.85) ? todas.slice(0, azar.entero(Math.min(3, todas.length), todas.length)) : [];
    return {
      rol,
      denominacion: DEN[rol],
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
  partes.push(parte('sujeto_evaluado', sujeto));

  // Extension rules and cap on due dates
  const prorroga: ConvenioDatos['prorroga'] = municipal
    ? ((regla) =>
        regla === 'no'
          ? { permitida: false }
          : { permitida: true, limite_dias_naturales: regla === 'quince' ? 15 : 30, ante: g.coordinadora.datos.nombre })(
        azar.ponderado({ quince: 0.6, treinta: 0.2, no: 0.2 }),
      )
    : azar.probable(0.7)
      ? { permitida: true, ante: 'Dirección General de Evaluación del Desempeño Institucional' }
      : { permitida: false };
  const tope = municipal && azar.probable(0.4) ? `${anioDe(sumarDias(firma, 120))}-12-31` : undefined;

  // Commitments
  const n = azar.entero(2, 9);
  const temas = azar.mezclar(TEMAS).slice(0, n);
  const mismaFecha = azar.probable(0.45);
  const mismaPrecision = azar.probable(0.5) ? 'mes' : 'dia';
  const repetido = n >= 3 && azar.probable(0.06) ? azar.entero(2, n - 1) : -1; // position whose printed number repeats the previous one
  const valores = { programa: programa.nombre, evaluacion: minusculaInicial(evaluacion), coordinadora: DEN.coordinadora };
  const fechaCompromiso = (): string => {
    const maximo = sumarDias(firma, 420);
    const candidato = fechaEntre(azar, sumarDias(firma, 45), tope === undefined ? maximo : primera(tope, maximo));
    const mes = candidato.slice(0, 7);
    const precision = mismaFecha ? mismaPrecision : azar.probable(0.5) ? 'mes' : 'dia';
    if (precision === 'mes') return mes;
    const r = azar.sig();
    const dia = r < 0.55 ? vencimientoDe(mes) : r < 0.75 ? primera(candidato, `${mes}-15`) : candidato;
    return ultima(dia, sumarDias(firma, 30));
  };
  const fechaComun = fechaCompromiso();
  const siglasCoordinadora = g.coordinadora.datos.siglas ?? (municipal ? 'CM' : `DGEDI-${g.estado.corto.toUpperCase()}`);
  let numero = 0;
  const compromisos: CompromisoDatos[] = temas.map((tema, k) => {
    if (k !== repetido) numero++;
    const idCompromiso = `asm-${k + 1}`;
    const fechaComprometida = mismaFecha ? fechaComun : fechaCompromiso();
    const vencimiento = vencimientoDe(fechaComprometida);
    const aspectoBase = azar.elegir(tema.aspectos);
    const aspecto = azar.probable(0.35) ? rellenar(azar.elegir(PREFIJOS_ASPECTO), valores) + minusculaInicial(aspectoBase) : aspectoBase;
    const accion = rellenar(azar.elegir(tema.acciones) + azar.elegir(SUFIJOS_ACCION), valores);
    const urlBase = `https://transparencia.example.gob.mx/${g.corto}/asm/${id}/${idCompromiso}`;
    const { reportes } = generarSeguimiento(azar, ctx, firma, vencimiento, prorroga, sujeto.diligencia, urlBase, tema, siglasCoordinadora);
    return {
      id: idCompromiso,
      numero,
      aspecto,
      accion,
      fecha_comprometida: fechaComprometida,
      seguimiento: reportes,
    };
  });

  const hallazgos = municipal && azar.probable(0.3) ? azar.mezclar(HALLAZGOS).slice(0, azar.entero(2, 5)).map((texto, k) => ({ numero: k + 1, texto })) : undefined;
  const lugar = `${g.lugar}, ${g.estado.entidad}`;
  const pubAnio = municipal ? 2017 : 2016;
  const titulo = `Convenio para la Mejora del Desempeño y Resultados Gubernamentales del programa «${programa.nombre}» (${sujeto.datos.nombre}, PAE ${pae})`;

  const datos: ConvenioDatos = {
    titulo,
    gobierno: g.id,
    programa: programa.id,
    pae,
    ejercicio_evaluado: ejercicio,
    evaluacion,
    firma: {
      fecha: firma,
      lugar,
      ejemplares: azar.probable(0.8) ? partes.length : undefined,
      fojas: azar.probable(0.5) ? azar.entero(6, 16) : undefined,
    },
    fundamento: {
      lineamientos: municipal
        ? `Lineamientos Generales para la Evaluación de los Programas Presupuestarios Municipales ${g.estado.delEstado}`
        : `Lineamientos Generales para la Evaluación de los Programas Presupuestarios del Gobierno ${g.estado.delEstado}`,
      publicacion: azar.probable(0.8) ? `${g.estado.periodico}, ${municipal ? '15 de marzo' : '23 de febrero'} de ${pubAnio}` : undefined,
      disposicion: municipal ? 'VIGÉSIMA TERCERA' : 'VIGÉSIMA QUINTA',
    },
    documento_fuente: {
      url: `https://transparencia.example.gob.mx/${g.corto}/pae-${pae}/convenio-${id}.pdf`,
      descripcion: 'Convenio firmado, versión pública (PDF)',
    },
    partes,
    sede_sesiones: azar.probable(0.7)
      ? municipal
        ? `Las instalaciones de ${g.coordinadora.datos.nombre}`
        : 'Las instalaciones de la Dirección General de Evaluación del Desempeño Institucional de «LA SECRETARÍA»'
      : undefined,
    hallazgos,
    compromisos,
    prorroga,
    fecha_limite_compromisos: tope,
  };

  const cuerpo = redactarCuerpo(azar, {
    g,
    sujeto,
    programa,
    pae,
    ejercicio,
    evaluacion,
    firma,
    lugar,
    partes,
    den: DEN,
    datos,
  });
  const texto = `---\n${escribirYaml(datos, AVISO).trimEnd()}\n---\n\n${cuerpo}`;
  return { id, texto, usados: partes.map((p) => p.ente), programa: programa.id, gobierno: g.id };
}
