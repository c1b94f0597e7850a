import type { CompromisoDeDocumento } from '../schemas/compromiso.ts';
import type { Ente, Gobierno, Programa } from '../schemas/catalogos.ts';
import { TIPOS_DOCUMENTO, type Documento, type TipoDocumento } from '../schemas/documento.ts';
import type { Rol } from '../schemas/parte.ts';
import type { Evaluacion } from '../schemas/evaluacion.ts';
import { situacionDe, type Situacion } from './estados.ts';
import { sumarConteos, contar, type Conteo } from './tasas.ts';
import { TIPOS, tipoDe } from './documentos/tipos.ts';
import type { TipoDeDocumento } from './documentos/tipo-de-documento.ts';
import type { Medida } from './medidas.ts';
import { publicacionFederalDe, type PublicacionFederal } from './textos-federal.ts';

export interface Registro<T> {
  id: string;
  datos: T;
}

export interface CompromisoCalculado {
  convenioId: string;
  compromiso: CompromisoDeDocumento;
  situacion: Situacion;
}

/**
 * A document of content/convenios/ with everything derived from it: a signed convenio or a federal ASM
 * follow-up. What lists, charts and downloads share is here, so they need no separate code for each kind.
 */
export interface ConvenioCalculado extends Registro<Documento> {
  tipo: TipoDocumento;
  /** Year the document is grouped under: the convenio's PAE, or the federal evaluation's year (may be absent). */
  anio?: number;
  /** Date it is sorted by: the signing day, or a federal document's latest report (absent if it has none). */
  fecha?: string;
  gobierno: Registro<Gobierno>;
  programa: Registro<Programa>;
  enteEvaluado: Registro<Ente>;
  compromisos: CompromisoCalculado[];
  conteo: Conteo;
  anomalias: string[];
}

/** The status counts of each kind of document apart: each kind has its own measure, never mixed. */
export type ConteosPorTipo = Record<TipoDocumento, Conteo>;

export interface Grupo<T> extends Registro<T> {
  /** Documents that count in this group's measures, newest first. */
  convenios: ConvenioCalculado[];
  /** Every commitment by status, all kinds together: for distributions, never for a rate. */
  conteo: Conteo;
  conteos: ConteosPorTipo;
}

export interface GrupoEnte extends Grupo<Ente> {
  gobierno: Registro<Gobierno>;
  /** Convenios where the ente takes part in another role (coordinating, control, treasury), newest first. */
  participaciones: { convenio: ConvenioCalculado; rol: Rol }[];
}

/**
 * How many of its participations an ente's page lists. A finance office signs every convenio of its government:
 * at 30,000 generated convenios one took part in 3,360, and listing them all made its page 1.2 MB of HTML.
 */
export const PARTICIPACIONES_EN_PAGINA = 50;

/**
 * How many of its documents an ente's embeddable widget lists, newest first. It lives in another site's page: at
 * 30,000 generated convenios one listed about 4,000, 4.5 MB of HTML inside the host's page.
 */
export const CONVENIOS_EN_RECUADRO = 10;

export interface Ejercicio {
  /** The year: a PAE for convenios, the evaluation's year for federal follow-up documents. */
  pae: number;
  convenios: ConvenioCalculado[];
  conteo: Conteo;
  conteos: ConteosPorTipo;
  porTipo: Record<TipoDocumento, number>;
}

export interface Indice {
  corte: string;
  convenios: ConvenioCalculado[];
  entes: GrupoEnte[];
  programas: Grupo<Programa>[];
  gobiernos: Grupo<Gobierno>[];
  ejercicios: Ejercicio[];
  conteo: Conteo;
  conteos: ConteosPorTipo;
  /** How many documents of each kind. */
  porTipo: Record<TipoDocumento, number>;
  /** The SHCP publication the federal documents come from (absent when there are none): every federal figure cites it. */
  publicacionFederal?: PublicacionFederal;
  /** Federal evaluations (SHCP open data), when the content has them; pages and downloads of src/lib/evaluaciones/. */
  evaluaciones?: Registro<Evaluacion>[];
  porId: {
    convenios: Map<string, ConvenioCalculado>;
    entes: Map<string, GrupoEnte>;
    programas: Map<string, Grupo<Programa>>;
    gobiernos: Map<string, Grupo<Gobierno>>;
  };
}

export interface Catalogo {
  convenios: Registro<Documento>[];
  entes: Registro<Ente>[];
  gobiernos: Registro<Gobierno>[];
  programas: Registro<Programa>[];
}

