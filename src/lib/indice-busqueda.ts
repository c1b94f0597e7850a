/**
 * What each built page tells the Pagefind index besides its text, the choices /buscar/ offers, and the HTML
 * clean-up before indexing. Build-side only: the browser never loads this module.
 */
import { NIVELES, type Ente, type Gobierno, type Programa } from '../schemas/catalogos.ts';
import { PRIORIDADES, TIPOS_ASM, TIPOS_MEJORA } from '../schemas/compromiso.ts';
import { TIPOS_DOCUMENTO } from '../schemas/documento.ts';
import {
  CLAVE_CICLO,
  CLAVE_FECHA,
  ETIQUETAS_FACETA,
  FACETAS,
  FACETAS_DE_CLASIFICACION,
  FACETAS_DE_EVALUACION,
  raizDeCosto,
  resumenDeEstados,
  UMBRAL_PALABRA_COMUN,
  type Faceta,
} from './busqueda.ts';
import { ESTADOS, ETIQUETAS } from './estados.ts';
import type { ConvenioCalculado, Indice, Registro } from './indice.ts';
import { ETIQUETAS_TIPO_DOCUMENTO, tipoDe } from './documentos/tipos.ts';
import { describirCumplimiento, nombreDePrograma } from './textos.ts';
import type { Evaluacion } from '../schemas/evaluacion.ts';
import { ciclosDe, describirCiclo, formatearPesos, slugDeCiclo, tiposDe } from './evaluaciones/textos.ts';
import { slugDeTipo } from './evaluaciones/tipos.ts';
import type { EvaluacionVista } from './evaluaciones/vista.ts';
import { plural } from './palabras.ts';
import { ocultarVacias } from './palabras-vacias.ts';
import { sinLoQueNoSeIndexa } from './html-ligero.ts';

/** Every value of a commitment classification in a document, in first-seen order, each once. */
function clasificaciones(c: ConvenioCalculado): Record<'tipo_asm' | 'prioridad' | 'mejora' | 'tema', string[]> {
  const conjuntos = { tipo_asm: new Set<string>(), prioridad: new Set<string>(), mejora: new Set<string>(), tema: new Set<string>() };
  for (const { compromiso: k } of c.compromisos) {
    if (k.tipo_asm) conjuntos.tipo_asm.add(k.tipo_asm);
    if (k.prioridad) conjuntos.prioridad.add(k.prioridad);
    for (const m of k.tipo_mejora ?? []) conjuntos.mejora.add(m);
    for (const t of k.temas ?? []) conjuntos.tema.add(t);
  }
  return {
    tipo_asm: [...conjuntos.tipo_asm],
    prioridad: [...conjuntos.prioridad],
    mejora: [...conjuntos.mejora],
    tema: [...conjuntos.tema],
  };
}

export interface Marcas {
  /** Pagefind filters: key → values. */
  filtros: Record<string, string[]>;
  /** Pagefind metadata returned with each result. */
  meta: Record<string, string>;
  /** Pagefind sort keys. */
  orden: Record<string, string>;
}

