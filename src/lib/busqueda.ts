/**
 * Full-text search (Pagefind): what each page puts in the index, and how a search lives in the URL of /buscar/.
 * Shared by the build (pages write the marks) and the browser (src/cliente/buscar.ts reads the URL).
 */
import { NIVELES, type Ente, type Gobierno, type Programa } from '../schemas/catalogos.ts';
import { ESTADOS, ETIQUETAS, type Estado } from './estados.ts';
import type { ConvenioCalculado, Indice, Registro } from './indice.ts';
import { describirTasa } from './tasas.ts';

/** Facets of /buscar/, in the order they are shown; each is also a URL parameter and a Pagefind filter. */
export const FACETAS = ['programa', 'ente', 'gobierno', 'nivel', 'pae', 'estado'] as const;
export type Faceta = (typeof FACETAS)[number];

export const ORDENES = ['relevancia', 'recientes', 'antiguos'] as const;
export type Orden = (typeof ORDENES)[number];

/** Kinds of indexed page: convenios are the results; the others are offered as shortcuts. */
export const TIPOS = ['convenio', 'programa', 'ente', 'gobierno'] as const;
export type Tipo = (typeof TIPOS)[number];

/** Sort key (Pagefind `data-pagefind-sort`) of a convenio: its signing date, AAAA-MM-DD. */
export const CLAVE_FECHA = 'firma';

export interface Marcas {
  /** Pagefind filters: key → values. */
  filtros: Record<string, string[]>;
  /** Pagefind metadata returned with each result. */
  meta: Record<string, string>;
  /** Pagefind sort keys. */
  orden: Record<string, string>;
}

export function nombreDePrograma(p: Programa): string {
  return p.clave ? `${p.clave} ${p.nombre}` : p.nombre;
}

/** "atendido_a_tiempo:2,sin_informacion:4": the statuses present, in the fixed order of ESTADOS. */
export function resumenDeEstados(porEstado: Record<Estado, number>): string {
  return ESTADOS.filter((e) => porEstado[e] > 0)
    .map((e) => `${e}:${porEstado[e]}`)
    .join(',');
}

/** Reads resumenDeEstados back; anything that is not a known status with a positive count is left out. */
export function leerResumenDeEstados(texto: string | undefined): { estado: Estado; n: number }[] {
  if (!texto) return [];
  const conocidos = new Set<string>(ESTADOS);
  return texto.split(',').flatMap((parte) => {
    const [estado, n] = parte.split(':');
    const cuenta = Number(n);
    return estado && conocidos.has(estado) && /^\d+$/.test(n ?? '') && cuenta > 0 ? [{ estado: estado as Estado, n: cuenta }] : [];
  });
}

/** Everything a convenio page tells the index besides its text. Filter values are ids, so they stay stable and unique. */
export function marcasDeConvenio(c: ConvenioCalculado): Marcas {
  const estados = ESTADOS.filter((e) => c.conteo.porEstado[e] > 0);
  return {
    filtros: {
      tipo: ['convenio'],
      programa: [c.programa.id],
      ente: [c.enteEvaluado.id],
      gobierno: [c.gobierno.id],
      nivel: [c.gobierno.datos.nivel],
      pae: [String(c.datos.pae)],
      estado: estados.map((e) => ETIQUETAS[e]),
    },
    meta: {
      title: c.datos.titulo,
      firma: c.datos.firma.fecha,
      ente: c.enteEvaluado.datos.nombre,
      programa: nombreDePrograma(c.programa.datos),
      gobierno: c.gobierno.datos.nombre,
      pae: String(c.datos.pae),
      estados: resumenDeEstados(c.conteo.porEstado),
      cumplimiento: describirTasa(c.conteo),
    },
    orden: { [CLAVE_FECHA]: c.datos.firma.fecha },
  };
}

type Catalogo = { tipo: 'programa'; registro: Registro<Programa> } | { tipo: 'ente'; registro: Registro<Ente> } | { tipo: 'gobierno'; registro: Registro<Gobierno> };

/** Program, ente and government pages are indexed by name only, as shortcuts next to the convenios. */
export function marcasDeCatalogo({ tipo, registro }: Catalogo): Marcas {
  const title = tipo === 'programa' ? `Programa ${nombreDePrograma(registro.datos)}` : registro.datos.nombre;
  return { filtros: { tipo: [tipo] }, meta: { title }, orden: {} };
}

export const ETIQUETAS_FACETA: Record<Faceta, string> = {
  programa: 'Programa presupuestario',
  ente: 'Ente evaluado',
  gobierno: 'Gobierno',
  nivel: 'Nivel de gobierno',
  pae: 'Año del PAE',
  estado: 'Con compromisos en estado',
};

export const ETIQUETAS_ORDEN: Record<Orden, string> = {
  relevancia: 'Relevancia',
  recientes: 'Firmados más recientemente',
  antiguos: 'Firmados hace más tiempo',
};

export interface OpcionDeFaceta {
  /** As it goes in the URL. */
  valor: string;
  etiqueta: string;
}

export interface DefinicionDeFaceta {
  faceta: Faceta;
  etiqueta: string;
  opciones: OpcionDeFaceta[];
}

