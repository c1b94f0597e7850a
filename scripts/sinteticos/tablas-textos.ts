/**
 * Word lists and templates of the synthetic convenios: evaluation types, improvement themes
 * (aspects, actions, evidence), notes, the parties' obligations. No logic here; "{programa}",
 * "{evaluacion}" and "{coordinadora}" are filled in by rellenar().
 */

/** Heads every synthetic file (YAML comment, blockquote in the body). */
export const AVISO = 'Datos sintéticos para pruebas; no son reales.';

export const EVALUACIONES = [
  'Evaluación de Diseño Programático',
  'Evaluación de Consistencia y Resultados',
  'Evaluación Específica de Desempeño',
  'Evaluación de Procesos',
];

export interface Tema {
  aspectos: string[];
  acciones: string[];
  evidencias: string[];
}

export const TEMAS: Tema[] = [
  {
    aspectos: [
      'La Matriz de Indicadores para Resultados (MIR) del Pp presenta deficiencias en su lógica vertical y horizontal.',
      'Los resúmenes narrativos de la MIR no se ajustan a la sintaxis que establece la Metodología de Marco Lógico (MML).',
    ],
    acciones: [
      'Rediseñar la MIR del Pp «{programa}» a fin de cumplir con la lógica vertical y horizontal, en estricto apego a la Metodología de Marco Lógico.',
      'Adecuar los objetivos y resúmenes narrativos de cada nivel de la MIR conforme al Manual para la Formulación del Anteproyecto de Presupuesto de Egresos.',
    ],
    evidencias: ['Matriz de Indicadores para Resultados actualizada', 'Formato PbRM-01d con la MIR rediseñada'],
  },
  {
    aspectos: [
      'El programa no cuenta con una metodología que establezca la definición y cuantificación de su población potencial, objetivo y atendida.',
      'La población objetivo del programa no está cuantificada ni se distingue de la población potencial.',
    ],
    acciones: [
      'Elaborar una metodología para la definición y cuantificación de la población potencial, objetivo y atendida del Pp, con sus unidades de medida y fuentes de información.',
      'Realizar el análisis de poblaciones (de referencia, potencial, objetivo, atendida y postergada) y documentarlo en el diagnóstico del programa.',
    ],
    evidencias: ['Metodología de cuantificación de poblaciones', 'Nota técnica de población objetivo'],
  },
  {
    aspectos: [
      'Los indicadores de nivel Componente y Actividad cumplen de manera parcial con los criterios CREMA (claro, relevante, económico, monitoreable y adecuado).',
      'Las fichas técnicas de los indicadores no precisan el método de cálculo ni la frecuencia de medición.',
    ],
    acciones: [
      'Revisar y adecuar las fichas técnicas de los indicadores de la MIR para que cumplan con los criterios CREMA.',
      'Actualizar el método de cálculo, la frecuencia de medición y los medios de verificación de cada indicador.',
    ],
    evidencias: ['Fichas técnicas de indicadores', 'Formato PbRM-01e de indicadores'],
  },
  {
    aspectos: [
      'El programa carece de reglas de operación o lineamientos publicados que normen la entrega de los apoyos.',
      'Las reglas de operación vigentes no describen los criterios de elegibilidad ni el procedimiento de selección de beneficiarios.',
    ],
    acciones: [
      'Elaborar y publicar las reglas de operación del programa, con criterios de elegibilidad y procedimiento de selección.',
      'Actualizar los lineamientos de operación del Pp y publicarlos en el periódico oficial.',
    ],
    evidencias: ['Reglas de operación publicadas', 'Publicación en el periódico oficial'],
  },
  {
    aspectos: [
      'El diagnóstico del programa no identifica con claridad el problema central ni sus causas y efectos.',
      'El árbol de problemas no guarda relación con los objetivos establecidos en la MIR.',
    ],
    acciones: [
      'Actualizar el diagnóstico del Pp, con el árbol de problemas y el árbol de objetivos, conforme a la Metodología de Marco Lógico.',
      'Elaborar un diagnóstico que identifique el problema central, sus causas, efectos y la evolución de la población afectada.',
    ],
    evidencias: ['Diagnóstico del programa actualizado', 'Árbol de problemas y de objetivos'],
  },
  {
    aspectos: [
      'No existe un padrón único de beneficiarios que permita conocer quién recibe los apoyos del programa.',
      'El padrón de beneficiarios no se actualiza periódicamente ni está sistematizado.',
    ],
    acciones: [
      'Integrar y publicar un padrón único de beneficiarios, con criterios de protección de datos personales.',
      'Sistematizar el padrón de beneficiarios y establecer su actualización trimestral.',
    ],
    evidencias: ['Padrón de beneficiarios publicado', 'Procedimiento de actualización del padrón'],
  },
  {
    aspectos: [
      'Las metas anuales de los indicadores de gestión se programaron por debajo de la capacidad operativa de la unidad ejecutora.',
      'La calendarización de metas en los formatos PbRM-08b y PbRM-08c presenta incumplimientos y sobrecumplimientos recurrentes.',
    ],
    acciones: [
      'Reprogramar las metas en los formatos PbRM-08b y PbRM-08c con base en un análisis de la capacidad operativa.',
      'Revisar la calendarización programática de las metas anuales y documentar sus supuestos.',
    ],
    evidencias: ['Formatos PbRM-08b y PbRM-08c', 'Programa anual de metas'],
  },
  {
    aspectos: [
      'No se documenta la alineación del programa con las metas de los Objetivos de Desarrollo Sostenible (ODS).',
      'La alineación del Pp con el plan de desarrollo vigente es incompleta.',
    ],
    acciones: [
      'Incorporar la alineación con los Objetivos de Desarrollo Sostenible en la planeación estratégica del formato PbRM-01b.',
      'Documentar la contribución del Pp a los objetivos del plan de desarrollo vigente.',
    ],
    evidencias: ['Formato PbRM-01b con alineación a los ODS', 'Cédula de alineación al plan de desarrollo'],
  },
  {
    aspectos: [
      'Los procesos de operación del programa no están documentados en un manual de procedimientos actualizado.',
      'No se identifican los tiempos ni los responsables de cada etapa del proceso de entrega de apoyos.',
    ],
    acciones: [
      'Actualizar y autorizar el manual de procedimientos de la unidad responsable del programa.',
      'Elaborar los diagramas de flujo de los procesos sustantivos del Pp, con tiempos y responsables.',
    ],
    evidencias: ['Manual de procedimientos autorizado', 'Diagramas de flujo de procesos'],
  },
  {
    aspectos: [
      'El programa no mide la satisfacción de la población atendida.',
      'No se cuenta con instrumentos para conocer la percepción de las personas beneficiarias.',
    ],
    acciones: [
      'Diseñar y aplicar una encuesta de satisfacción a la población atendida y publicar sus resultados.',
      'Elaborar un instrumento de medición de la percepción de las personas beneficiarias y aplicarlo anualmente.',
    ],
    evidencias: ['Resultados de la encuesta de satisfacción', 'Instrumento de medición aplicado'],
  },
  {
    aspectos: [
      'No fue posible vincular el presupuesto ejercido con los componentes del programa.',
      'La información presupuestal del Pp no permite identificar el costo de cada bien o servicio entregado.',
    ],
    acciones: [
      'Desagregar el gasto por componente en el formato PbRM-01a de dimensión administrativa del gasto.',
      'Elaborar un análisis del costo unitario de los bienes y servicios que entrega el programa.',
    ],
    evidencias: ['Formato PbRM-01a desagregado', 'Análisis de costos unitarios'],
  },
  {
    aspectos: [
      'Los resultados de la evaluación no se publicaron en el portal de transparencia.',
      'La información del programa publicada en el portal de internet está incompleta o desactualizada.',
    ],
    acciones: [
      'Publicar el informe final de la evaluación y el presente convenio en el portal de transparencia.',
      'Actualizar la información del programa en el portal de internet y en la plataforma de transparencia.',
    ],
    evidencias: ['Captura del portal de transparencia', 'Acuse de publicación'],
  },
  {
    aspectos: [
      'No se identifican complementariedades ni coincidencias con otros programas federales o estatales.',
      'El programa no documenta su coordinación con otras instancias que atienden a la misma población.',
    ],
    acciones: [
      'Elaborar un análisis de complementariedades y coincidencias con otros programas de los tres órdenes de gobierno.',
      'Establecer mecanismos de coordinación con las instancias que atienden a la misma población objetivo.',
    ],
    evidencias: ['Análisis de complementariedades', 'Minuta de coordinación interinstitucional'],
  },
  {
    aspectos: [
      'El programa no cuenta con una estrategia de cobertura de mediano plazo.',
      'No se define una meta de cobertura de la población objetivo.',
    ],
    acciones: [
      'Desarrollar una estrategia de difusión y cobertura para ampliar el alcance del Pp a un mayor número de beneficiarios.',
      'Definir metas de cobertura anuales y de mediano plazo para la población objetivo.',
    ],
    evidencias: ['Estrategia de cobertura', 'Programa de difusión'],
  },
  {
    aspectos: [
      'La línea base de los indicadores coincide con la meta anual programada, lo que impide medir el avance.',
      'Los indicadores no cuentan con línea base ni con valores de referencia.',
    ],
    acciones: [
      'Revisar la definición de la línea base de los indicadores y registrarla en las fichas técnicas.',
      'Establecer líneas base y valores de referencia para cada indicador de la MIR.',
    ],
    evidencias: ['Fichas técnicas con línea base', 'Memoria de cálculo de la línea base'],
  },
  {
    aspectos: [
      'La información del avance de indicadores presenta inconsistencias entre los reportes trimestrales.',
      'No existe un procedimiento para validar la calidad de la información que se reporta.',
    ],
    acciones: [
      'Establecer un procedimiento de validación de la información de avance de indicadores antes de cada reporte trimestral.',
      'Verificar la calidad y veracidad de la información reportada e integrar sus medios de verificación.',
    ],
    evidencias: ['Procedimiento de validación de información', 'Reporte trimestral de avance'],
  },
];

