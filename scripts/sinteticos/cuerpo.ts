/** The Markdown body of a synthetic convenio: parties, background, clauses, signature. */
import { formatearFecha } from '../../src/lib/fechas.ts';
import type { Azar } from './azar.ts';
import { administracion } from './catalogo.ts';
import { anioDe } from './fechas.ts';
import {
  AVISO,
  CLAUSULA_PUBLICIDAD,
  CLAUSULA_VIGENCIA,
  CONTEXTOS_ESTATALES,
  CONTEXTOS_MUNICIPALES,
  COPIAS,
  DECLARACION,
  ORDINALES,
} from './tablas-textos.ts';
import { articulo, minusculaInicial, rellenar } from './texto.ts';
import type { ConvenioDatos, Ente, Gobierno, ParteDatos, Programa } from './tipos.ts';

export interface DatosCuerpo {
  g: Gobierno;
  sujeto: Ente;
  programa: Programa;
  pae: number;
  ejercicio: number | undefined;
  evaluacion: string;
  firma: string;
  lugar: string;
  partes: ParteDatos[];
  den: Record<string, string>;
  datos: ConvenioDatos;
}

/** The body, in the order a signed convenio reads; some optional sections depend on the random stream. */
export function redactarCuerpo(azar: Azar, c: DatosCuerpo): string {
  const contexto = elegirContexto(azar, c);
  const clausulas = redactarClausulas(azar, c);
  const copias = COPIAS[c.partes.length] ?? `${c.partes.length} ejemplares`;
  return [
    `> **${AVISO}**`,
    '',
    '## CONVENIO PARA LA MEJORA DEL DESEMPEÑO Y RESULTADOS GUBERNAMENTALES',
    '',
    `Que celebran ${comparecientes(c)}; a quienes se denominará en conjunto «LAS PARTES», al tenor de los antecedentes, declaraciones y cláusulas siguientes.`,
    '',
    '### ANTECEDENTES',
    '',
    ...(azar.probable(0.4) ? [contexto, ''] : []),
    antecedentePae(c),
    '',
    ...(azar.probable(0.5) ? [antecedenteLineamientos(c), ''] : []),
    ...(azar.probable(0.5) ? ['### DECLARACIONES', '', DECLARACION, ''] : []),
    '### CLÁUSULAS',
    '',
    clausulas.map((t, n) => `**${ORDINALES[n]}. ${t}`).join('\n\n'),
    '',
    `El presente convenio se firma por ${copias} en ${c.lugar}, el ${formatearFecha(c.firma)}.`,
    '',
  ].join('\n');
}

/** «la Secretaría de Salud del Estado de Tlaxcala, representada por …, en lo sucesivo «LA DEPENDENCIA EVALUADA»; …» */
function comparecientes(c: DatosCuerpo): string {
  const { g } = c;
  const enteDe = (id: string) => (g.coordinadora.id === id ? g.coordinadora : g.contraloria.id === id ? g.contraloria : g.tesoreria?.id === id ? g.tesoreria : c.sujeto);
  return c.partes
    .map((p) => {
      const nombre = enteDe(p.ente).datos.nombre;
      const representada = /^(Instituto|Sistema|Organismo)/.test(nombre) ? 'representado' : 'representada';
      return `${articulo(nombre)} ${nombre}, ${representada} por ${p.firmante.nombre}, ${p.firmante.cargo}, en lo sucesivo «${p.denominacion}»`;
    })
    .join('; ');
}

/** One of the government's opening paragraphs, naming the development plan of the administration in office. */
function elegirContexto(azar: Azar, c: DatosCuerpo): string {
  const { g } = c;
  const [ini, fin] = administracion(g.nivel, anioDe(c.firma));
  const plantilla = azar.elegir(g.nivel === 'municipal' ? CONTEXTOS_MUNICIPALES : CONTEXTOS_ESTATALES);
  return rellenar(plantilla, { lugar: g.lugar, entidad: g.estado.entidad, delEstado: g.estado.delEstado, ini: String(ini), fin: String(fin) });
}

/** The annual evaluation program (PAE) that ordered the evaluation. */
function antecedentePae(c: DatosCuerpo): string {
  const { pae, programa, sujeto, datos } = c;
  const { lineamientos, publicacion } = datos.fundamento;
  const ej = c.ejercicio === undefined ? '' : `, correspondiente al ejercicio fiscal ${c.ejercicio}`;
  return `En cumplimiento de los ${lineamientos}${publicacion ? `, publicados en el ${publicacion},` : ''} se emitió el Programa Anual de Evaluación ${pae} (PAE ${pae}), que estableció la ${c.evaluacion} al programa presupuestario ${programa.clave}.- ${programa.nombre}${ej}, a cargo de ${articulo(sujeto.datos.nombre)} ${sujeto.datos.nombre}.`;
}

function antecedenteLineamientos(c: DatosCuerpo): string {
  return `Conforme a la disposición ${c.datos.fundamento.disposicion} de dichos lineamientos, los sujetos evaluados deben atender los Aspectos Susceptibles de Mejora (ASM) derivados de las evaluaciones practicadas.`;
}

/** Object, commitments, compliance, extension, publicity and, half the time, validity; each starts with its bold title. */
function redactarClausulas(azar: Azar, c: DatosCuerpo): string[] {
  const { datos } = c;
  const suj = c.den.sujeto_evaluado!;
  const coord = c.den.coordinadora!;
  const tope = datos.fecha_limite_compromisos ? `, sin exceder el ${formatearFecha(datos.fecha_limite_compromisos)}` : '';
  const clausulas = [
    `Objeto.** Establecer los compromisos de «${suj}» para atender los Aspectos Susceptibles de Mejora derivados de la ${c.evaluacion} al programa presupuestario «${c.programa.nombre}».`,
    `De los Aspectos Susceptibles de Mejora.** «${suj}» se compromete a atender ${datos.compromisos.length} aspectos susceptibles de mejora, entre ellos: «${datos.compromisos[0]!.aspecto}» Las acciones y sus fechas de cumplimiento se detallan en el registro de compromisos${tope}.`,
    `Cumplimiento.** «${coord}» y «LA CONTRALORÍA» determinarán si las acciones realizadas cumplen de manera suficiente y clara con lo solicitado${datos.sede_sesiones ? `, en sesiones que se celebrarán en ${minusculaInicial(datos.sede_sesiones)}` : ''}.`,
    `Prórroga.** ${textoProrroga(datos.prorroga, suj, coord)}`,
    CLAUSULA_PUBLICIDAD,
  ];
  if (azar.probable(0.5)) clausulas.push(CLAUSULA_VIGENCIA);
  return clausulas;
}

function textoProrroga(pr: ConvenioDatos['prorroga'], suj: string, coord: string): string {
  if (!pr.permitida) return 'Las fechas comprometidas son improrrogables.';
  const ante = pr.ante ? `${articulo(pr.ante)} ${pr.ante}` : `«${coord}»`;
  const limite = pr.limite_dias_naturales ? `; la prórroga no excederá de ${pr.limite_dias_naturales} días naturales` : '';
  return `«${suj}» podrá solicitar una prórroga ante ${ante} cuando alguna acción no alcance su cumplimiento total en la fecha establecida${limite}.`;
}