// Newest first; a document without a date goes last.
const porFecha = (a: ConvenioCalculado, b: ConvenioCalculado) => {
  const fa = a.fecha ?? '';
  const fb = b.fecha ?? '';
  return fa !== fb ? (fa < fb ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

const porNombre = (a: { datos: { nombre: string } }, b: { datos: { nombre: string } }) =>
  a.datos.nombre.localeCompare(b.datos.nombre, 'es-MX');

function buscar<T>(mapa: Map<string, T>, id: string, que: string): T {
  const valor = mapa.get(id);
  // The content loader has already checked references; reaching this is a bug, not bad content.
  if (valor === undefined) throw new Error(`Referencia sin resolver: ${que} «${id}»`);
  return valor;
}

/** How many documents of each kind a list holds. */
export function contarPorTipo(lista: readonly { tipo: TipoDocumento }[]): Record<TipoDocumento, number> {
  const cuenta = Object.fromEntries(TIPOS_DOCUMENTO.map((t) => [t, 0])) as Record<TipoDocumento, number>;
  for (const c of lista) cuenta[c.tipo]++;
  return cuenta;
}

/** The status counts of a list of documents, each kind apart. */
export function conteosPorTipo(lista: readonly ConvenioCalculado[]): ConteosPorTipo {
  return Object.fromEntries(
    TIPOS_DOCUMENTO.map((t) => [t, sumarConteos(lista.filter((c) => c.tipo === t).map((c) => c.conteo))]),
  ) as ConteosPorTipo;
}

/** One measure of a kind of document over a set: what it counts and its figures. */
export interface MedidaDeTipo {
  tipo: TipoDeDocumento;
  conteo: Conteo;
  medida: Medida;
}

/** The measures a page covering these counts shows, one per kind that has commitments, in the order of TIPOS. */
export function medidasDe(conteos: ConteosPorTipo): MedidaDeTipo[] {
  return Object.values(TIPOS)
    .filter((t) => conteos[t.tipo].total > 0)
    .map((t) => ({ tipo: t as unknown as TipoDeDocumento, conteo: conteos[t.tipo], medida: t.medida.calcular(conteos[t.tipo]) }));
}

/**
 * Derives every status, count and grouping the site shows from the content, in one pass.
 * Every list is sorted explicitly so that two builds of the same content are identical.
 */
export function construirIndice(catalogo: Catalogo, corte: string): Indice {
  const gobiernos = new Map(catalogo.gobiernos.map((g) => [g.id, g]));
  const entes = new Map(catalogo.entes.map((e) => [e.id, e]));
  const programas = new Map(catalogo.programas.map((p) => [p.id, p]));

  const convenios: ConvenioCalculado[] = catalogo.convenios.map((c) => {
    const d = c.datos;
    const compromisos = (d.compromisos as CompromisoDeDocumento[]).map((k) => ({
      convenioId: c.id,
      compromiso: k,
      situacion: situacionDe(k.fecha_comprometida, k.seguimiento, corte),
    }));
    const tipo = tipoDe(d);
    return {
      ...c,
      tipo: tipo.tipo,
      anio: tipo.anio(d),
      fecha: tipo.fecha(d),
      gobierno: buscar(gobiernos, d.gobierno, 'gobierno'),
      programa: buscar(programas, d.programa, 'programa'),
      enteEvaluado: buscar(entes, tipo.enteEvaluado(d), 'ente'),
      compromisos,
      conteo: contar(compromisos.map((k) => k.situacion.estado)),
      anomalias: tipo.anomalias(d),
    };
  });
  convenios.sort(porFecha);

  const agrupar = <T>(registros: Registro<T>[], clave: (c: ConvenioCalculado) => string): Grupo<T>[] => {
    const miembros = new Map<string, ConvenioCalculado[]>(registros.map((r) => [r.id, []]));
    for (const c of convenios) miembros.get(clave(c))?.push(c);
    return registros.map((r) => {
      const lista = miembros.get(r.id) ?? [];
      return { ...r, convenios: lista, conteo: sumarConteos(lista.map((c) => c.conteo)), conteos: conteosPorTipo(lista) };
    });
  };

  const gruposEnte: GrupoEnte[] = agrupar(catalogo.entes, (c) => c.enteEvaluado.id).map((g) => ({
    ...g,
    gobierno: buscar(gobiernos, g.datos.gobierno, 'gobierno'),
    participaciones: [],
  }));
  const entePorId = new Map(gruposEnte.map((g) => [g.id, g]));
  for (const c of convenios) {
    for (const p of tipoDe(c.datos).participaciones(c.datos)) entePorId.get(p.ente)?.participaciones.push({ convenio: c, rol: p.rol });
  }

  const gruposPrograma = agrupar(catalogo.programas, (c) => c.programa.id);
  const gruposGobierno = agrupar(catalogo.gobiernos, (c) => c.gobierno.id);

  const paes = new Map<number, ConvenioCalculado[]>();
  for (const c of convenios) {
    if (c.anio === undefined) continue;
    const lista = paes.get(c.anio);
    if (lista) lista.push(c);
    else paes.set(c.anio, [c]);
  }
  const ejercicios = [...paes.entries()]
    .sort(([a], [b]) => b - a)
    .map(([pae, lista]) => ({
      pae,
      convenios: lista,
      conteo: sumarConteos(lista.map((c) => c.conteo)),
      conteos: conteosPorTipo(lista),
      porTipo: contarPorTipo(lista),
    }));

  gruposEnte.sort(porNombre);
  gruposPrograma.sort(porNombre);
  gruposGobierno.sort(porNombre);

  return {
    corte,
    convenios,
    entes: gruposEnte,
    programas: gruposPrograma,
    gobiernos: gruposGobierno,
    ejercicios,
    conteo: sumarConteos(convenios.map((c) => c.conteo)),
    conteos: conteosPorTipo(convenios),
    porTipo: contarPorTipo(convenios),
    publicacionFederal: publicacionFederalDe(
      convenios.flatMap((c) =>
        c.datos.tipo === 'seguimiento_federal' ? [{ periodos: c.datos.fuente.periodos, ultimoReporte: c.fecha }] : [],
      ),
    ),
    porId: {
      convenios: new Map(convenios.map((c) => [c.id, c])),
      entes: entePorId,
      programas: new Map(gruposPrograma.map((g) => [g.id, g])),
      gobiernos: new Map(gruposGobierno.map((g) => [g.id, g])),
    },
  };
}