export const PREFIJOS_ASPECTO = [
  'Derivado de la {evaluacion} realizada al Pp «{programa}», se observa que ',
  'Del informe final de la evaluación se desprende que ',
  'Se identificó que ',
];

export const SUFIJOS_ACCION = [
  '',
  '',
  ' Los resultados se presentarán a «{coordinadora}» en la sesión de seguimiento.',
  ' Para ello se trabajará con la Unidad de Información, Planeación, Programación y Evaluación.',
];

export const HALLAZGOS = [
  'De acuerdo con la información presentada en el formato PbRM-01a, la unidad ejecutora designó al programa un presupuesto que no se acompaña de documentos que avalen el ejercicio del gasto.',
  'Realizar el análisis de poblaciones (de referencia, potencial, objetivo, atendida y postergada), diferenciando sus características con relación a la problemática identificada.',
  'Revisar la definición del parámetro utilizado como línea base en la ficha de diseño de los indicadores, pues coincide con la meta anual programada.',
  'Se recomienda elevar la programación de las metas anuales de los indicadores de gestión en función de un diagnóstico de necesidades.',
  'Verificar la calidad y veracidad de la información reportada en el avance de indicadores, que presentó inconsistencias.',
  'El programa no presentó evidencia documental de los mecanismos de seguimiento a la población atendida.',
  'Las actividades programadas no reflejan todas las atribuciones que la normatividad confiere a la unidad ejecutora.',
];

