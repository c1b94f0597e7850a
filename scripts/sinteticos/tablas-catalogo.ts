/**
 * Data tables of the synthetic catalogue: states and municipalities, their programmatic structures,
 * the kinds of public bodies that sign convenios, and the names people are drawn from. No logic here.
 */

export interface EstadoDef {
  corto: string;
  entidad: string;
  /** «del Estado de Tlaxcala» */
  delEstado: string;
  capital: string;
  periodico: string;
  municipios: string[];
}

/**
 * No state of content/ (the real convenios are from the Estado de México): a site that mixes generated and real
 * files, as the benchmark of search relevance does, must not hold two bodies or governments with one real name.
 */
export const ESTADOS: EstadoDef[] = [
  {
    corto: 'tlax',
    entidad: 'Tlaxcala',
    delEstado: 'del Estado de Tlaxcala',
    capital: 'Tlaxcala de Xicohténcatl',
    periodico: 'Periódico Oficial del Gobierno del Estado de Tlaxcala',
    municipios: ['Tlaxcala', 'Apizaco', 'Huamantla', 'Chiautempan'],
  },
  {
    corto: 'hgo',
    entidad: 'Hidalgo',
    delEstado: 'del Estado de Hidalgo',
    capital: 'Pachuca de Soto',
    periodico: 'Periódico Oficial del Estado de Hidalgo',
    municipios: ['Pachuca de Soto', 'Tulancingo de Bravo', 'Mineral de la Reforma', 'Tula de Allende'],
  },
  {
    corto: 'pue',
    entidad: 'Puebla',
    delEstado: 'del Estado de Puebla',
    capital: 'Puebla de Zaragoza',
    periodico: 'Periódico Oficial del Estado de Puebla',
    municipios: ['Puebla', 'San Andrés Cholula', 'Tehuacán', 'Atlixco'],
  },
];

/** Programs of each state's municipal programmatic structure, shared by all its municipalities. */
export const PROGRAMAS_MUNICIPALES: Record<string, string> = {
  '01020401': 'Derechos humanos',
  '01030801': 'Política territorial',
  '01070101': 'Seguridad pública',
  '01070201': 'Protección civil',
  '02010101': 'Gestión integral de residuos sólidos',
  '02010301': 'Manejo de aguas residuales, drenaje y alcantarillado',
  '02020101': 'Desarrollo urbano',
  '02020201': 'Desarrollo comunitario',
  '02020301': 'Manejo eficiente y sustentable del agua',
  '02020401': 'Alumbrado público',
  '02030101': 'Prevención médica para la comunidad',
  '02030201': 'Atención médica',
  '02040101': 'Cultura física y deporte',
  '02040201': 'Cultura y arte',
  '02050101': 'Educación básica',
  '02060501': 'Alimentación y nutrición familiar',
  '02060801': 'Protección a la población infantil y adolescente',
  '02060802': 'Atención a personas con discapacidad',
  '02060803': 'Apoyo a los adultos mayores',
  '02060804': 'Desarrollo integral de la familia',
  '02060805': 'Igualdad de trato y oportunidades para la mujer y el hombre',
  '02060806': 'Oportunidades para los jóvenes',
  '03010201': 'Empleo',
  '03020101': 'Desarrollo agrícola',
  '03070101': 'Fomento turístico',
};

/** Programs of each state government's own programmatic structure. */
export const PROGRAMAS_ESTATALES: Record<string, string> = {
  '01070101': 'Seguridad pública',
  '01070401': 'Coordinación intergubernamental para la seguridad pública',
  '02010301': 'Manejo de aguas residuales, drenaje y alcantarillado',
  '02020201': 'Desarrollo comunitario',
  '02020301': 'Manejo eficiente y sustentable del agua',
  '02030101': 'Prevención médica para la comunidad',
  '02030201': 'Atención médica',
  '02030301': 'Salud para la mujer',
  '02050101': 'Educación básica',
  '02050201': 'Educación media superior',
  '02050301': 'Educación superior',
  '02060501': 'Alimentación y nutrición familiar',
  '02060701': 'Prestaciones obligatorias',
  '02060702': 'Prestaciones potestativas',
  '02060801': 'Protección a la población infantil y adolescente',
  '02060802': 'Atención a personas con discapacidad',
  '02060803': 'Apoyo a los adultos mayores',
  '02060805': 'Igualdad de trato y oportunidades para la mujer y el hombre',
  '02060806': 'Oportunidades para los jóvenes',
  '03010201': 'Empleo',
  '03020101': 'Desarrollo agrícola',
  '03020301': 'Fomento pecuario',
  '03040201': 'Modernización industrial',
};

