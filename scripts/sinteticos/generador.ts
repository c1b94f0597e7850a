/**
 * Synthetic convenios for tests and benchmarks: never real content.
 *
 * Pure and deterministic: no file system, no clock, no Math.random. The same
 * { n, semilla, corte } always gives byte-identical files. Each convenio draws from its own
 * random stream (seed + index), so the first 1000 convenios of n=10000 equal those of n=1000.
 */
import type { z } from 'astro/zod';
import type { convenio as esquemaConvenio } from '../../src/schemas/convenio.ts';
import type { ente as esquemaEnte, gobierno as esquemaGobierno, programa as esquemaPrograma } from '../../src/schemas/catalogos.ts';

type ConvenioDatos = z.input<typeof esquemaConvenio>;
type CompromisoDatos = ConvenioDatos['compromisos'][number];
type ReporteDatos = NonNullable<CompromisoDatos['seguimiento']>[number];
type ParteDatos = ConvenioDatos['partes'][number];
type EnteDatos = z.input<typeof esquemaEnte>;
type GobiernoDatos = z.input<typeof esquemaGobierno>;
type ProgramaDatos = z.input<typeof esquemaPrograma>;

export interface OpcionesSinteticos {
  /** How many convenios. */
  n: number;
  /** Seed of the pseudo-random generator (an integer). Default 1. */
  semilla?: number;
  /** Cut-off date (AAAA-MM-DD): no report, signature or ruling is dated after it. Default 2026-11-21. */
  corte?: string;
}

export interface Sinteticos {
  /** Relative path (convenios/x.md, entes/x.yaml, gobiernos/x.yaml, programas/x.yaml) → file text, sorted by path. */
  archivos: Map<string, string>;
}

export const CORTE_PREDETERMINADO = '2026-11-21';
export const SEMILLA_PREDETERMINADA = 1;
export const AVISO = 'Datos sintéticos para pruebas; no son reales.';
const PRIMER_PAE = 2018;
const ULTIMO_PAE = 2026;

// ---------------------------------------------------------------------------------------------
// Pseudo-random numbers