export const NOTAS_PROCESO = [
  'Avance presentado en la sesión de seguimiento.',
  'Avance reportado en el informe trimestral.',
  'La unidad responsable informa que la acción continúa en desarrollo.',
  'Se entregó un borrador para revisión de la instancia coordinadora.',
];

export const NOTAS_ATENDIDO = [
  'Se presentó la evidencia en la sesión de cumplimiento.',
  'La contraloría verificó la publicación de la evidencia.',
  'La instancia coordinadora revisó la evidencia y la consideró suficiente.',
];

export const OBLIGACIONES: Record<'coordinadora' | 'control_interno' | 'tesoreria' | 'sujeto_evaluado', string[]> = {
  coordinadora: [
    'Promover la integración de la evaluación y de sus resultados al Sistema Integral de Evaluación del Desempeño.',
    'Vigilar que los Aspectos Susceptibles de Mejora se articulen a la planeación y al proceso presupuestario subsecuente.',
    'Dar seguimiento al cumplimiento de los Aspectos Susceptibles de Mejora conforme a los plazos establecidos.',
    'Verificar la calidad del cumplimiento de los Aspectos Susceptibles de Mejora.',
    'Convocar y acudir a las sesiones en las que se mostrarán los documentos que acrediten el cumplimiento.',
    'Dictaminar la procedencia del cumplimiento de los Aspectos Susceptibles de Mejora.',
  ],
  control_interno: [
    'Supervisar el cumplimiento de los Aspectos Susceptibles de Mejora emitidos con motivo de la evaluación.',
    'Acudir a las sesiones en las que se presentarán los documentos que acrediten el cumplimiento.',
    'Verificar la publicación y veracidad de la información.',
    'Vigilar el cumplimiento de las disposiciones aplicables.',
    'Iniciar, en su caso, el procedimiento de responsabilidad administrativa por incumplimiento del presente convenio.',
  ],
  tesoreria: [
    'Supervisar que los recursos destinados al programa correspondan a lo ejercido.',
    'Acudir a las sesiones en las que se mostrarán los documentos que acrediten el cumplimiento.',
    'Verificar que la presupuestación del programa atienda las recomendaciones de la evaluación.',
  ],
  sujeto_evaluado: [
    'Publicar los resultados de la evaluación en su página de internet.',
    'Determinar fechas compromiso para el cumplimiento de los Aspectos Susceptibles de Mejora.',
    'Dar seguimiento en tiempo y forma a los Aspectos Susceptibles de Mejora.',
    'Acudir a las sesiones para presentar los documentos que acrediten el cumplimiento.',
    'Atender los Aspectos Susceptibles de Mejora en los plazos establecidos.',
    'Enviar a la instancia coordinadora y a la contraloría los documentos finales con los que se da cumplimiento.',
  ],
};