export type Genero = 0 | 1; // 0 masculino, 1 femenino
/** A post's title: [for a man, for a woman], indexed by Genero. */
export type Cargo = readonly [string, string];

/** A kind of public body; every government of the right level may have one. */
export interface TipoEnte {
  /** Its file name starts with this; the government's short name follows. */
  clave: string;
  /** Its name, given the municipality or «del Estado de …». */
  nombre: (lugar: string) => string;
  siglas?: string;
  naturaleza: string;
  titular: Cargo;
  responsable: Cargo;
  /** Probability that the titular is a woman. */
  pMujer: number;
  /** Keys of the programs it may be evaluated on (PROGRAMAS_MUNICIPALES or PROGRAMAS_ESTATALES). */
  programas: string[];
}

const DEP_MUN = 'Dependencia de la Administración Pública Municipal Centralizada';
const OPD_MUN = 'Organismo Público Descentralizado de la Administración Pública Municipal, con personalidad jurídica y patrimonio propios';
const DEP_EST = 'Dependencia de la Administración Pública Estatal Centralizada';
const OPD_EST = 'Organismo Público Descentralizado con personalidad jurídica y patrimonio propios';

const ENLACE: Cargo = ['Enlace de Planeación y Evaluación', 'Enlace de Planeación y Evaluación'];
const UIPPE_RESP: Cargo = [
  'Jefe de la Unidad de Información, Planeación, Programación y Evaluación',
  'Jefa de la Unidad de Información, Planeación, Programación y Evaluación',
];

/** Municipal coordinator of evaluations: one of these per municipality. */
export const MUN_COORD: TipoEnte[] = [
  {
    clave: 'implan',
    nombre: (m) => `Instituto Municipal de Planeación de ${m}`,
    siglas: 'IMPLAN',
    naturaleza: 'Órgano Desconcentrado de la Administración Pública Municipal',
    titular: ['Director General del Instituto Municipal de Planeación', 'Directora General del Instituto Municipal de Planeación'],
    responsable: ['Jefe del Departamento de Evaluación', 'Jefa del Departamento de Evaluación'],
    pMujer: 0.45,
    programas: [],
  },
  {
    clave: 'uippe',
    nombre: (m) => `Unidad de Información, Planeación, Programación y Evaluación de ${m}`,
    siglas: 'UIPPE',
    naturaleza: 'Unidad administrativa adscrita a la Presidencia Municipal',
    titular: ['Titular de la Unidad de Información, Planeación, Programación y Evaluación', 'Titular de la Unidad de Información, Planeación, Programación y Evaluación'],
    responsable: ['Coordinador de Evaluación del Desempeño', 'Coordinadora de Evaluación del Desempeño'],
    pMujer: 0.5,
    programas: [],
  },
];

export const MUN_TESORERIA: TipoEnte = {
  clave: 'tesoreria',
  nombre: (m) => `Tesorería Municipal de ${m}`,
  naturaleza: DEP_MUN,
  titular: ['Tesorero Municipal', 'Tesorera Municipal'],
  responsable: ['Director de Egresos', 'Directora de Egresos'],
  pMujer: 0.35,
  programas: [],
};

export const MUN_CONTRALORIA: TipoEnte = {
  clave: 'contraloria',
  nombre: (m) => `Contraloría Municipal de ${m}`,
  naturaleza: DEP_MUN,
  titular: ['Contralor Municipal', 'Contralora Municipal'],
  responsable: ['Jefe del Departamento de Control y Evaluación', 'Jefa del Departamento de Control y Evaluación'],
  pMujer: 0.45,
  programas: [],
};