/** Everything a convenio page tells the index besides its text. Filter values are ids, so they stay stable and unique. */
export function marcasDeConvenio(c: ConvenioCalculado): Marcas {
  const estados = ESTADOS.filter((e) => c.conteo.porEstado[e] > 0);
  const tipo = tipoDe(c.datos);
  const anio = c.anio === undefined ? undefined : String(c.anio);
  const clases = clasificaciones(c);
  const opcional = (clave: string, valor: string | undefined): Record<string, string> => (valor === undefined ? {} : { [clave]: valor });
  return {
    // "tipo" only on documents that are not signed convenios (TIPO_SOLO_CONVENIOS): that filter, which
    // every search loads, lists the few pages that are not convenios. "documento" tells each kind, for the facet.
    filtros: {
      ...(c.tipo === 'convenio' ? {} : { tipo: [c.tipo] }),
      documento: [c.tipo],
      programa: [c.programa.id],
      ente: [c.enteEvaluado.id],
      gobierno: [c.gobierno.id],
      nivel: [c.gobierno.datos.nivel],
      ...(anio === undefined ? {} : { pae: [anio] }),
      estado: estados.map((e) => ETIQUETAS[e]),
      // Only the classifications the document has: a convenio usually has none.
      ...Object.fromEntries(Object.entries(clases).filter(([, valores]) => valores.length > 0)),
    },
    meta: {
      title: c.datos.titulo,
      ...(tipo.aclaracion === undefined ? {} : { documento: tipo.etiqueta }),
      ...opcional(tipo.fechaEs, c.fecha),
      ente: c.enteEvaluado.datos.nombre,
      programa: nombreDePrograma(c.programa.datos),
      gobierno: c.gobierno.datos.nombre,
      ...opcional(tipo.anioEs, anio),
      estados: resumenDeEstados(c.conteo.porEstado),
      cumplimiento: describirCumplimiento(c),
    },
    // Without a date (a federal document with no report yet) it sorts as the oldest.
    orden: { [CLAVE_FECHA]: c.fecha ?? '0000-00-00' },
  };
}

type Catalogo =
  | { tipo: 'programa'; registro: Registro<Programa> }
  | { tipo: 'ente'; registro: Registro<Ente> }
  | { tipo: 'gobierno'; registro: Registro<Gobierno> };

/** Program, ente and government pages are indexed by name only, as shortcuts next to the convenios. */
export function marcasDeCatalogo({ tipo, registro }: Catalogo): Marcas {
  const title = tipo === 'programa' ? `Programa ${nombreDePrograma(registro.datos)}` : registro.datos.nombre;
  return { filtros: { tipo: [tipo] }, meta: { title }, orden: {} };
}

/** The ramo filter value of an evaluation: ID_RAMO without leading zeros («06» → «6»), «na» when the SHCP gives none. */
export function valorDeRamo(clave: string | undefined): string {
  const c = clave
    ?.trim()
    .toLowerCase()
    .replace(/^0+(?=\d)/, '');
  return c ? c : 'na';
}

/** «2015-2016»: the PAE year then the year of conclusion, «0000» for what is missing (complementary ones sort oldest). */
export function ordenDeEvaluacion(d: Pick<Evaluacion, 'ciclo_pae' | 'ciclo_conclusion'>): string {
  const pae = /^PAE\s*(\d{4})$/i.exec(d.ciclo_pae.trim())?.[1] ?? '0000';
  return `${pae}-${d.ciclo_conclusion ?? '0000'}`;
}

/** Everything an evaluation page tells the index: its ramo, type and PAE cycle as filters, its card, its order. */
export function marcasDeEvaluacion(e: EvaluacionVista): Marcas {
  const d = e.datos;
  const programa = [e.programaClave, e.programaNombre].filter(Boolean).join(' ');
  const ramo = [d.ramo.clave, d.ramo.nombre].filter(Boolean).join(' ');
  const opcional = (clave: string, valor: string | undefined): Record<string, string> => (valor ? { [clave]: valor } : {});
  return {
    filtros: {
      tipo: ['evaluacion'],
      ramo: [valorDeRamo(d.ramo.clave)],
      tipo_evaluacion: [slugDeTipo(d.tipo_normalizado)],
      ciclo: [slugDeCiclo(d.ciclo_pae)],
    },
    meta: {
      title: `Evaluación ${d.tipo_normalizado} ${d.id_evaluacion}`,
      ...opcional('programa', programa),
      ...opcional('ramo', ramo),
      tipo_evaluacion: d.tipo_normalizado,
      ciclo: describirCiclo(d.ciclo_pae),
      ...opcional('evaluador', d.evaluador),
      costo: d.costo !== undefined ? formatearPesos(d.costo) : 'Sin costo publicado',
      asm: e.asm.length === 0 ? 'Ninguno en el archivo de la SHCP' : plural(e.asm.length, 'ASM', 'ASM'),
    },
    orden: { [CLAVE_CICLO]: ordenDeEvaluacion(d) },
  };
}

