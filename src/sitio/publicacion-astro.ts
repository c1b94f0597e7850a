import { getRssString } from '@astrojs/rss';
import {
  calendarioGeneral,
  calendarioIcs,
  eventosEnVentana,
  eventosPorCompromiso,
  ventanaDelCalendario,
  type EventoIcs,
  type Ventana,
} from '../lib/datos/calendario.ts';
import { COLECCIONES_CON_ESQUEMA, esquemaDeContenido, type ColeccionConEsquema } from '../lib/datos/esquemas.ts';
import { archivosCsv, bytesDe, medirTrozos, paqueteDeDatos, type ArchivoCsv, type ParteCsv, type Trozos } from '../lib/datos/paquete.ts';
import { archivoDeParte, partesPorAnio, tituloDeParte, type ParteDeAnio } from '../lib/datos/por-anio.ts';
import { absoluta } from '../lib/datos/publicacion.ts';
import {
  aJson,
  cabeceraDeConjunto,
  esquemaDeDescarga,
  piezaDeConjunto,
  registroDesdePieza,
  TITULO_DE_CONJUNTO,
  trozosDeConjunto,
} from '../lib/datos/registro.ts';
import { opcionesRss } from '../lib/datos/rss.ts';
import type { ConvenioCalculado, Grupo, GrupoEnte } from '../lib/indice.ts';
import type { Programa } from '../schemas/catalogos.ts';
import { nombreDePrograma } from '../lib/textos.ts';
import { opcionesRssVencimientos } from '../lib/datos/rss-vencimientos.ts';
import { rutas } from './rutas-astro.ts';
import { obtenerClavesDeDocumentos } from './claves-de-pagina-astro.ts';
import { obtenerIndice } from './indice-astro.ts';
import { recordada } from './reconstruccion-astro.ts';
import { comoTexto, type Pieza, type Recordar } from '../lib/reconstruccion.ts';
import { obtenerPublicacion } from './publicacion-del-sitio-astro.ts';

/** A file as served, measured from the very text the endpoint returns. */
export interface Serializado {
  texto: string;
  bytes: number;
}

const medir = (texto: string): Serializado => ({ texto, bytes: bytesDe(texto) });

// Each download is serialized once per build: its endpoint serves the text and /datos/ measures it.
const cache = new Map<string, Promise<unknown>>();
function unaVez<T>(clave: string, hacer: () => Promise<T>): Promise<T> {
  if (!cache.has(clave)) cache.set(clave, hacer());
  return cache.get(clave) as Promise<T>;
}

/**
 * A document's piece of a site-wide download, or the one the last build made under the same document key (which
 * covers everything a piece shows): after editing one convenio, a rebuild makes only its pieces again.
 */
const obtenerRecordar = (): Promise<Recordar> =>
  unaVez('recordar', async () => {
    const claves = await obtenerClavesDeDocumentos();
    return (tipo, c, hacer) => {
      const clave = claves.get(c.id);
      return clave === undefined ? hacer() : recordada(`${tipo}:${clave}`, hacer);
    };
  });

export const obtenerCsv = (): Promise<ArchivoCsv[]> =>
  unaVez('csv', async () => archivosCsv(await obtenerIndice(), obtenerPublicacion(), await obtenerRecordar()));

// Each document's JSON record is serialized once; convenios.json and its year's file are written from the same pieces.
const obtenerPiezasJson = (): Promise<Map<string, Pieza>> =>
  unaVez('piezas-json', async () => {
    const [indice, recordar] = await Promise.all([obtenerIndice(), obtenerRecordar()]);
    const pub = obtenerPublicacion();
    return new Map(indice.convenios.map((c) => [c.id, recordar('json', c, () => piezaDeConjunto(c, indice, pub))]));
  });

/** /convenios/{id}.json, cut from the same piece as its record in convenios.json. */
export async function registroJson(id: string): Promise<string | undefined> {
  const pieza = (await obtenerPiezasJson()).get(id);
  return pieza === undefined
    ? undefined
    : registroDesdePieza(comoTexto(pieza), absoluta(obtenerPublicacion(), rutas.esquema('registro-convenio')));
}

/** A set file of some documents, as pieces: measured here, written by its endpoint without joining them. */
async function conjuntoEnTrozos(documentos: readonly ConvenioCalculado[], titulo?: string): Promise<Trozos> {
  const [indice, piezas] = await Promise.all([obtenerIndice(), obtenerPiezasJson()]);
  return medirTrozos(
    trozosDeConjunto(
      cabeceraDeConjunto(indice, obtenerPublicacion(), titulo),
      documentos.map((c) => piezas.get(c.id)!),
    ),
  );
}

export const obtenerConveniosJson = (): Promise<Trozos> =>
  unaVez('convenios.json', async () => conjuntoEnTrozos((await obtenerIndice()).convenios));

export const obtenerPaquete = (): Promise<Serializado> =>
  unaVez('datapackage.json', async () => medir(aJson(paqueteDeDatos(await obtenerIndice(), obtenerPublicacion(), await obtenerCsv()))));

export const obtenerRss = (): Promise<Serializado> =>
  unaVez('convenios.xml', async () => medir(await getRssString(opcionesRss(await obtenerIndice(), obtenerPublicacion()))));

/** One year's downloads: its JSON and its part of each split CSV table. */
export interface DescargasDeAnio {
  parte: ParteDeAnio;
  json: Trozos & { archivo: string };
  csv: (ParteCsv & { tabla: string })[];
}