/** Municipal bodies that may be evaluated: each municipality has 3 to 5 of them. */
export const MUN_EVALUADOS: TipoEnte[] = [
  {
    clave: 'dif',
    nombre: (m) => `Sistema Municipal para el Desarrollo Integral de la Familia de ${m}`,
    siglas: 'SMDIF',
    naturaleza: OPD_MUN,
    titular: ['Director General del Sistema Municipal DIF', 'Directora General del Sistema Municipal DIF'],
    responsable: ENLACE,
    pMujer: 0.7,
    programas: ['02060501', '02060801', '02060802', '02060803', '02060804'],
  },
  {
    clave: 'instituto-municipal-de-la-mujer',
    nombre: (m) => `Instituto Municipal de la Mujer de ${m}`,
    siglas: 'IMM',
    naturaleza: OPD_MUN,
    titular: ['Director del Instituto Municipal de la Mujer', 'Directora del Instituto Municipal de la Mujer'],
    responsable: ENLACE,
    pMujer: 0.95,
    programas: ['02060805'],
  },
  {
    clave: 'defensoria-de-derechos-humanos',
    nombre: (m) => `Defensoría Municipal de Derechos Humanos de ${m}`,
    naturaleza: 'Órgano autónomo municipal',
    titular: ['Defensor Municipal de Derechos Humanos', 'Defensora Municipal de Derechos Humanos'],
    responsable: ENLACE,
    pMujer: 0.5,
    programas: ['01020401'],
  },
  {
    clave: 'seguridad-publica',
    nombre: (m) => `Dirección de Seguridad Pública y Tránsito de ${m}`,
    naturaleza: DEP_MUN,
    titular: ['Director de Seguridad Pública y Tránsito', 'Directora de Seguridad Pública y Tránsito'],
    responsable: ENLACE,
    pMujer: 0.2,
    programas: ['01070101', '01070201'],
  },
  {
    clave: 'imcufide',
    nombre: (m) => `Instituto Municipal de Cultura Física y Deporte de ${m}`,
    siglas: 'IMCUFIDE',
    naturaleza: OPD_MUN,
    titular: ['Director General del Instituto Municipal de Cultura Física y Deporte', 'Directora General del Instituto Municipal de Cultura Física y Deporte'],
    responsable: ENLACE,
    pMujer: 0.3,
    programas: ['02040101'],
  },
  {
    clave: 'servicios-publicos',
    nombre: (m) => `Dirección de Servicios Públicos de ${m}`,
    naturaleza: DEP_MUN,
    titular: ['Director de Servicios Públicos', 'Directora de Servicios Públicos'],
    responsable: ENLACE,
    pMujer: 0.3,
    programas: ['02010101', '02020401'],
  },
  {
    clave: 'organismo-de-agua',
    nombre: (m) => `Organismo de Agua Potable, Alcantarillado y Saneamiento de ${m}`,
    siglas: 'ODAPAS',
    naturaleza: OPD_MUN,
    titular: ['Director General del Organismo de Agua Potable', 'Directora General del Organismo de Agua Potable'],
    responsable: ENLACE,
    pMujer: 0.25,
    programas: ['02020301', '02010301'],
  },
  {
    clave: 'desarrollo-economico',
    nombre: (m) => `Dirección de Desarrollo Económico de ${m}`,
    naturaleza: DEP_MUN,
    titular: ['Director de Desarrollo Económico', 'Directora de Desarrollo Económico'],
    responsable: ENLACE,
    pMujer: 0.4,
    programas: ['03010201', '03020101', '03070101'],
  },
  {
    clave: 'desarrollo-social',
    nombre: (m) => `Dirección de Desarrollo Social de ${m}`,
    naturaleza: DEP_MUN,
    titular: ['Director de Desarrollo Social', 'Directora de Desarrollo Social'],
    responsable: ENLACE,
    pMujer: 0.55,
    programas: ['02020201', '02060806'],
  },
  {
    clave: 'salud',
    nombre: (m) => `Dirección de Salud de ${m}`,
    naturaleza: DEP_MUN,
    titular: ['Director de Salud', 'Directora de Salud'],
    responsable: ENLACE,
    pMujer: 0.55,
    programas: ['02030101', '02030201'],
  },
  {
    clave: 'educacion-y-cultura',
    nombre: (m) => `Dirección de Educación y Cultura de ${m}`,
    naturaleza: DEP_MUN,
    titular: ['Director de Educación y Cultura', 'Directora de Educación y Cultura'],
    responsable: ENLACE,
    pMujer: 0.55,
    programas: ['02040201', '02050101'],
  },
  {
    clave: 'desarrollo-urbano',
    nombre: (m) => `Dirección de Desarrollo Urbano y Obras Públicas de ${m}`,
    naturaleza: DEP_MUN,
    titular: ['Director de Desarrollo Urbano y Obras Públicas', 'Directora de Desarrollo Urbano y Obras Públicas'],
    responsable: ENLACE,
    pMujer: 0.3,
    programas: ['02020101', '01030801'],
  },
];