/** The ramos of the evaluations, by number, each named as most of its evaluations name it. */
function ramosDe(evaluaciones: readonly Registro<Evaluacion>[]): OpcionDeFaceta[] {
  const nombres = new Map<string, Map<string, number>>();
  for (const { datos } of evaluaciones) {
    const valor = valorDeRamo(datos.ramo.clave);
    const cuenta = nombres.get(valor) ?? new Map<string, number>();
    const nombre = datos.ramo.nombre ?? '';
    cuenta.set(nombre, (cuenta.get(nombre) ?? 0) + 1);
    nombres.set(valor, cuenta);
  }
  const numero = (v: string) => (/^\d+$/.test(v) ? Number(v) : Infinity);
  return [...nombres.entries()]
    .sort(([a], [b]) => numero(a) - numero(b) || a.localeCompare(b, 'es-MX'))
    .map(([valor, cuenta]) => {
      const nombre = [...cuenta.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'es-MX'))[0]![0];
      const etiqueta = valor === 'na' ? 'No aplica' : [valor, nombre].filter(Boolean).join(' ');
      return { valor, etiqueta };
    });
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

/**
 * The choices of each facet: only values some convenio (or, for the evaluation facets, some evaluation) has, in
 * the order the browse pages use (names A–Z, years newest first, types most frequent first).
 */
export function opcionesDeFacetas(indice: Indice): DefinicionDeFaceta[] {
  const evaluaciones = indice.evaluaciones ?? [];
  const conConvenios = <T extends { convenios: unknown[] }>(grupos: T[]) => grupos.filter((g) => g.convenios.length > 0);
  const niveles = new Set(indice.convenios.map((c) => c.gobierno.datos.nivel));
  const tipos = new Set(indice.convenios.map((c) => c.tipo));
  const presentes = { tipo_asm: new Set<string>(), prioridad: new Set<string>(), mejora: new Set<string>(), tema: new Set<string>() };
  for (const c of indice.convenios) {
    const clases = clasificaciones(c);
    for (const f of ['tipo_asm', 'prioridad', 'mejora', 'tema'] as const) for (const v of clases[f]) presentes[f].add(v);
  }
  const enOrden = (vocabulario: readonly string[], vistos: Set<string>) =>
    vocabulario.filter((v) => vistos.has(v)).map((v) => ({ valor: v, etiqueta: v }));
  const opciones: Record<Faceta, OpcionDeFaceta[]> = {
    documento: TIPOS_DOCUMENTO.filter((t) => tipos.has(t)).map((t) => ({ valor: t, etiqueta: ETIQUETAS_TIPO_DOCUMENTO[t] })),
    programa: conConvenios(indice.programas).map((p) => ({ valor: p.id, etiqueta: nombreDePrograma(p.datos) })),
    ente: conConvenios(indice.entes).map((e) => ({ valor: e.id, etiqueta: e.datos.nombre })),
    gobierno: conConvenios(indice.gobiernos).map((g) => ({ valor: g.id, etiqueta: g.datos.nombre })),
    nivel: NIVELES.filter((n) => niveles.has(n)).map((n) => ({ valor: n, etiqueta: n.charAt(0).toUpperCase() + n.slice(1) })),
    pae: indice.ejercicios.map((e) => ({ valor: String(e.pae), etiqueta: String(e.pae) })),
    estado: ESTADOS.map((e) => ({ valor: e, etiqueta: ETIQUETAS[e] })),
    tipo_asm: enOrden(TIPOS_ASM, presentes.tipo_asm),
    prioridad: enOrden(PRIORIDADES, presentes.prioridad),
    mejora: enOrden(TIPOS_MEJORA, presentes.mejora),
    tema: [...presentes.tema].sort((a, b) => a.localeCompare(b, 'es-MX')).map((t) => ({ valor: t, etiqueta: t })),
    ramo: ramosDe(evaluaciones),
    tipo_evaluacion: tiposDe(evaluaciones).map((t) => ({ valor: slugDeTipo(t.tipo), etiqueta: t.tipo })),
    ciclo: ciclosDe(evaluaciones).map((c) => ({ valor: c.slug, etiqueta: describirCiclo(c.ciclo) })),
  };
  // A facet nobody can use is not offered: the classifications only exist where federal ASM data was imported, the
  // evaluation facets where the evaluations were, and telling convenios from federal documents only matters once
  // both are there.
  const opcional = [...FACETAS_DE_CLASIFICACION, ...FACETAS_DE_EVALUACION];
  return FACETAS.filter((f) => (f === 'documento' ? opciones.documento.length > 1 : !opcional.includes(f) || opciones[f].length > 0)).map(
    (faceta) => ({
      faceta,
      etiqueta: ETIQUETAS_FACETA[faceta],
      opciones: opciones[faceta],
    }),
  );
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
  return /<[a-z][a-z0-9-]*\s[^>]*\bdata-pagefind-body(?=[\s=>/])/i.test(html);
}