function hash32(texto: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < texto.length; i++) {
    h ^= texto.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny PRNG with a 32-bit state, good enough for test data. */
export function mulberry32(semilla: number): () => number {
  let a = semilla >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Azar {
  readonly sig: () => number;

  constructor(semilla: number, clave: string) {
    this.sig = mulberry32(hash32(`${semilla}|${clave}`));
  }

  /** Integer in [min, max], both included. */
  entero(min: number, max: number): number {
    return min + Math.floor(this.sig() * (max - min + 1));
  }

  probable(p: number): boolean {
    return this.sig() < p;
  }

  elegir<T>(lista: readonly T[]): T {
    return lista[Math.floor(this.sig() * lista.length)]!;
  }

  mezclar<T>(lista: readonly T[]): T[] {
    const copia = [...lista];
    for (let i = copia.length - 1; i > 0; i--) {
      const j = Math.floor(this.sig() * (i + 1));
      [copia[i], copia[j]] = [copia[j]!, copia[i]!];
    }
    return copia;
  }

  /** Picks a key with probability proportional to its weight (weights ≤ 0 never win). */
  ponderado<K extends string>(pesos: Record<K, number>): K {
    const claves = Object.keys(pesos) as K[];
    let total = 0;
    for (const k of claves) total += Math.max(0, pesos[k]);
    let x = this.sig() * total;
    for (const k of claves) {
      const p = Math.max(0, pesos[k]);
      if (x < p) return k;
      x -= p;
    }
    return claves.findLast((k) => pesos[k] > 0)!;
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar days as integers (days since 1970-01-01), without Date or time zones

function diasDeCivil(y: number, m: number, d: number): number {
  const a = m <= 2 ? y - 1 : y;
  const era = Math.floor(a / 400);
  const yoe = a - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function aDias(fecha: string): number {
  return diasDeCivil(Number(fecha.slice(0, 4)), Number(fecha.slice(5, 7)), Number(fecha.slice(8, 10)));
}

function civil(dias: number): [number, number, number] {
  const z = dias + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const dos = (x: number) => (x < 10 ? `0${x}` : String(x));

function deDias(dias: number): string {
  const [y, m, d] = civil(dias);
  return `${y}-${dos(m)}-${dos(d)}`;
}

function finDeMes(y: number, m: number): number {
  return m === 12 ? diasDeCivil(y + 1, 1, 1) - 1 : diasDeCivil(y, m + 1, 1) - 1;
}

const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

function fechaEnPalabras(dias: number): string {
  const [y, m, d] = civil(dias);
  return `${d} de ${MESES[m - 1]} de ${y}`;
}

function fechaComprometidaEnPalabras(f: string): string {
  return f.length === 7 ? `${MESES[Number(f.slice(5, 7)) - 1]} de ${f.slice(0, 4)}` : fechaEnPalabras(aDias(f));
}

function esFechaReal(t: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return false;
  const d = aDias(t);
  return deDias(d) === t;
}

// ---------------------------------------------------------------------------------------------
// YAML writer: block style, plain scalars where YAML 1.2 reads them back as the same string

type Yaml = string | number | boolean | undefined | readonly Yaml[] | { readonly [k: string]: Yaml };

const RESERVADAS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

function escalar(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(v)) return v; // dates stay strings in the YAML 1.2 core schema
  if (/^[A-Za-zÁÉÍÓÚÜÑáéíóúüñ¿¡«(]/.test(v) && !/: |:$| #|\s$|[\n\r\t"\\]/.test(v) && !RESERVADAS.test(v)) return v;
  return JSON.stringify(v); // a JSON string is a valid YAML double-quoted scalar
}

function emitirMapa(o: { readonly [k: string]: Yaml }, sangria: string, out: string[], primeraLinea?: string): void {
  let primera = true;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v === undefined) continue;
    const pre = primera && primeraLinea !== undefined ? primeraLinea : sangria;
    primera = false;
    if (Array.isArray(v)) {
      if (v.length === 0) out.push(`${pre}${k}: []`);
      else {
        out.push(`${pre}${k}:`);
        emitirLista(v, `${sangria}  `, out);
      }
    } else if (typeof v === 'object') {
      out.push(`${pre}${k}:`);
      emitirMapa(v as { readonly [k: string]: Yaml }, `${sangria}  `, out);
    } else {
      out.push(`${pre}${k}: ${escalar(v as string | number | boolean)}`);
    }
  }
}

function emitirLista(lista: readonly Yaml[], sangria: string, out: string[]): void {
  for (const v of lista) {
    if (v === undefined) continue;
    if (Array.isArray(v)) throw new Error('listas anidadas no previstas');
    if (typeof v === 'object') emitirMapa(v as { readonly [k: string]: Yaml }, `${sangria}  `, out, `${sangria}- `);
    else out.push(`${sangria}- ${escalar(v as string | number | boolean)}`);
  }
}

function yaml(datos: object): string {
  const out = [`# ${AVISO}`];
  emitirMapa(datos as { readonly [k: string]: Yaml }, '', out);
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Catalogues: governments, public bodies, programs

function slug(texto: string): string {
  return texto
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface EstadoDef {
  corto: string;
  entidad: string;
  /** «del Estado de México» */
  delEstado: string;
  capital: string;
  periodico: string;
  municipios: string[];
}

const ESTADOS: EstadoDef[] = [
  {
    corto: 'edomex',
    entidad: 'Estado de México',
    delEstado: 'del Estado de México',
    capital: 'Toluca de Lerdo',
    periodico: 'Periódico Oficial «Gaceta del Gobierno»',
    municipios: ['Toluca', 'Metepec', 'Naucalpan de Juárez', 'Tlalnepantla de Baz'],
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
const PROGRAMAS_MUNICIPALES: Record<string, string> = {
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
const PROGRAMAS_ESTATALES: Record<string, string> = {
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

type Genero = 0 | 1; // 0 masculino, 1 femenino
type Cargo = readonly [string, string];

interface TipoEnte {
  clave: string;
  nombre: (lugar: string) => string;
  siglas?: string;
  naturaleza: string;
  titular: Cargo;
  responsable: Cargo;
  /** Probability that the titular is a woman. */
  pMujer: number;
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

const MUN_COORD: TipoEnte[] = [
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

const MUN_TESORERIA: TipoEnte = {
  clave: 'tesoreria',
  nombre: (m) => `Tesorería Municipal de ${m}`,
  naturaleza: DEP_MUN,
  titular: ['Tesorero Municipal', 'Tesorera Municipal'],
  responsable: ['Director de Egresos', 'Directora de Egresos'],
  pMujer: 0.35,
  programas: [],
};

const MUN_CONTRALORIA: TipoEnte = {
  clave: 'contraloria',
  nombre: (m) => `Contraloría Municipal de ${m}`,
  naturaleza: DEP_MUN,
  titular: ['Contralor Municipal', 'Contralora Municipal'],
  responsable: ['Jefe del Departamento de Control y Evaluación', 'Jefa del Departamento de Control y Evaluación'],
  pMujer: 0.45,
  programas: [],
};

const MUN_EVALUADOS: TipoEnte[] = [
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

const EST_COORD: TipoEnte = {
  clave: 'secretaria-de-finanzas',
  nombre: (e) => `Secretaría de Finanzas ${e}`,
  naturaleza: DEP_EST,
  titular: ['Subsecretario de Planeación y Presupuesto', 'Subsecretaria de Planeación y Presupuesto'],
  responsable: ['Director General de Evaluación del Desempeño Institucional', 'Directora General de Evaluación del Desempeño Institucional'],
  pMujer: 0.35,
  programas: [],
};

const EST_CONTRALORIA: TipoEnte = {
  clave: 'secretaria-de-la-contraloria',
  nombre: (e) => `Secretaría de la Contraloría ${e}`,
  naturaleza: DEP_EST,
  titular: ['Subsecretario de Control y Evaluación', 'Subsecretaria de Control y Evaluación'],
  responsable: ['Titular del Órgano Interno de Control', 'Titular del Órgano Interno de Control'],
  pMujer: 0.4,
  programas: [],
};

const EST_EVALUADOS: TipoEnte[] = [
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

interface Gobierno {
  id: string;
  corto: string;
  nivel: 'estatal' | 'municipal';
  estado: EstadoDef;
  /** Municipality name, or the state capital for a state government. */
  lugar: string;
  datos: GobiernoDatos;
  coordinadora: Ente;
  contraloria: Ente;
  tesoreria?: Ente;
  evaluados: Ente[];
  /** «EL SUJETO EVALUADO» or «LA DEPENDENCIA EVALUADA». */
  denominacionEvaluado: string;
  peso: number;
}

interface Ente {
  id: string;
  tipo: TipoEnte;
  gobierno: Gobierno;
  datos: EnteDatos;
  /** Programs this body may be evaluated on (program ids). */
  programas: string[];
  /** 0–1: how promptly it attends its commitments; varies compliance between bodies. */
  diligencia: number;
}

interface Programa {
  id: string;
  clave: string;
  nombre: string;
  datos: ProgramaDatos;
}

interface Catalogo {
  gobiernos: Gobierno[];
  entes: Map<string, Ente>;
  programas: Map<string, Programa>;
}

function crearCatalogo(semilla: number): Catalogo {
  const gobiernos: Gobierno[] = [];
  const entes = new Map<string, Ente>();
  const programas = new Map<string, Programa>();

  const agregarPrograma = (estado: EstadoDef, nivel: 'estatal' | 'municipal', clave: string): string => {
    const nombre = (nivel === 'estatal' ? PROGRAMAS_ESTATALES : PROGRAMAS_MUNICIPALES)[clave]!;
    const id = `${estado.corto}-${nivel}-${clave}-${slug(nombre)}`;
    if (!programas.has(id)) {
      programas.set(id, {
        id,
        clave,
        nombre,
        datos: {
          clave,
          nombre,
          estructura:
            nivel === 'estatal'
              ? `Estructura programática del Gobierno ${estado.delEstado}`
              : `Estructura programática municipal ${estado.delEstado} (compartida por sus municipios)`,
        },
      });
    }
    return id;
  };

  const crearEnte = (g: Gobierno, tipo: TipoEnte, azar: Azar): Ente => {
    const id = `${tipo.clave}-${g.corto}`;
    const nombre = tipo.nombre(g.nivel === 'estatal' ? g.estado.delEstado : g.lugar);
    const datos: EnteDatos = {
      nombre,
      siglas: tipo.siglas,
      gobierno: g.id,
      naturaleza: tipo.naturaleza,
      sitio_web: azar.probable(0.6) ? `https://${g.corto}.example.gob.mx/${tipo.clave}` : undefined,
    };
    const e: Ente = {
      id,
      tipo,
      gobierno: g,
      datos,
      programas: tipo.programas.map((c) => agregarPrograma(g.estado, g.nivel, c)),
      diligencia: 0.15 + 0.8 * azar.sig(),
    };
    if (entes.has(id)) throw new Error(`ente repetido: ${id}`);
    entes.set(id, e);
    return e;
  };

  for (const estado of ESTADOS) {
    const niveles: { nivel: 'estatal' | 'municipal'; lugar: string }[] = [
      { nivel: 'estatal', lugar: estado.capital },
      ...estado.municipios.map((m) => ({ nivel: 'municipal' as const, lugar: m })),
    ];
    for (const { nivel, lugar } of niveles) {
      const corto = nivel === 'estatal' ? estado.corto : slug(lugar);
      const id = nivel === 'estatal' ? `gobierno-${slug(estado.delEstado)}` : `municipio-de-${corto}`;
      const azar = new Azar(semilla, `gobierno:${id}`);
      const g = {
        id,
        corto,
        nivel,
        estado,
        lugar,
        datos: {
          nombre: nivel === 'estatal' ? `Gobierno ${estado.delEstado}` : `Municipio de ${lugar}`,
          nivel,
          entidad_federativa: estado.entidad,
          sitio_web: `https://${corto}.example.gob.mx`,
        },
        denominacionEvaluado: nivel === 'estatal' || azar.probable(0.4) ? 'EL SUJETO EVALUADO' : 'LA DEPENDENCIA EVALUADA',
        peso: nivel === 'estatal' ? 2 : 1,
        evaluados: [],
      } as unknown as Gobierno;
      if (nivel === 'estatal') {
        g.coordinadora = crearEnte(g, EST_COORD, azar);
        g.contraloria = crearEnte(g, EST_CONTRALORIA, azar);
        for (const t of azar.mezclar(EST_EVALUADOS).slice(0, azar.entero(4, 6))) g.evaluados.push(crearEnte(g, t, azar));
      } else {
        g.coordinadora = crearEnte(g, azar.elegir(MUN_COORD), azar);
        g.tesoreria = crearEnte(g, MUN_TESORERIA, azar);
        g.contraloria = crearEnte(g, MUN_CONTRALORIA, azar);
        for (const t of azar.mezclar(MUN_EVALUADOS).slice(0, azar.entero(3, 5))) g.evaluados.push(crearEnte(g, t, azar));
      }
      g.evaluados.sort((a, b) => (a.id < b.id ? -1 : 1));
      gobiernos.push(g);
    }
  }
  return { gobiernos, entes, programas };
}

// ---------------------------------------------------------------------------------------------
// People

const NOMBRES: readonly [readonly string[], readonly string[]] = [
  ['José Luis', 'Juan Carlos', 'Miguel Ángel', 'Roberto', 'Alejandro', 'Francisco', 'Jorge', 'Ricardo', 'Fernando', 'Arturo', 'Eduardo', 'Javier', 'Héctor', 'Sergio', 'Raúl', 'Gerardo', 'Enrique', 'Óscar', 'Víctor Manuel', 'Luis Alberto', 'Gonzalo', 'Alfredo', 'Mario', 'Rafael', 'Hugo', 'Abraham', 'Ernesto', 'Rodrigo', 'Jesús', 'Pablo'],
  ['María Guadalupe', 'Ana Laura', 'Leticia', 'Patricia', 'Verónica', 'Claudia', 'Gabriela', 'Adriana', 'Rocío', 'Alejandra', 'Norma Angélica', 'Silvia', 'Laura Elena', 'Mónica', 'Elizabeth', 'Brenda', 'Karla', 'Diana', 'Yolanda', 'Martha', 'Bertha Alicia', 'Sandra', 'Lorena', 'Erika', 'Teresa', 'Araceli', 'Fabiola', 'Itzel', 'Mariana', 'Nayeli'],
];

const APELLIDOS = [
  'Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Gómez', 'Morales', 'Vázquez', 'Reyes', 'Jiménez', 'Torres', 'Díaz', 'Gutiérrez', 'Ruiz', 'Mendoza', 'Aguilar', 'Ortiz', 'Moreno', 'Castillo', 'Romero', 'Álvarez', 'Méndez', 'Chávez', 'Rivera', 'Juárez', 'Ramos', 'Domínguez', 'Herrera', 'Medina', 'Castro', 'Vargas', 'Guzmán', 'Velázquez', 'Salazar', 'Contreras', 'Estrada', 'Arreola', 'Santana', 'Obregón', 'Zárate', 'Badillo', 'Villaseñor', 'Orozco', 'Bautista',
];

interface Persona {
  nombre: string;
  genero: Genero;
}

function persona(azar: Azar, pMujer: number): Persona {
  const genero: Genero = azar.probable(pMujer) ? 1 : 0;
  const a1 = azar.elegir(APELLIDOS);
  let a2 = azar.elegir(APELLIDOS);
  if (a2 === a1) a2 = azar.elegir(APELLIDOS);
  return { nombre: `${azar.elegir(NOMBRES[genero])} ${a1} ${a2}`, genero };
}

/** Administration in office when a convenio is signed: 3-year municipal terms, 6-year state terms. */
function administracion(nivel: 'estatal' | 'municipal', anio: number): [number, number] {
  const [base, largo] = nivel === 'estatal' ? [2017, 6] : [2016, 3];
  const inicio = base + Math.floor((anio - base) / largo) * largo;
  return [inicio, inicio + largo - 1];
}

/** Whoever heads (or is the designated contact of) a body stays the same for a whole administration. */
function titularDe(semilla: number, e: Ente, anio: number, papel: 'titular' | 'responsable'): { nombre: string; cargo: string } {
  const [inicio] = administracion(e.gobierno.nivel, anio);
  const azar = new Azar(semilla, `${papel}:${e.id}:${inicio}`);
  const p = persona(azar, e.tipo.pMujer);
  return { nombre: p.nombre, cargo: e.tipo[papel][p.genero] };
}

// ---------------------------------------------------------------------------------------------
// Text pools

const EVALUACIONES = [
  'Evaluación de Diseño Programático',
  'Evaluación de Consistencia y Resultados',
  'Evaluación Específica de Desempeño',
  'Evaluación de Procesos',
];

interface Tema {
  aspectos: string[];
  acciones: string[];
  evidencias: string[];
}

const TEMAS: Tema[] = [
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

const PREFIJOS_ASPECTO = [
  'Derivado de la {evaluacion} realizada al Pp «{programa}», se observa que ',
  'Del informe final de la evaluación se desprende que ',
  'Se identificó que ',
];

const SUFIJOS_ACCION = [
  '',
  '',
  ' Los resultados se presentarán a «{coordinadora}» en la sesión de seguimiento.',
  ' Para ello se trabajará con la Unidad de Información, Planeación, Programación y Evaluación.',
];

const HALLAZGOS = [
  'De acuerdo con la información presentada en el formato PbRM-01a, la unidad ejecutora designó al programa un presupuesto que no se acompaña de documentos que avalen el ejercicio del gasto.',
  'Realizar el análisis de poblaciones (de referencia, potencial, objetivo, atendida y postergada), diferenciando sus características con relación a la problemática identificada.',
  'Revisar la definición del parámetro utilizado como línea base en la ficha de diseño de los indicadores, pues coincide con la meta anual programada.',
  'Se recomienda elevar la programación de las metas anuales de los indicadores de gestión en función de un diagnóstico de necesidades.',
  'Verificar la calidad y veracidad de la información reportada en el avance de indicadores, que presentó inconsistencias.',
  'El programa no presentó evidencia documental de los mecanismos de seguimiento a la población atendida.',
  'Las actividades programadas no reflejan todas las atribuciones que la normatividad confiere a la unidad ejecutora.',
];

const NOTAS_PROCESO = [
  'Avance presentado en la sesión de seguimiento.',
  'Avance reportado en el informe trimestral.',
  'La unidad responsable informa que la acción continúa en desarrollo.',
  'Se entregó un borrador para revisión de la instancia coordinadora.',
];

const NOTAS_ATENDIDO = [
  'Se presentó la evidencia en la sesión de cumplimiento.',
  'La contraloría verificó la publicación de la evidencia.',
  'La instancia coordinadora revisó la evidencia y la consideró suficiente.',
];

const OBLIGACIONES: Record<'coordinadora' | 'control_interno' | 'tesoreria' | 'sujeto_evaluado', string[]> = {
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

const LETRAS = 'abcdefghijklmnopqrstuvwxyz';

function rellenar(plantilla: string, valores: Record<string, string>): string {
  return plantilla.replace(/\{(\w+)\}/g, (_, k: string) => valores[k] ?? `{${k}}`);
}

function articulo(nombre: string): string {
  return /^(Instituto|Sistema|Organismo)/.test(nombre) ? 'el' : 'la';
}

function capitalizar(t: string): string {
  return t[0]!.toUpperCase() + t.slice(1);
}

function minusculaInicial(t: string): string {
  // «La MIR…» → «la MIR…», but keep acronyms («MIR», «ODS») as they are.
  return /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
}

// ---------------------------------------------------------------------------------------------
// One convenio

type Escenario = 'ninguno' | 'proceso' | 'a_tiempo' | 'tarde' | 'no_atendido' | 'prorroga';

interface Contexto {
  semilla: number;
  corte: number;
  catalogo: Catalogo;
  gobiernosPonderados: Gobierno[];
  ancho: number;
  /** Evaluated body, program, PAE and evaluation of every convenio generated so far. */
  combinaciones: Set<string>;
}

function fechaEntre(azar: Azar, desde: number, hasta: number): number {
  return hasta <= desde ? desde : azar.entero(desde, hasta);
}

function redondear5(x: number): number {
  return Math.min(95, Math.max(5, Math.round(x / 5) * 5));
}

interface Seguimiento {
  reportes: ReporteDatos[];
}

function generarSeguimiento(
  azar: Azar,
  ctx: Contexto,
  firma: number,
  vencimiento: number,
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
  const dictamen = (fecha: number, tipo: 'cumplimiento' | 'incumplimiento') => {
    const f = Math.min(corte, fecha + azar.entero(0, 15));
    const anio = civil(f)[0];
    const numero = String(azar.entero(12, 980)).padStart(4, '0');
    return {
      documento: tipo === 'cumplimiento' ? `Oficio de cumplimiento ${siglasCoordinadora}/${numero}/${anio}` : `Dictamen de incumplimiento ${siglasCoordinadora}/${numero}/${anio}`,
      fecha: deDias(f),
      url: azar.probable(0.6) ? `${urlBase}/dictamen-${deDias(f)}.pdf` : undefined,
    };
  };
  /** k in-progress reports in [desde, hasta], with rising progress below `tope`. */
  const enProceso = (k: number, desde: number, hasta: number, tope = 90) => {
    const fechas = Array.from({ length: k }, () => fechaEntre(azar, desde, hasta)).sort((a, b) => a - b);
    const avances = Array.from({ length: k }, () => 5 + azar.sig() * (tope - 5)).sort((a, b) => a - b);
    fechas.forEach((f, i) => {
      const fecha = deDias(f);
      reportes.push({
        fecha,
        estado: 'en_proceso',
        avance: azar.probable(0.85) ? redondear5(avances[i]!) : undefined,
        evidencias: azar.probable(0.5) ? evidencias(azar.entero(1, 2), fecha) : [],
        nota: azar.probable(0.35) ? azar.elegir(NOTAS_PROCESO) : undefined,
      });
    });
  };
  const atendido = (f: number) => {
    const fecha = deDias(f);
    reportes.push({
      fecha,
      estado: 'atendido',
      avance: azar.probable(0.6) ? 100 : undefined,
      evidencias: evidencias(azar.entero(1, 3), fecha),
      dictamen: azar.probable(0.45) ? dictamen(f, 'cumplimiento') : undefined,
      nota: azar.probable(0.3) ? azar.elegir(NOTAS_ATENDIDO) : undefined,
    });
  };
  const limiteFirmaCorte = Math.min(corte, vencimiento);

  switch (escenario) {
    case 'ninguno':
      break;
    case 'proceso': {
      const hasta = vencido ? Math.min(corte, vencimiento + 90) : corte;
      enProceso(azar.entero(1, 3), firma, hasta);
      break;
    }
    case 'a_tiempo': {
      const final = fechaEntre(azar, Math.max(firma, limiteFirmaCorte - 150), limiteFirmaCorte);
      if (azar.probable(0.5)) enProceso(azar.entero(1, 2), firma, final);
      atendido(final);
      break;
    }
    case 'tarde': {
      const final = fechaEntre(azar, vencimiento + 1, Math.min(corte, vencimiento + 200));
      if (azar.probable(0.6)) enProceso(azar.entero(1, 2), firma, Math.min(final, vencimiento));
      atendido(final);
      break;
    }
    case 'no_atendido': {
      if (azar.probable(0.4)) enProceso(1, firma, vencimiento, 50);
      const f = fechaEntre(azar, vencimiento + 1, Math.min(corte, vencimiento + 120));
      reportes.push({
        fecha: deDias(f),
        estado: 'no_atendido',
        evidencias: [],
        dictamen: azar.probable(0.85) ? dictamen(f, 'incumplimiento') : undefined,
        nota: 'El sujeto evaluado no acreditó el cumplimiento en la sesión de cierre.',
      });
      break;
    }
    case 'prorroga': {
      const hasta = limiteFirmaCorte;
      const solicitud = fechaEntre(azar, Math.min(hasta, Math.max(firma, vencimiento - 45)), hasta);
      const dias = azar.entero(5, prorroga.limite_dias_naturales ?? 45);
      const nuevo = vencimiento + dias;
      const fecha = deDias(solicitud);
      reportes.push({
        fecha,
        estado: 'en_proceso',
        avance: redondear5(40 + azar.sig() * 45),
        evidencias: azar.probable(0.4) ? evidencias(1, fecha) : [],
        prorroga: deDias(nuevo),
        nota: `Se concedió prórroga de ${dias} días naturales a solicitud del sujeto evaluado.`,
      });
      if (nuevo < corte) {
        const salida = azar.ponderado({ a_tiempo: 0.65, tarde: 0.15, nada: 0.2 });
        if (salida === 'a_tiempo') atendido(fechaEntre(azar, solicitud, nuevo));
        else if (salida === 'tarde') atendido(fechaEntre(azar, nuevo + 1, Math.min(corte, nuevo + 90)));
      } else if (azar.probable(0.5)) {
        atendido(fechaEntre(azar, solicitud, corte));
      }
      break;
    }
  }
  return { reportes };
}

function generarConvenio(ctx: Contexto, i: number): { id: string; texto: string; usados: string[]; programa: string; gobierno: string } {
  const { semilla, corte } = ctx;
  const azar = new Azar(semilla, `convenio:${i}`);
  const g = azar.elegir(ctx.gobiernosPonderados);
  const sujeto = azar.elegir(g.evaluados);
  const programa = ctx.catalogo.programas.get(azar.elegir(sujeto.programas))!;

  // PAE year and signature: after the PAE year starts, never after the cut-off.
  const anioCorte = civil(corte)[0];
  const ultimoPae = Math.min(ULTIMO_PAE, anioCorte);
  let pae = azar.entero(PRIMER_PAE, ultimoPae);
  let inicio = diasDeCivil(pae, 3, 1);
  if (inicio > corte) {
    pae = Math.max(PRIMER_PAE, pae - 1);
    inicio = diasDeCivil(pae, 3, 1);
  }
  let firma = fechaEntre(azar, inicio, Math.min(corte, diasDeCivil(pae + 1, 6, 30)));
  let ejercicio = azar.probable(0.7) ? pae - 1 : undefined;
  let evaluacion = azar.elegir(EVALUACIONES);
  // One convenio per evaluated body, program, PAE and evaluation: the validator refuses a second one as
  // a duplicate. When the drawn combination is taken, the next free evaluation of the same PAE is used,
  // then another PAE (with its own signing date), then a later stage; the values drawn so far stay as they were.
  const libre = (a: number, ev: string) => !ctx.combinaciones.has(`${sujeto.id}|${programa.id}|${a}|${ev}`);
  if (!libre(pae, evaluacion)) {
    const total = ultimoPae - PRIMER_PAE + 1;
    const k0 = EVALUACIONES.indexOf(evaluacion);
    const otra = Array.from({ length: total }, (_, k) => PRIMER_PAE + ((pae - PRIMER_PAE + k) % total))
      .filter((a) => diasDeCivil(a, 3, 1) <= corte)
      .flatMap((a) => EVALUACIONES.map((_, k) => [a, EVALUACIONES[(k0 + k) % EVALUACIONES.length]!] as const))
      .find(([a, ev]) => libre(a, ev));
    if (otra) {
      if (otra[0] !== pae) {
        pae = otra[0];
        firma = fechaEntre(new Azar(semilla, `convenio:${i}:pae`), diasDeCivil(pae, 3, 1), Math.min(corte, diasDeCivil(pae + 1, 6, 30)));
        if (ejercicio !== undefined) ejercicio = pae - 1;
      }
      evaluacion = otra[1];
    } else {
      // A few hundred convenios per body and program at the largest sizes: more than PAE years times
      // evaluation types. Those become later stages of the same evaluation, each its own convenio.
      let etapa = 2;
      while (!libre(pae, `${evaluacion} (etapa ${etapa})`)) etapa++;
      evaluacion = `${evaluacion} (etapa ${etapa})`;
    }
  }
  ctx.combinaciones.add(`${sujeto.id}|${programa.id}|${pae}|${evaluacion}`);
  const [anioFirma] = civil(firma);

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
          ? `Por instrucciones de fecha ${fechaEnPalabras(firma - azar.entero(20, 60))}, mediante oficio no. ${azar.entero(20700, 20799)}000L/${String(azar.entero(1, 400)).padStart(4, '0')}/${anioFirma}.`
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
  const tope = municipal && azar.probable(0.4) ? diasDeCivil(civil(firma + 120)[0], 12, 31) : undefined;

  // Commitments
  const n = azar.entero(2, 9);
  const temas = azar.mezclar(TEMAS).slice(0, n);
  const mismaFecha = azar.probable(0.45);
  const mismaPrecision = azar.probable(0.5) ? 'mes' : 'dia';
  const repetido = n >= 3 && azar.probable(0.06) ? azar.entero(2, n - 1) : -1; // position whose printed number repeats the previous one
  const valores = { programa: programa.nombre, evaluacion: minusculaInicial(evaluacion), coordinadora: DEN.coordinadora };
  const fechaCompromiso = (): string => {
    const maximo = tope ?? firma + 420;
    const candidato = fechaEntre(azar, firma + 45, Math.min(maximo, firma + 420));
    const [y, m, d] = civil(candidato);
    const precision = mismaFecha ? mismaPrecision : azar.probable(0.5) ? 'mes' : 'dia';
    if (precision === 'mes') return `${y}-${dos(m)}`;
    const r = azar.sig();
    const dia = r < 0.55 ? finDeMes(y, m) : r < 0.75 ? diasDeCivil(y, m, Math.min(d, 15)) : candidato;
    return deDias(Math.max(dia, firma + 30));
  };
  const fechaComun = fechaCompromiso();
  const siglasCoordinadora = g.coordinadora.datos.siglas ?? (municipal ? 'CM' : `DGEDI-${g.estado.corto.toUpperCase()}`);
  let numero = 0;
  const compromisos: CompromisoDatos[] = temas.map((tema, k) => {
    if (k !== repetido) numero++;
    const idCompromiso = `asm-${k + 1}`;
    const fechaComprometida = mismaFecha ? fechaComun : fechaCompromiso();
    const vencimiento = fechaComprometida.length === 7 ? finDeMes(Number(fechaComprometida.slice(0, 4)), Number(fechaComprometida.slice(5, 7))) : aDias(fechaComprometida);
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
      fecha: deDias(firma),
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
    fecha_limite_compromisos: tope === undefined ? undefined : deDias(tope),
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
  const texto = `---\n${yaml(datos).trimEnd()}\n---\n\n${cuerpo}`;
  return { id, texto, usados: partes.map((p) => p.ente), programa: programa.id, gobierno: g.id };
}

interface DatosCuerpo {
  g: Gobierno;
  sujeto: Ente;
  programa: Programa;
  pae: number;
  ejercicio: number | undefined;
  evaluacion: string;
  firma: number;
  lugar: string;
  partes: ParteDatos[];
  den: Record<string, string>;
  datos: ConvenioDatos;
}

const COPIAS: Record<number, string> = { 2: 'duplicado', 3: 'triplicado', 4: 'cuadruplicado', 5: 'quintuplicado' };
const ORDINALES = ['PRIMERA', 'SEGUNDA', 'TERCERA', 'CUARTA', 'QUINTA', 'SEXTA', 'SÉPTIMA', 'OCTAVA', 'NOVENA', 'DÉCIMA'];

function redactarCuerpo(azar: Azar, c: DatosCuerpo): string {
  const { g, sujeto, programa, pae, evaluacion, datos } = c;
  const municipal = g.nivel === 'municipal';
  const [ini, fin] = administracion(g.nivel, civil(c.firma)[0]);
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
  const tope = datos.fecha_limite_compromisos ? `, sin exceder el ${fechaEnPalabras(aDias(datos.fecha_limite_compromisos))}` : '';
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
    `El presente convenio se firma por ${copias} en ${c.lugar}, el ${fechaEnPalabras(c.firma)}.`,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Entry point

/** Generates n synthetic convenios and the governments, bodies and programs they use. */
export function generarSinteticos(opciones: OpcionesSinteticos): Sinteticos {
  const { n } = opciones;
  const semilla = opciones.semilla ?? SEMILLA_PREDETERMINADA;
  const corteTexto = opciones.corte ?? CORTE_PREDETERMINADO;
  if (!Number.isInteger(n) || n < 1) throw new Error(`n: «${n}» no es válido (se esperaba un número entero de convenios, 1 o más)`);
  if (!Number.isInteger(semilla)) throw new Error(`semilla: «${semilla}» no es válida (se esperaba un número entero)`);
  if (!esFechaReal(corteTexto)) throw new Error(`corte: «${corteTexto}» no es una fecha válida (se esperaba AAAA-MM-DD)`);
  const corte = aDias(corteTexto);
  if (corte < diasDeCivil(PRIMER_PAE, 3, 1)) throw new Error(`corte: «${corteTexto}» es demasiado temprana (se esperaba a partir del 1 de marzo de ${PRIMER_PAE})`);

  const catalogo = crearCatalogo(semilla);
  const gobiernosPonderados = catalogo.gobiernos.flatMap((g) => Array.from({ length: g.peso }, () => g));
  const ctx: Contexto = { semilla, corte, catalogo, gobiernosPonderados, ancho: Math.max(5, String(n).length), combinaciones: new Set() };

  const archivos: [string, string][] = [];
  const entes = new Set<string>();
  const programas = new Set<string>();
  const gobiernos = new Set<string>();
  for (let i = 0; i < n; i++) {
    const cv = generarConvenio(ctx, i);
    archivos.push([`convenios/${cv.id}.md`, cv.texto]);
    for (const e of cv.usados) entes.add(e);
    programas.add(cv.programa);
    gobiernos.add(cv.gobierno);
  }
  for (const id of entes) {
    const e = catalogo.entes.get(id)!;
    gobiernos.add(e.gobierno.id);
    archivos.push([`entes/${id}.yaml`, yaml(e.datos)]);
  }
  for (const id of programas) archivos.push([`programas/${id}.yaml`, yaml(catalogo.programas.get(id)!.datos)]);
  for (const g of catalogo.gobiernos) if (gobiernos.has(g.id)) archivos.push([`gobiernos/${g.id}.yaml`, yaml(g.datos)]);

  archivos.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { archivos: new Map(archivos) };
}
