/** The Markdown body of a synthetic convenio: parties, background, clauses, signature. */
import type { Azar } from './azar.ts';
import { administracion } from './catalogo.ts';
import { formatearFecha } from '../../src/lib/fechas.ts';
import { anioDe } from './fechas.ts';
import { AVISO, COPIAS, ORDINALES } from './tablas-textos.ts';
import { articulo, minusculaInicial } from './texto.ts';
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

export function redactarCuerpo(azar: Azar, c: DatosCuerpo): string {
  const { g, sujeto, programa, pae, evaluacion, datos } = c;
  const municipal = g.nivel === 'municipal';
  const [ini, fin] = administracion(g.nivel, anioDe(c.firma));
  const pp = `${programa.clave}.- ${programa.nombre}`;
  const suj = c.den.sujeto_evaluado!;
  const coord = c.den.coordinadora!;
  const enteDe = (id: string) => c.g.coordinadora.id === id ? c.g.coordinadora : c.g.contraloria.id === id ? c.g.contraloria : c.g.tesoreria?.id === id ? c.g.tesoreria : sujeto;

  const comparecientes = c.partes
    .map((p) => {
      const nombre = enteDe(p.ente).datos.nombre;
      const representada = /^(Instituto|Sistema|Organismo)/.test(nombre) ? 'representado' : 'representada';
      return `${articulo(nombre)} ${nombre}, ${representada} por ${p.firmante.nombre}, ${p.firmante.cargo}, en lo sucesivo «${p.denominacion}»`;
    })
    .join('; ');

  const contexto = municipal
    ? azar.elegir([
        `El Gobierno Municipal de ${g.lugar}, ${g.estado.entidad}, tiene el objeto de consolidar una Administración Pública Municipal de Resultados, cuyas acciones puedan evaluarse en un entorno de transparencia, tal como lo dispone el Plan de Desarrollo Municipal ${ini}-${fin}.`,
        `El Ayuntamiento de ${g.lugar} impulsa una gestión orientada a resultados, que mide los logros y alcances de sus programas mediante procesos de evaluación sustentados en indicadores, conforme al Plan de Desarrollo Municipal ${ini}-${fin}.`,
      ])
    : azar.elegir([
        `El Gobierno ${g.estado.delEstado} fortalece el desempeño gubernamental en cumplimiento de lo que mandata el artículo 134 de la Constitución Política de los Estados Unidos Mexicanos, que precisa la evaluación del ejercicio de los recursos públicos mediante el Presupuesto basado en Resultados (PbR) y el Sistema de Evaluación del Desempeño (SED).`,
        `En congruencia con el Plan de Desarrollo ${g.estado.delEstado} ${ini}-${fin}, el Gobierno ${g.estado.delEstado} consolida la Gestión para Resultados, de manera que el monitoreo y la evaluación de los programas presupuestarios retroalimenten las decisiones de asignación del gasto.`,
      ]);
  const ej = c.ejercicio === undefined ? '' : `, correspondiente al ejercicio fiscal ${c.ejercicio}`;
  const paeTexto = `En cumplimiento de los ${datos.fundamento.lineamientos}${datos.fundamento.publicacion ? `, publicados en el ${datos.fundamento.publicacion},` : ''} se emitió el Programa Anual de Evaluación ${pae} (PAE ${pae}), que estableció la ${evaluacion} al programa presupuestario ${pp}${ej}, a cargo de ${articulo(sujeto.datos.nombre)} ${sujeto.datos.nombre}.`;
  const finalidad = `Conforme a la disposición ${datos.fundamento.disposicion} de dichos lineamientos, los sujetos evaluados deben atender los Aspectos Susceptibles de Mejora (ASM) derivados de las evaluaciones practicadas.`;

  const k = datos.compromisos.length;
  const primero = datos.compromisos[0]!;
  const tope = datos.fecha_limite_compromisos ? `, sin exceder el ${formatearFecha(datos.fecha_limite_compromisos)}` : '';
  const pr = datos.prorroga;
  const textoProrroga = !pr.permitida
    ? 'Las fechas comprometidas son improrrogables.'
    : `«${suj}» podrá solicitar una prórroga ante ${pr.ante ? `${articulo(pr.ante)} ${pr.ante}` : `«${coord}»`} cuando alguna acción no alcance su cumplimiento total en la fecha establecida${pr.limite_dias_naturales ? `; la prórroga no excederá de ${pr.limite_dias_naturales} días naturales` : ''}.`;

  const clausulas = [
    `Objeto.** Establecer los compromisos de «${suj}» para atender los Aspectos Susceptibles de Mejora derivados de la ${evaluacion} al programa presupuestario «${programa.nombre}».`,
    `De los Aspectos Susceptibles de Mejora.** «${suj}» se compromete a atender ${k} aspectos susceptibles de mejora, entre ellos: «${primero.aspecto}» Las acciones y sus fechas de cumplimiento se detallan en el registro de compromisos${tope}.`,
    `Cumplimiento.** «${coord}» y «LA CONTRALORÍA» determinarán si las acciones realizadas cumplen de manera suficiente y clara con lo solicitado${datos.sede_sesiones ? `, en sesiones que se celebrarán en ${minusculaInicial(datos.sede_sesiones)}` : ''}.`,
    `Prórroga.** ${textoProrroga}`,
    `Publicidad.** «LAS PARTES» reconocen que el presente instrumento es público.`,
  ];
  if (azar.probable(0.5)) clausulas.push('Vigencia.** El presente convenio surtirá efecto a partir del día de su firma y hasta su total cumplimiento.');

  const copias = COPIAS[c.partes.length] ?? `${c.partes.length} ejemplares`;
  return [
    `> **${AVISO}**`,
    '',
    '## CONVENIO PARA LA MEJORA DEL DESEMPEÑO Y RESULTADOS GUBERNAMENTALES',
    '',
    `Que celebran ${comparecientes}; a quienes se denominará en conjunto «LAS PARTES», al tenor de los antecedentes, declaraciones y cláusulas siguientes.`,
    '',
    '### ANTECEDENTES',
    '',
    ...(azar.probable(0.4) ? [contexto, ''] : []),
    paeTexto,
    '',
    ...(azar.probable(0.5) ? [finalidad, ''] : []),
    ...(azar.probable(0.5)
      ? [
          '### DECLARACIONES',
          '',
          '«LAS PARTES» declaran que cuentan con las facultades para celebrar el presente convenio y se reconocen mutuamente la capacidad y el carácter con que comparecen.',
          '',
        ]
      : []),
    '### CLÁUSULAS',
    '',
    clausulas.map((t, n) => `**${ORDINALES[n]}. ${t}`).join('\n\n'),
    '',
    `El presente convenio se firma por ${copias} en ${c.lugar}, el ${formatearFecha(c.firma)}.`,
    '',
  ].join('\n');
}