/** The choices of each facet: only values some convenio has, in the order the browse pages use (names A–Z, years newest first). */
export function opcionesDeFacetas(indice: Indice): DefinicionDeFaceta[] {
  const conConvenios = <T extends { convenios: unknown[] }>(grupos: T[]) => grupos.filter((g) => g.convenios.length > 0);
  const niveles = new Set(indice.convenios.map((c) => c.gobierno.datos.nivel));
  const opciones: Record<Faceta, OpcionDeFaceta[]> = {
    programa: conConvenios(indice.programas).map((p) => ({ valor: p.id, etiqueta: nombreDePrograma(p.datos) })),
    ente: conConvenios(indice.entes).map((e) => ({ valor: e.id, etiqueta: e.datos.nombre })),
    gobierno: conConvenios(indice.gobiernos).map((g) => ({ valor: g.id, etiqueta: g.datos.nombre })),
    nivel: NIVELES.filter((n) => niveles.has(n)).map((n) => ({ valor: n, etiqueta: n.charAt(0).toUpperCase() + n.slice(1) })),
    pae: indice.ejercicios.map((e) => ({ valor: String(e.pae), etiqueta: String(e.pae) })),
    estado: ESTADOS.map((e) => ({ valor: e, etiqueta: ETIQUETAS[e] })),
  };
  return FACETAS.map((faceta) => ({ faceta, etiqueta: ETIQUETAS_FACETA[faceta], opciones: opciones[faceta] }));
}

// ---------------------------------------------------------------------------------------------
// The search in the URL: /buscar/?q=…&programa=…&ente=…&gobierno=…&nivel=…&pae=…&estado=…&orden=…

export interface Consulta {
  q: string;
  filtros: Partial<Record<Faceta, string>>;
  /** Absent: relevance when there are words, newest first when there are none. */
  orden?: Orden;
}

/** URL parameter → Pagefind filter value. Statuses travel as keys (sin_informacion) and are indexed by their Spanish label. */
export function valorIndexado(faceta: Faceta, valor: string): string | undefined {
  if (faceta !== 'estado') return valor;
  return (ESTADOS as readonly string[]).includes(valor) ? ETIQUETAS[valor as Estado] : undefined;
}

/** Reads a search from the URL. Unknown statuses and orders are dropped: a mistyped link still searches. */
export function leerConsulta(parametros: URLSearchParams): Consulta {
  const filtros: Partial<Record<Faceta, string>> = {};
  for (const f of FACETAS) {
    const v = parametros.get(f)?.trim();
    if (v && valorIndexado(f, v) !== undefined) filtros[f] = v;
  }
  const orden = parametros.get('orden')?.trim();
  return {
    q: (parametros.get('q') ?? '').trim(),
    filtros,
    ...((ORDENES as readonly string[]).includes(orden ?? '') ? { orden: orden as Orden } : {}),
  };
}

/** The URL parameters of a search, for rutas.buscar(); the default order is left out so links stay short. */
export function parametrosDeConsulta(c: Consulta): Partial<Record<'q' | Faceta | 'orden', string>> {
  return { q: c.q, ...c.filtros, ...(c.orden && c.orden !== ordenPredeterminado(c) ? { orden: c.orden } : {}) };
}

export function ordenPredeterminado(c: Pick<Consulta, 'q'>): Orden {
  return c.q ? 'relevancia' : 'recientes';
}

/** Relevance needs words; without them the newest come first. */
export function ordenEfectivo(c: Consulta): Orden {
  const orden = c.orden ?? ordenPredeterminado(c);
  return orden === 'relevancia' && !c.q ? 'recientes' : orden;
}

/** Options for pagefind.search(term, options): only convenios, the chosen filters, and the sort. */
export function opcionesDePagefind(c: Consulta, sin?: Faceta): { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters: Record<string, string> = { tipo: 'convenio' };
  for (const f of FACETAS) {
    const v = c.filtros[f];
    const indexado = v === undefined || f === sin ? undefined : valorIndexado(f, v);
    if (indexado !== undefined) filters[f] = indexado;
  }
  const orden = ordenEfectivo(c);
  return orden === 'relevancia' ? { filters } : { filters, sort: { [CLAVE_FECHA]: orden === 'recientes' ? 'desc' : 'asc' } };
}

// ---------------------------------------------------------------------------------------------
// HTML as the indexer reads it

/**
 * Pagefind 1.6 joins the text of adjacent <dt>, <dd>, <th> and <caption> elements ("GobiernoMunicipio de…"), which
 * glues the first word of every value to its label and makes it unfindable. A space after each closing tag keeps
 * words apart without changing what the page shows (whitespace between these elements is not rendered).
 */
export function espaciarBloques(html: string): string {
  return html.replace(/<\/(dt|dd|th|td|caption|li|tr)>/gi, '$& ');
}

/** Whether a built page asks to be indexed (has an element with data-pagefind-body). */
export function esIndexable(html: string): boolean {
  return /<[a-z][a-z0-9-]*\s[^>]*\bdata-pagefind-body(?=[\s=>\/])/i.test(html);
}
