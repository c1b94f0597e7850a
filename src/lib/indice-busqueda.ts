/**
 * What each built page tells the Pagefind index besides its text, the choices /buscar/ offers, and the HTML
 * clean-up before indexing. Build-side only: the browser never loads this module.
 */
import { NIVELES, type Ente, type Gobierno, type Programa } from '../schemas/catalogos.ts';
import { CLAVE_FECHA, ETIQUETAS_FACETA, FACETAS, resumenDeEstados, type Faceta } from './busqueda.ts';
import { ESTADOS, ETIQUETAS } from './estados.ts';
import type { ConvenioCalculado, Indice, Registro } from './indice.ts';
import { describirTasa } from './tasas.ts';

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