/** A built page's sort value, as MarcasBusqueda writes it (data-pagefind-sort="clave[data-valor]" data-valor="…"). */
export function valorDeOrden(html: string): string | undefined {
  return /\bdata-pagefind-sort="[^"[]+\[data-valor\]" data-valor="([^"]*)"/.exec(html)?.[1];
}

/**
 * What Pagefind needs of a page whose one indexed element is an <article data-pagefind-body> holding every filter,
 * metadata and sort mark: the <html> tag (its lang) and that article. Pagefind reads nothing else of such a page,
 * and the rest (head, header, navigation, footer) was most of the 418 MB it parsed at 10,000 convenios. Any other
 * page goes whole.
 */
export function soloLoIndexado(html: string): string {
  const cuerpos = html.match(/\bdata-pagefind-body\b/g)?.length ?? 0;
  const inicio = html.search(/<article\s[^>]*\bdata-pagefind-body\b/);
  const fin = html.lastIndexOf('</article>');
  const raiz = /<html\b[^>]*>/.exec(html)?.[0];
  if (cuerpos !== 1 || inicio === -1 || fin < inicio || !raiz) return html;
  // Another article before the last </article> would make it ambiguous: only a page with this one article qualifies.
  const otroArticulo = html.indexOf('<article', inicio + 1);
  if (otroArticulo !== -1 && otroArticulo < fin) return html;
  const marca = /\bdata-pagefind-(?:filter|meta|sort)\b/;
  if (marca.test(html.slice(0, inicio)) || marca.test(html.slice(fin))) return html;
  return `${raiz}<body>${html.slice(inicio, fin + '</article>'.length)}</body></html>`;
}

/**
 * A built page as Pagefind gets it: cut to its indexed article when it can be, function words hidden, and, when cut,
 * without what Pagefind skips (src/lib/html-ligero.ts). A whole page keeps its head, whose attributes Pagefind
 * reads (an image's og:image, for one).
 */
export function paraElIndice(html: string): string {
  const articulo = soloLoIndexado(html);
  // Lightened first, so the two passes over text read half the bytes (the same index: tests/build/indice-busqueda).
  return ocultarVaciasEnHtml(espaciarBloques(articulo === html ? html : sinLoQueNoSeIndexa(articulo)));
}

/** ~ ^ | written as character references: Pagefind reads them as the characters, so they are escaped like them. */
const MARCAS_COMO_ENTIDAD = /&#(?:0*126|x0*7e);|&#(?:0*94|x0*5e);|&#(?:0*124|x0*7c);|&Hat;|&verbar;|&vert;|&VerticalLine;/gi;
const MARCA_DE_ENTIDAD: Record<string, string> = { '126': '~', '7e': '~', '94': '^', '5e': '^', '124': '|', '7c': '|' };
function marcasLiterales(texto: string): string {
  return texto.replace(MARCAS_COMO_ENTIDAD, (e) => {
    const numero = /^&#x?0*([0-9a-f]+);$/i.exec(e)?.[1]?.toLowerCase();
    if (numero) return MARCA_DE_ENTIDAD[numero] ?? e;
    return e.toLowerCase() === '&hat;' ? '^' : '|';
  });
}

/** Elements whose text Pagefind keeps apart from its neighbours' (its block elements, and <br>). */
const BLOQUES = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section', 'br']);

/** A run of text, with the edges that touch a block element counted as spaces. */
function ocultarEnTramo(texto: string, bordeInicial: boolean, bordeFinal: boolean): string {
  const t = ocultarVacias(`${bordeInicial ? ' ' : ''}${marcasLiterales(texto)}${bordeFinal ? ' ' : ''}`);
  return t.slice(bordeInicial ? 1 : 0, bordeFinal ? -1 : undefined);
}

/**
 * The page as Pagefind should read it: function words hidden (src/lib/palabras-vacias.ts) in every run of text
 * and in the metadata values, which Pagefind indexes too.
 */
export function ocultarVaciasEnHtml(html: string): string {
  return html
    .replace(/(data-pagefind-meta="[^"]*" data-valor=")([^"]*)"/g, (_m, antes: string, valor: string) => {
      return `${antes}${ocultarEnTramo(valor, true, true)}"`;
    })
    .replace(
      /(?<=<\/?([a-zA-Z][\w-]*)(?:\s[^<>]*)?)>([^<]+)<(?=\/?([a-zA-Z][\w-]*))/g,
      (_m, antes: string, texto: string, despues: string) => {
        return `>${ocultarEnTramo(texto, BLOQUES.has(antes.toLowerCase()), BLOQUES.has(despues.toLowerCase()))}<`;
      },
    );
}

/**
 * For each raizDeCosto of the text of each page as Pagefind keeps it, its positions plus one per page that has it,
 * as Pagefind sizes its lists. Counts of several sets of pages add up (sumarCostos).
 */
export function costosDeRaices(paginas: Iterable<string>): Record<string, number> {
  const total = new Map<string, number>();
  // Folding a word (Unicode normalization) costs more than counting it, and pages repeat their words.
  const raices = new Map<string, string>();
  for (const texto of paginas) {
    const enPagina = new Map<string, number>();
    for (const palabra of texto.match(/[\p{L}\p{N}]+/gu) ?? []) {
      let raiz = raices.get(palabra);
      if (raiz === undefined) raices.set(palabra, (raiz = raizDeCosto(palabra)));
      enPagina.set(raiz, (enPagina.get(raiz) ?? 0) + 1);
    }
    for (const [raiz, n] of enPagina) total.set(raiz, (total.get(raiz) ?? 0) + n + 1);
  }
  return Object.fromEntries(total);
}

/** The costs of several sets of pages, root by root. */
export function sumarCostos(costos: Iterable<Readonly<Record<string, number>>>): Record<string, number> {
  const suma = new Map<string, number>();
  for (const c of costos) for (const [raiz, n] of Object.entries(c)) suma.set(raiz, (suma.get(raiz) ?? 0) + n);
  return Object.fromEntries(suma);
}

/** The common words of an index (see UMBRAL_PALABRA_COMUN in busqueda.ts): the roots whose cost reaches `umbral`, sorted. */
export function palabrasComunes(costos: Readonly<Record<string, number>>, umbral = UMBRAL_PALABRA_COMUN): Record<string, number> {
  return Object.fromEntries(
    Object.entries(costos)
      .filter(([, n]) => n >= umbral)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