export const LETRAS = 'abcdefghijklmnopqrstuvwxyz';

export const COPIAS: Record<number, string> = { 2: 'duplicado', 3: 'triplicado', 4: 'cuadruplicado', 5: 'quintuplicado' };
export const ORDINALES = ['PRIMERA', 'SEGUNDA', 'TERCERA', 'CUARTA', 'QUINTA', 'SEXTA', 'SÉPTIMA', 'OCTAVA', 'NOVENA', 'DÉCIMA'];

/** Opening background of a municipal convenio; {lugar}, {entidad}, {ini}-{fin}: the administration's years. */
export const CONTEXTOS_MUNICIPALES = [
  'El Gobierno Municipal de {lugar}, {entidad}, tiene el objeto de consolidar una Administración Pública Municipal de Resultados, cuyas acciones puedan evaluarse en un entorno de transparencia, tal como lo dispone el Plan de Desarrollo Municipal {ini}-{fin}.',
  'El Ayuntamiento de {lugar} impulsa una gestión orientada a resultados, que mide los logros y alcances de sus programas mediante procesos de evaluación sustentados en indicadores, conforme al Plan de Desarrollo Municipal {ini}-{fin}.',
];

/** Opening background of a state convenio; {delEstado}: «del Estado de Tlaxcala». */
export const CONTEXTOS_ESTATALES = [
  'El Gobierno {delEstado} fortalece el desempeño gubernamental en cumplimiento de lo que mandata el artículo 134 de la Constitución Política de los Estados Unidos Mexicanos, que precisa la evaluación del ejercicio de los recursos públicos mediante el Presupuesto basado en Resultados (PbR) y el Sistema de Evaluación del Desempeño (SED).',
  'En congruencia con el Plan de Desarrollo {delEstado} {ini}-{fin}, el Gobierno {delEstado} consolida la Gestión para Resultados, de manera que el monitoreo y la evaluación de los programas presupuestarios retroalimenten las decisiones de asignación del gasto.',
];

export const DECLARACION =
  '«LAS PARTES» declaran que cuentan con las facultades para celebrar el presente convenio y se reconocen mutuamente la capacidad y el carácter con que comparecen.';

export const CLAUSULA_PUBLICIDAD = 'Publicidad.** «LAS PARTES» reconocen que el presente instrumento es público.';

export const CLAUSULA_VIGENCIA = 'Vigencia.** El presente convenio surtirá efecto a partir del día de su firma y hasta su total cumplimiento.';