/** State coordinator of evaluations. */
export const EST_COORD: TipoEnte = {
  clave: 'secretaria-de-finanzas',
  nombre: (e) => `Secretaría de Finanzas ${e}`,
  naturaleza: DEP_EST,
  titular: ['Subsecretario de Planeación y Presupuesto', 'Subsecretaria de Planeación y Presupuesto'],
  responsable: ['Director General de Evaluación del Desempeño Institucional', 'Directora General de Evaluación del Desempeño Institucional'],
  pMujer: 0.35,
  programas: [],
};

export const EST_CONTRALORIA: TipoEnte = {
  clave: 'secretaria-de-la-contraloria',
  nombre: (e) => `Secretaría de la Contraloría ${e}`,
  naturaleza: DEP_EST,
  titular: ['Subsecretario de Control y Evaluación', 'Subsecretaria de Control y Evaluación'],
  responsable: ['Titular del Órgano Interno de Control', 'Titular del Órgano Interno de Control'],
  pMujer: 0.4,
  programas: [],
};

/** State bodies that may be evaluated: each state government has 4 to 6 of them. */
export const EST_EVALUADOS: TipoEnte[] = [
  {
    clave: 'secretaria-de-salud',
    nombre: (e) => `Secretaría de Salud ${e}`,
    naturaleza: DEP_EST,
    titular: ['Secretario de Salud', 'Secretaria de Salud'],
    responsable: UIPPE_RESP,
    pMujer: 0.35,
    programas: ['02030101', '02030201', '02030301'],
  },
  {
    clave: 'secretaria-de-educacion',
    nombre: (e) => `Secretaría de Educación ${e}`,
    naturaleza: DEP_EST,
    titular: ['Secretario de Educación', 'Secretaria de Educación'],
    responsable: UIPPE_RESP,
    pMujer: 0.4,
    programas: ['02050101', '02050201', '02050301'],
  },
  {
    clave: 'instituto-de-seguridad-social',
    nombre: (e) => `Instituto de Seguridad Social ${e} y Municipios`,
    naturaleza: OPD_EST,
    titular: ['Director General del Instituto de Seguridad Social', 'Directora General del Instituto de Seguridad Social'],
    responsable: UIPPE_RESP,
    pMujer: 0.45,
    programas: ['02060701', '02060702'],
  },
  {
    clave: 'dif-estatal',
    nombre: (e) => `Sistema para el Desarrollo Integral de la Familia ${e}`,
    naturaleza: OPD_EST,
    titular: ['Director General del Sistema DIF estatal', 'Directora General del Sistema DIF estatal'],
    responsable: UIPPE_RESP,
    pMujer: 0.75,
    programas: ['02060501', '02060801', '02060802', '02060803'],
  },
  {
    clave: 'secretaria-de-las-mujeres',
    nombre: (e) => `Secretaría de las Mujeres ${e}`,
    naturaleza: DEP_EST,
    titular: ['Secretario de las Mujeres', 'Secretaria de las Mujeres'],
    responsable: UIPPE_RESP,
    pMujer: 0.97,
    programas: ['02060805'],
  },
  {
    clave: 'secretaria-de-desarrollo-economico',
    nombre: (e) => `Secretaría de Desarrollo Económico ${e}`,
    naturaleza: DEP_EST,
    titular: ['Secretario de Desarrollo Económico', 'Secretaria de Desarrollo Económico'],
    responsable: UIPPE_RESP,
    pMujer: 0.3,
    programas: ['03010201', '03040201'],
  },
  {
    clave: 'secretaria-de-seguridad',
    nombre: (e) => `Secretaría de Seguridad ${e}`,
    naturaleza: DEP_EST,
    titular: ['Secretario de Seguridad', 'Secretaria de Seguridad'],
    responsable: UIPPE_RESP,
    pMujer: 0.15,
    programas: ['01070101', '01070401'],
  },
  {
    clave: 'comision-del-agua',
    nombre: (e) => `Comisión del Agua ${e}`,
    naturaleza: OPD_EST,
    titular: ['Vocal Ejecutivo de la Comisión del Agua', 'Vocal Ejecutiva de la Comisión del Agua'],
    responsable: UIPPE_RESP,
    pMujer: 0.25,
    programas: ['02020301', '02010301'],
  },
  {
    clave: 'secretaria-del-campo',
    nombre: (e) => `Secretaría del Campo ${e}`,
    naturaleza: DEP_EST,
    titular: ['Secretario del Campo', 'Secretaria del Campo'],
    responsable: UIPPE_RESP,
    pMujer: 0.3,
    programas: ['03020101', '03020301'],
  },
  {
    clave: 'secretaria-de-bienestar',
    nombre: (e) => `Secretaría de Bienestar ${e}`,
    naturaleza: DEP_EST,
    titular: ['Secretario de Bienestar', 'Secretaria de Bienestar'],
    responsable: UIPPE_RESP,
    pMujer: 0.5,
    programas: ['02020201', '02060803', '02060806'],
  },
];