export const obtenerPorAnio = (): Promise<DescargasDeAnio[]> =>
  unaVez('por-anio', async () => {
    const [indice, csv] = await Promise.all([obtenerIndice(), obtenerCsv()]);
    return Promise.all(
      partesPorAnio(indice.convenios).map(async (parte) => ({
        parte,
        json: {
          archivo: archivoDeParte('convenios', parte.clave, 'json'),
          ...(await conjuntoEnTrozos(parte.documentos, tituloDeParte(TITULO_DE_CONJUNTO, parte))),
        },
        csv: csv.flatMap((a) => (a.porAnio ?? []).filter((p) => p.clave === parte.clave).map((p) => ({ ...p, tabla: a.tabla.nombre }))),
      })),
    );
  });

// Each convenio's events are serialized once and shared by the whole-site calendar and its ente's and program's.
const eventos = new Map<string, EventoIcs[]>();
function eventosDe(c: ConvenioCalculado, corte: string, recordar: Recordar): EventoIcs[] {
  let lista = eventos.get(c.id);
  if (lista === undefined) {
    const pub = obtenerPublicacion();
    let hechos: EventoIcs[] | undefined;
    // Each event is stamped with the build's instant, which the document key does not cover.
    const texto = recordar(`eventos-${pub.construido.toISOString()}`, c, () =>
      JSON.stringify((hechos = eventosPorCompromiso(c, corte, pub))),
    );
    lista = hechos ?? (JSON.parse(comoTexto(texto)) as EventoIcs[]);
    eventos.set(c.id, lista);
  }
  return lista;
}
const todosLosEventos = (c: ConvenioCalculado, corte: string, recordar: Recordar): string =>
  eventosDe(c, corte, recordar)
    .map((e) => e.texto)
    .join('');

/** The whole-site calendar: only what falls due around the cut-off (ventanaDelCalendario). */
export const obtenerVencimientos = (): Promise<Serializado & { eventos: number; ventana: Ventana }> =>
  unaVez('vencimientos.ics', async () => {
    const [indice, recordar] = await Promise.all([obtenerIndice(), obtenerRecordar()]);
    const ventana = ventanaDelCalendario(indice.corte);
    const lista = eventosEnVentana(
      indice.convenios.map((c) => eventosDe(c, indice.corte, recordar)),
      ventana,
    );
    return {
      ...medir(calendarioIcs(calendarioGeneral(ventana, indice.corte), lista, obtenerPublicacion())),
      eventos: lista.length,
      ventana,
    };
  });

/** The calendar of the convenios where one ente is the evaluated body. */
export async function vencimientosDeEnte(e: GrupoEnte): Promise<string> {
  const [indice, recordar] = await Promise.all([obtenerIndice(), obtenerRecordar()]);
  return calendarioIcs(
    {
      nombre: `${e.datos.siglas ?? e.datos.nombre}: vencimientos de compromisos`,
      descripcion: `Compromisos de los convenios en los que ${e.datos.nombre} es el ente evaluado, en su fecha de vencimiento efectiva.`,
    },
    e.convenios.map((c) => todosLosEventos(c, indice.corte, recordar)),
    obtenerPublicacion(),
  );
}

/** The calendar of one program's commitments (only programs with due dates get one). */
export async function vencimientosDePrograma(p: Grupo<Programa>): Promise<string> {
  const [indice, recordar] = await Promise.all([obtenerIndice(), obtenerRecordar()]);
  const nombre = nombreDePrograma(p.datos);
  return calendarioIcs(
    {
      nombre: `Programa ${nombre}: vencimientos de compromisos`,
      descripcion: `Compromisos de los convenios del programa presupuestario ${nombre}, en su fecha de vencimiento efectiva.`,
    },
    p.convenios.map((c) => todosLosEventos(c, indice.corte, recordar)),
    obtenerPublicacion(),
  );
}

/** The RSS of what fell due in the last 30 days or falls due in the next 30, for an ente or a program. */
export async function avisosDeVencimiento(
  grupo: { tipo: 'ente'; g: GrupoEnte } | { tipo: 'programa'; g: Grupo<Programa> },
): Promise<string> {
  const indice = await obtenerIndice();
  const esEnte = grupo.tipo === 'ente';
  return getRssString(
    opcionesRssVencimientos(
      {
        nombre: esEnte ? (grupo.g.datos.siglas ?? grupo.g.datos.nombre) : `Programa ${nombreDePrograma(grupo.g.datos)}`,
        pagina: esEnte ? rutas.ente(grupo.g.id) : rutas.programa(grupo.g.id),
        propia: esEnte ? rutas.avisosEnte(grupo.g.id) : rutas.avisosPrograma(grupo.g.id),
        documentos: grupo.g.convenios,
        corte: indice.corte,
      },
      obtenerPublicacion(),
    ),
  );
}

export const ESQUEMAS_DE_DESCARGA = ['registro-convenio', 'convenios'] as const;
export const ESQUEMAS = [...(Object.keys(COLECCIONES_CON_ESQUEMA) as ColeccionConEsquema[]), ...ESQUEMAS_DE_DESCARGA];
export type NombreDeEsquema = (typeof ESQUEMAS)[number];

export const obtenerEsquema = (nombre: NombreDeEsquema): Promise<Serializado> =>
  unaVez(`esquema:${nombre}`, async () => {
    const pub = obtenerPublicacion();
    const esDescarga = (ESQUEMAS_DE_DESCARGA as readonly string[]).includes(nombre);
    return medir(
      aJson(
        esDescarga
          ? esquemaDeDescarga(nombre as (typeof ESQUEMAS_DE_DESCARGA)[number], pub)
          : esquemaDeContenido(nombre as ColeccionConEsquema, pub),
      ),
    );
  });