/** Given names, [men, women], indexed by Genero. */
export const NOMBRES: readonly [readonly string[], readonly string[]] = [
  ['José Luis', 'Juan Carlos', 'Miguel Ángel', 'Roberto', 'Alejandro', 'Francisco', 'Jorge', 'Ricardo', 'Fernando', 'Arturo', 'Eduardo', 'Javier', 'Héctor', 'Sergio', 'Raúl', 'Gerardo', 'Enrique', 'Óscar', 'Víctor Manuel', 'Luis Alberto', 'Gonzalo', 'Alfredo', 'Mario', 'Rafael', 'Hugo', 'Abraham', 'Ernesto', 'Rodrigo', 'Jesús', 'Pablo'],
  ['María Guadalupe', 'Ana Laura', 'Leticia', 'Patricia', 'Verónica', 'Claudia', 'Gabriela', 'Adriana', 'Rocío', 'Alejandra', 'Norma Angélica', 'Silvia', 'Laura Elena', 'Mónica', 'Elizabeth', 'Brenda', 'Karla', 'Diana', 'Yolanda', 'Martha', 'Bertha Alicia', 'Sandra', 'Lorena', 'Erika', 'Teresa', 'Araceli', 'Fabiola', 'Itzel', 'Mariana', 'Nayeli'],
];

export const APELLIDOS = [
  'Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Gómez', 'Morales', 'Vázquez', 'Reyes', 'Jiménez', 'Torres', 'Díaz', 'Gutiérrez', 'Ruiz', 'Mendoza', 'Aguilar', 'Ortiz', 'Moreno', 'Castillo', 'Romero', 'Álvarez', 'Méndez', 'Chávez', 'Rivera', 'Juárez', 'Ramos', 'Domínguez', 'Herrera', 'Medina', 'Castro', 'Vargas', 'Guzmán', 'Velázquez', 'Salazar', 'Contreras', 'Estrada', 'Arreola', 'Santana', 'Obregón', 'Zárate', 'Badillo', 'Villaseñor', 'Orozco', 'Bautista',
];
