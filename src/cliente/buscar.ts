/**
 * The /buscar/ page in the browser: reads the search from the URL, asks Pagefind, shows facets with counts and results,
 * and keeps the URL up to date so that a link reproduces the same search.
 */
import { SIMBOLOS_ESTADO } from '../lib/colores.ts';
import { ETIQUETAS } from '../lib/estados.ts';
import { formatearFecha } from '../lib/fechas.ts';
import {
  ambitoDe,
  ambitoDeConsulta,
  DESCARGA_DE_AMBITO,
  FACETAS,
  filtrarCsv,
  idDeResultado,
  leerConsulta,
  nombreDeDescarga,
  nombreDeResultados,
  textoDeConteo,
  leerResumenDeEstados,
  opcionesDePagefind,
  opcionesSoloConvenios,
  ordenarFrase,
  ordenEfectivo,
  parametrosDeConsulta,
  RANKING,
  RESULTADOS_POR_PAGINA,
  compromisoCoincidente,
  contieneLaFrase,
  contieneLasPalabras,
  conOtraPalabra,
  frasesCaras,
  frasesSinPosiciones,
  notaDeAusentes,
  notaDeFrasesSueltas,
  notaDeOmitidas,
  palabrasSueltas,
  sinAusentes,
  sinPalabra,
  sinComillas,
  sinPalabrasComunes,
  terminoParaPagefind,
  tramosDeLasFrases,
  frasesEntreComillas,
  type PalabrasComunes,
  valorIndexado,
  type Ambito,
  type Consulta,
  type Faceta,
  type Orden,
  type Subresultado,
} from '../lib/busqueda.ts';
import { frasesEnElTexto, type TextoDelResultado } from '../lib/busqueda-en-el-texto.ts';
import { mostrarVacias } from '../lib/palabras-vacias.ts';
import { plural } from '../lib/palabras.ts';
import { rutas } from '../sitio/rutas-astro.ts';
import {
  cargarPartes,
  conOrdenes,
  enPartes,
  type DatosDeResultado,
  type ModuloPagefind,
  type Pagefind,
  type Resultado,
} from './pagefind-partes.ts';
import { ARCHIVO_DEL_INDICE, carpetaDeParte, lugaresDeOrden, type DescripcionDelIndice } from '../lib/partes-del-indice.ts';

/** A result as the page shows it, and its text as Pagefind keeps it (for frasesEnElTexto). */
type DatosLeidos = DatosDeResultado & { indexado: TextoDelResultado };

/** A result's text with the function words back in (the index hides them: src/lib/palabras-vacias.ts). */
async function leer(r: Resultado): Promise<DatosLeidos> {
  const d = await r.data();
  const html = { html: true };
  return {
    ...d,
    indexado: { url: d.url, contenido: d.content, anclas: d.anchors ?? [], ubicaciones: d.locations ?? [] },
    excerpt: mostrarVacias(d.excerpt, html),
    content: mostrarVacias(d.content),
    meta: Object.fromEntries(Object.entries(d.meta).map(([k, v]) => [k, v === undefined ? v : mostrarVacias(v)])),
    sub_results: d.sub_results?.map((s) => ({ ...s, title: mostrarVacias(s.title), excerpt: mostrarVacias(s.excerpt, html) })),
  };
}
/** The tab's title for each kind of search (the counts, the heading and the button are named in src/lib/busqueda.ts). */
const TITULOS: Record<Ambito, string> = { convenios: 'Buscar convenios', evaluaciones: 'Buscar evaluaciones' };
const ESPERA_AL_ESCRIBIR = 250;
/** Words in a result's excerpt, Pagefind's and the page's own (frasesEnElTexto). */
const LARGO_DEL_EXTRACTO = 28;
const TIPOS_DE_ATAJO: Record<string, string> = { programa: 'Programa', ente: 'Ente', gobierno: 'Gobierno' };
const numero = new Intl.NumberFormat('es-MX');

function elemento<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Falta el elemento #${id} en /buscar/`);
  return el as T;
}

function crear<K extends keyof HTMLElementTagNameMap>(etiqueta: K, clase?: string, texto?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(etiqueta);
  if (clase) el.className = clase;
  if (texto !== undefined) el.textContent = texto;
  return el;
}

const formulario = elemento<HTMLFormElement>('buscador');
const entrada = elemento<HTMLInputElement>('q');
const selectorOrden = elemento<HTMLSelectElement>('orden');
const conteo = elemento<HTMLParagraphElement>('conteo');
const zona = elemento<HTMLElement>('zona-resultados');
const lista = elemento<HTMLOListElement>('resultados');
const pagina = elemento<HTMLParagraphElement>('pagina');
const botonMas = elemento<HTMLButtonElement>('mas');
const atajos = elemento<HTMLElement>('atajos');
const listaAtajos = elemento<HTMLUListElement>('atajos-lista');
const menosPalabras = elemento<HTMLElement>('menos-palabras');
const listaMenosPalabras = elemento<HTMLUListElement>('menos-palabras-lista');
const sinJs = elemento<HTMLElement>('sin-js');
const plegable = elemento<HTMLDetailsElement>('facetas');
const activos = elemento<HTMLSpanElement>('filtros-activos');
const tituloResultados = elemento<HTMLHeadingElement>('resultados-titulo');
const botonCsv = elemento<HTMLButtonElement>('descargar');
const estadoCsv = elemento<HTMLParagraphElement>('descarga-estado');
// The link to the data dictionary of the table the file comes from.
const tablaCsv = elemento<HTMLParagraphElement>('descarga-ayuda').querySelector('a')!;
/** Every document on the site is a signed convenio (the build says so): results are then always «convenios». */
const sitioSoloConvenios = formulario.hasAttribute('data-solo-convenios');
// Only when the site has evaluations: what the search looks through.
const selectorAmbito = document.getElementById('en') as HTMLSelectElement | null;

// The page leaves out facets no document can use (the federal classifications when there are no federal documents).
const selectores = new Map<Faceta, HTMLSelectElement>(
  FACETAS.flatMap((f) => {
    const s = document.getElementById(`f-${f}`);
    return s instanceof HTMLSelectElement ? [[f, s] as const] : [];
  }),
);
const FACETAS_EN_PAGINA = FACETAS.filter((f) => selectores.has(f));
// The labels were written at build time; counts are added to them as results come in.
const etiquetas = new Map<Faceta, Map<string, string>>(
  FACETAS_EN_PAGINA.map((f) => [
    f,
    new Map([...selectores.get(f)!.options].filter((o) => o.value).map((o) => [o.value, o.textContent ?? o.value])),
  ]),
);

sinJs.hidden = true;
formulario.hidden = false;

let pagefind: Promise<Pagefind> | undefined;
function cargarPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // The module and the description of the index load side by side: both are needed before the first search.
    const [modulo, { partes }] = await Promise.all([
      import(/* @vite-ignore */ rutas.recurso('pagefind/pagefind.js')) as Promise<ModuloPagefind>,
      cargarDescripcion(),
    ]);
    // Result URLs are indexed from the site root; the base path is added here so BASE_PATH builds link correctly.
    const opciones = { baseUrl: rutas.inicio, excerptLength: LARGO_DEL_EXTRACTO, ranking: RANKING };
    await cargarPartes(modulo, partes, (k) => rutas.recurso(`pagefind/${carpetaDeParte(k)}`), opciones);
    return enPartes(conOrdenes(modulo, cargarOrden), partes);
  })();
  return pagefind;
}

/** A sort key's list over every part (OrdenesDeParte), loaded the first time a search sorts by it. */
const ordenes = new Map<string, Promise<Map<string, number> | undefined>>();
function cargarOrden(clave: string): Promise<Map<string, number> | undefined> {
  const cargar = async () => {
    const d = await cargarDescripcion();
    if (d === SIN_DESCRIPCION) throw new Error(`sin la descripción del índice no se puede ordenar por «${clave}»`);
    const partes = d.ordenes.flatMap((o, k) => (o.archivos[clave] ? [{ ...o, k }] : []));
    if (partes.length === 0) return undefined;
    const listas = await Promise.all(
      partes.map(async ({ prefijo, archivos, k }) => {
        const r = await fetch(rutas.recurso(`pagefind/${carpetaDeParte(k)}${archivos[clave]}`));
        if (!r.ok) throw new Error(`no se pudo cargar el orden «${clave}» del índice (${r.status})`);
        return lugaresDeOrden(prefijo, (await r.json()) as number[]);
      }),
    );
    return new Map(listas.flatMap((l) => [...l]));
  };
  let orden = ordenes.get(clave);
  if (!orden) {
    // A failed load is tried again by the next search rather than kept.
    orden = cargar().catch((e: unknown) => {
      ordenes.delete(clave);
      throw e;
    });
    ordenes.set(clave, orden);
  }
  return orden;
}

/** What the build wrote next to the index (src/cli/indice-pagefind-fs.ts): how many parts, and what costs most. */
let descripcion: Promise<DescripcionDelIndice> | undefined;
// Without it the search still works: one part, no word left out, everything asked of Pagefind; only sorting fails.
const SIN_DESCRIPCION: DescripcionDelIndice = { partes: 1, comunes: {}, pesados: [], ordenes: [] };
function cargarDescripcion(): Promise<DescripcionDelIndice> {
  descripcion ??= fetch(rutas.recurso(`pagefind/${ARCHIVO_DEL_INDICE}`))
    .then((r) => (r.ok ? (r.json() as Promise<DescripcionDelIndice>) : SIN_DESCRIPCION))
    .catch(() => SIN_DESCRIPCION);
  return descripcion;
}
const cargarComunes = (): Promise<PalabrasComunes> => cargarDescripcion().then((d) => d.comunes);
const planDe = (termino: string) => cargarDescripcion().then((d) => frasesCaras(termino, d.comunes, d.pesados));

/** What Pagefind gets for a search's words (no function words, no common ones), and the common words left out. */
async function terminoDe(q: string): Promise<{ termino: string | null; omitidas: string[] }> {
  const { termino, omitidas } = sinPalabrasComunes(terminoParaPagefind(q), await cargarComunes());
  return { termino: termino || null, omitidas };
}

/**
 * Facet counts only cover filters whose chunks are loaded, and filters() loads every one: at 10,000 convenios they
 * weigh more than everything else a first search downloads. So they are loaded once someone reaches for the filters
 * (focus or pointer on them); until then each facet lists all its values, without counts.
 */
let filtrosCargados: Promise<unknown> | undefined;
function pedirConteos(): void {
  if (filtrosCargados) return;
  filtrosCargados = cargarPagefind().then((pf) => pf.filters());
  void filtrosCargados.then(() => contarFacetas(consultaMostrada, turno));
}

/** The order the user picked, if any: otherwise it follows the words (relevance) or their absence (newest). */
let ordenElegido: Orden | undefined;
let turno = 0;
let resultados: Resultado[] = [];
let mostrados = 0;
/** The search whose results are on screen, for the CSV download. */
let consultaMostrada: Consulta = { q: '', filtros: {} };

function ambitoDelFormulario(): Ambito {
  return selectorAmbito?.value === 'evaluaciones' ? 'evaluaciones' : 'convenios';
}

/** Shows the groups of facets of one kind of result (src/pages/buscar.astro, data-ambito) and hides the other's. */
function mostrarFacetas(ambito: Ambito): void {
  for (const grupo of formulario.querySelectorAll<HTMLFieldSetElement>('fieldset[data-ambito]')) {
    grupo.hidden = grupo.dataset.ambito !== ambito;
  }
}

function consultaDelFormulario(): Consulta {
  const ambito = ambitoDelFormulario();
  const filtros: Consulta['filtros'] = {};
  // The other kind's filters stay behind when the search changes kind.
  for (const [f, s] of selectores) if (s.value && ambitoDe(f) === ambito) filtros[f] = s.value;
  return {
    q: entrada.value.trim(),
    ...(ambito === 'evaluaciones' ? { en: ambito } : {}),
    filtros,
    ...(ordenElegido ? { orden: ordenElegido } : {}),
  };
}

function ponerEnFormulario(c: Consulta): void {
  entrada.value = c.q;
  if (selectorAmbito) selectorAmbito.value = c.en ?? '';
  mostrarFacetas(ambitoDeConsulta(c));
  for (const [f, s] of selectores) {
    const v = c.filtros[f] ?? '';
    // A link may name a value this build does not list (an old id): keep it visible so the empty result makes sense.
    if (v && ![...s.options].some((o) => o.value === v)) s.append(new Option(v, v));
    s.value = v;
  }
  ordenElegido = c.orden;
  mostrarOrden(c);
  // On a phone the facets start folded so the results come first, unless the link already chose some.
  plegable.open = matchMedia('(min-width: 48rem)').matches || FACETAS.some((f) => c.filtros[f]);
}

function mostrarOrden(c: Consulta): void {
  selectorOrden.value = ordenEfectivo(c);
  const relevancia = [...selectorOrden.options].find((o) => o.value === 'relevancia');
  if (relevancia) relevancia.disabled = !c.q;
}

/** Rewrites a facet's options: only values with results (and the chosen one), each with its count. */
function ponerConteos(f: Faceta, cuentas: Record<string, number> | undefined, total: number, elegido: string | undefined): void {
  const selector = selectores.get(f)!;
  const opciones = [new Option(`Todos (${numero.format(total)})`, '')];
  const conocidas = etiquetas.get(f)!;
  for (const [valor, etiqueta] of conocidas) {
    const indexado = valorIndexado(f, valor);
    const n = indexado === undefined ? 0 : (cuentas?.[indexado] ?? 0);
    if (n > 0 || valor === elegido) opciones.push(new Option(`${etiqueta} (${numero.format(n)})`, valor));
  }
  if (elegido && !conocidas.has(elegido)) opciones.push(new Option(`${elegido} (0)`, elegido));
  selector.replaceChildren(...opciones);
  selector.value = elegido ?? '';
}

/** Marks, in a result's excerpt, the words of the phrases checked in its text: Pagefind only marks its own. */
function marcarFrases(extracto: HTMLElement, frases: readonly string[]): void {
  if (frases.length === 0) return;
  const caminante = document.createTreeWalker(extracto, NodeFilter.SHOW_TEXT);
  const textos: Text[] = [];
  for (let n = caminante.nextNode(); n; n = caminante.nextNode()) if (n.parentElement?.tagName !== 'MARK') textos.push(n as Text);
  for (const texto of textos) {
    // From the end, so that the offsets before each word stay valid.
    for (const [inicio, fin] of tramosDeLasFrases(texto.data, frases).reverse()) {
      const palabra = texto.splitText(inicio);
      palabra.splitText(fin - inicio);
      const marca = crear('mark');
      palabra.replaceWith(marca);
      marca.append(palabra);
    }
  }
}

/**
 * The commitment a result's words are inside, if any, and the excerpt to show when Pagefind's lacks the phrases
 * checked in the text or quoted: Pagefind cuts both from the places of the words it was asked for, and gives a
 * quoted phrase's first place only.
 */
function dondeCoincide(d: DatosLeidos): { compromiso?: Subresultado; extracto?: string } {
  const dePagefind = () => compromisoCoincidente(d.sub_results, palabrasBuscadas);
  if (frasesMostradas.length === 0) return { compromiso: dePagefind() };
  const en = frasesEnElTexto(d.indexado, frasesMostradas, palabrasBuscadas, LARGO_DEL_EXTRACTO);
  const html = { html: true };
  if (en.compromiso) {
    const { title, excerpt } = en.compromiso;
    return { compromiso: { ...en.compromiso, title: mostrarVacias(title), excerpt: mostrarVacias(excerpt, html) } };
  }
  // Quoted phrases Pagefind searched itself: its sub-results hold them too (checked words it was never asked).
  const compromiso = revisadosMostrados ? undefined : dePagefind();
  if (compromiso) return { compromiso };
  // Pagefind's excerpt is text with <mark> tags only.
  const sinFrases = tramosDeLasFrases(d.excerpt.replace(/<\/?mark>/g, ''), frasesMostradas).length === 0;
  return { extracto: sinFrases && en.extracto ? mostrarVacias(en.extracto, html) : undefined };
}

function tarjeta(d: DatosLeidos, c: Consulta): HTMLLIElement {
  const li = crear('li', 'resultado');
  const titulo = crear('h3', 'resultado__titulo');
  // With words, a result whose match is inside one commitment links to that commitment and says which.
  const { compromiso, extracto: revisado } = c.q ? dondeCoincide(d) : {};
  const enlace = crear('a', undefined, d.meta.title ?? d.url);
  enlace.href = compromiso?.url ?? d.url;
  titulo.append(enlace);
  li.append(titulo);
  if (compromiso) li.append(crear('p', 'resultado__compromiso', `Coincide en: ${compromiso.title}`));

  const ficha = crear('dl', 'resultado__ficha');
  const dato = (nombre: string, valor: string | undefined) => {
    if (!valor) return;
    const par = crear('div');
    par.append(crear('dt', undefined, nombre), crear('dd', undefined, valor));
    ficha.append(par);
  };
  dato('Programa', d.meta.programa);
  dato('Ente evaluado', d.meta.ente);
  dato('Gobierno', d.meta.gobierno);
  dato('Documento', d.meta.documento);
  dato('PAE', d.meta.pae);
  dato('Año de la evaluación', d.meta.evaluacion);
  dato('Firmado', d.meta.firma ? formatearFecha(d.meta.firma) : undefined);
  dato('Último reporte', d.meta.reporte ? formatearFecha(d.meta.reporte) : undefined);
  // An evaluation's card (src/lib/indice-busqueda.ts, marcasDeEvaluacion).
  dato('Ramo', d.meta.ramo);
  dato('Tipo de evaluación', d.meta.tipo_evaluacion);
  dato('Ciclo', d.meta.ciclo);
  dato('Evaluador', d.meta.evaluador);
  dato('Costo', d.meta.costo);
  dato('ASM', d.meta.asm);
  li.append(ficha);

  const estados = leerResumenDeEstados(d.meta.estados);
  if (estados.length > 0) {
    const resumen = crear('ul', 'resultado__estados');
    resumen.setAttribute('aria-label', 'Compromisos por estado');
    for (const { estado, n } of estados) {
      const item = crear('li');
      const insignia = crear('span', `estado estado--${estado}`);
      const simbolo = crear('span', undefined, SIMBOLOS_ESTADO[estado]);
      simbolo.setAttribute('aria-hidden', 'true');
      insignia.append(simbolo, ETIQUETAS[estado]);
      item.append(insignia, ` ${n === 1 ? '1 compromiso' : `${numero.format(n)} compromisos`}`);
      resumen.append(item);
    }
    li.append(resumen);
  }
  if (d.meta.cumplimiento) li.append(crear('p', 'resultado__cumplimiento', `Cumplimiento: ${d.meta.cumplimiento}`));
  if (c.q && d.excerpt) {
    const extracto = crear('p', 'resultado__extracto');
    // Pagefind escapes the page text and only adds <mark> around matches, so the excerpt is safe as HTML; so does
    // frasesEnElTexto.
    extracto.innerHTML = `…${compromiso?.excerpt ?? revisado ?? d.excerpt}…`;
    marcarFrases(extracto, frasesMostradas);
    li.append(extracto);
  }
  return li;
}

/** What the search on screen sent to Pagefind (without function words, omitted common ones and absent ones). */
let terminoMostrado: string | null = null;
/** The data of its results when costly phrases were checked in their text (revisarFrases). */
let revisadosMostrados: DatosDeResultado[] | undefined;
/** Those phrases. */
let frasesMostradas: readonly string[] = [];
/** How many words that was. */
let palabrasBuscadas = 0;

async function mostrarMas(c: Consulta, enfocar: boolean): Promise<void> {
  const miTurno = turno;
  const siguientes = resultados.slice(mostrados, mostrados + RESULTADOS_POR_PAGINA);
  const datos = await Promise.all(siguientes.map(leer));
  if (miTurno !== turno) return;
  const nuevas = datos.map((d) => tarjeta(d, c));
  lista.append(...nuevas);
  mostrados += nuevas.length;
  pagina.textContent =
    resultados.length > RESULTADOS_POR_PAGINA ? `Se muestran ${numero.format(mostrados)} de ${numero.format(resultados.length)}.` : '';
  botonMas.hidden = mostrados >= resultados.length;
  if (enfocar) nuevas[0]?.querySelector('a')?.focus();
}

async function mostrarAtajos(pf: Pagefind, termino: string | null, revisada: boolean, miTurno: number): Promise<void> {
  // With costly phrases, their other words, and the phrases checked in the first pages that come back.
  const todo = termino ? await planDe(termino) : null;
  const plan = todo?.candidatos ? todo : null;
  // Nothing cheap to ask for: shortcuts (which take no filters) would cost the chunks the filters spared.
  if (todo && !plan && revisada) {
    atajos.hidden = true;
    return;
  }
  const opciones = { filters: { tipo: { any: Object.keys(TIPOS_DE_ATAJO) } } };
  const r = termino ? await pf.search(plan?.candidatos ?? termino, opciones) : null;
  const leidos = r ? await Promise.all(r.results.slice(0, plan ? RESULTADOS_POR_PAGINA : 4).map(leer)) : [];
  const datos = leidos.filter((d) => !plan || plan.frases.every((f) => contieneLaFrase(f, d.content))).slice(0, 4);
  if (miTurno !== turno) return;
  listaAtajos.replaceChildren(
    ...datos.map((d) => {
      const li = crear('li');
      const enlace = crear('a', undefined, d.meta.title ?? d.url);
      enlace.href = d.url;
      const tipo = TIPOS_DE_ATAJO[d.filters?.tipo?.[0] ?? ''];
      li.append(enlace);
      if (tipo) li.append(crear('span', 'suave', ` (${tipo.toLowerCase()})`));
      return li;
    }),
  );
  atajos.hidden = datos.length === 0;
}

/** What a search found: its results and whether all are convenios (for what to call them). */
interface Hallazgo {
  termino: string | null;
  resultados: Resultado[];
  todosConvenios: boolean;
  /** The search's words brought pages without them (contieneLasPalabras). */
  sinCoincidencia: boolean;
  /** Set when costly phrases were checked in the text of every result (frasesCaras): their data. */
  revisados?: DatosDeResultado[];
  /** The phrases to find in each result's text (frasesEnElTexto): those checked there, or the quoted ones. */
  frases?: string[];
  /** Quoted phrases searched as loose words (frasesSinPosiciones), and the common words then left out. */
  sueltas?: string[];
  omitidas?: string[];
}

/**
 * One search's results for Pagefind's words. Results are «convenios» only if all are: known from the site or the
 * chosen type, otherwise counted by a second search limited to convenios, alongside the first (same index and
 * filter chunks). Evaluations are always «evaluaciones». Undefined when Pagefind dropped it for a newer one.
 */
async function consultar(pf: Pagefind, c: Consulta, escrito: string | null): Promise<Hallazgo | undefined> {
  const revisados = escrito ? await revisarFrases(pf, c, escrito) : undefined;
  if (revisados) return revisados;
  // Phrases Pagefind cannot match in a row (the index keeps one place of some word) go as loose words.
  const aflojado = escrito ? frasesSinPosiciones(escrito, await cargarComunes()) : undefined;
  const termino = aflojado?.sueltas.length ? aflojado.termino || null : escrito;
  const ambito = ambitoDeConsulta(c);
  // A quoted phrase is ranked by its words without quotes (ordenarFrase): same index chunks, no more downloads.
  const frase = termino?.includes('"') && ordenEfectivo(c) === 'relevancia';
  const [principal, deConvenios, porPalabras] = await Promise.all([
    pf.search(termino, opcionesDePagefind(c)),
    ambito === 'evaluaciones' || sitioSoloConvenios || c.filtros.documento ? undefined : pf.search(termino, opcionesSoloConvenios(c)),
    frase && termino ? pf.search(sinComillas(termino), opcionesDePagefind(c)) : undefined,
  ]);
  if (!principal) return undefined;
  if (porPalabras) principal.results = ordenarFrase(principal.results, porPalabras.results);
  // A word with no real match in the index still brings pages that hold a shorter word it starts with
  // (contieneLasPalabras): then nothing matches, and the page says so instead of listing them.
  const sinCoincidencia = termino !== null && !(await tieneLasPalabras(principal.results[0], termino));
  const resultados = sinCoincidencia ? [] : principal.results;
  const todosConvenios = resultados.length > 0 && deConvenios?.results.length === resultados.length;
  // Pagefind gives a quoted phrase's first place only, and none when it matched in the title (its metadata).
  return {
    termino,
    resultados,
    todosConvenios,
    sinCoincidencia,
    frases: termino ? frasesEntreComillas(termino) : [],
    sueltas: aflojado?.sueltas,
    omitidas: aflojado?.omitidas,
  };
}

/**
 * A search with costly phrases or words (frasesCaras): Pagefind gets the other words, with the chosen filters, and
 * when no more pages than one screen of results come back, which the page would download anyway, each is kept if
 * its text has the phrases. When more come back, the costly loose words are asked of Pagefind one by one
 * (conOtraPalabra); when none is left, Pagefind searches everything itself (undefined).
 */
async function revisarFrases(pf: Pagefind, c: Consulta, termino: string): Promise<Hallazgo | undefined> {
  let plan = await planDe(termino);
  // Nothing cheap to ask for and no filter to narrow with: only Pagefind can find it.
  if (!plan || (!plan.candidatos && !FACETAS.some((f) => c.filtros[f]))) return undefined;
  let r = await pf.search(plan.candidatos || null, opcionesDePagefind(c));
  // Too many pages to check: the costly loose words narrow them one by one.
  while (r && r.results.length > RESULTADOS_POR_PAGINA) {
    const siguiente = conOtraPalabra(plan);
    if (!siguiente) return undefined;
    plan = siguiente;
    r = await pf.search(plan.candidatos, opcionesDePagefind(c));
  }
  if (!r) return undefined;
  const datos = await Promise.all(r.results.map(leer));
  const tiene = (d: DatosDeResultado) =>
    contieneLasPalabras(plan.candidatos, d.content) && plan.frases.every((f) => contieneLaFrase(f, d.content));
  const revisados = datos.filter(tiene);
  const convenio = valorIndexado('documento', 'convenio');
  return {
    termino,
    resultados: r.results.filter((_, i) => tiene(datos[i]!)),
    todosConvenios: revisados.length > 0 && revisados.every((d) => convenio !== undefined && d.filters?.documento?.includes(convenio)),
    sinCoincidencia: false,
    revisados,
    frases: plan.frases,
  };
}

/** Whether a result (the first of a search, if any) holds the search's words: see contieneLasPalabras. */
async function tieneLasPalabras(r: Resultado | undefined, termino: string): Promise<boolean> {
  return r === undefined || contieneLasPalabras(termino, (await leer(r)).content);
}

/**
 * The loose words of a search no document of its kind holds, each searched alone without filters (a word the
 * filters leave out is still in some document). Pagefind already loaded their chunks for the search itself; each
 * costs one more small fragment, the first result's, and only when the search found nothing.
 */
async function palabrasAusentes(pf: Pagefind, c: Consulta, termino: string): Promise<string[]> {
  const todos = opcionesDePagefind({ q: c.q, ...(c.en ? { en: c.en } : {}), filtros: {} });
  const sueltas = palabrasSueltas(termino);
  const hallada = await Promise.all(
    sueltas.map(async (p) => {
      const r = await pf.search(p, todos);
      return r !== null && r.results.length > 0 && (await tieneLasPalabras(r.results[0], p));
    }),
  );
  return sueltas.filter((_, i) => !hallada[i]);
}

/**
 * When a search of several words finds nothing, though each word is in some document: the same search without
 * each of its loose words, with what each finds, as links. The reader chooses which word to give up. Pagefind
 * already loaded every word's chunks; each search costs at most its first result's fragment.
 */
async function mostrarMenosPalabras(pf: Pagefind, c: Consulta, termino: string, miTurno: number): Promise<void> {
  const { uno, varios } = nombreDeResultados(sitioSoloConvenios, ambitoDeConsulta(c));
  const opciones = await Promise.all(
    palabrasSueltas(termino).map(async (p) => {
      const menos = sinAusentes(termino, [p]);
      const r = menos ? await pf.search(menos, opcionesDePagefind(c)) : null;
      const n = menos && r && (await tieneLasPalabras(r.results[0], menos)) ? r.results.length : 0;
      return { q: sinPalabra(c.q, p), n };
    }),
  );
  if (miTurno !== turno) return;
  const utiles = opciones.filter((o) => o.n > 0);
  listaMenosPalabras.replaceChildren(
    ...utiles.map(({ q, n }) => {
      const li = crear('li');
      const enlace = crear('a', undefined, `«${q}»`);
      enlace.href = rutas.buscar(parametrosDeConsulta({ ...c, q }));
      li.append(enlace, ` (${plural(n, uno, varios)})`);
      return li;
    }),
  );
  menosPalabras.hidden = utiles.length === 0;
}

type Historial = 'agregar' | 'reemplazar' | 'ninguno';

async function buscar(c: Consulta, historial: Historial): Promise<void> {
  const miTurno = ++turno;
  formulario.dataset.estado = 'buscando';
  delete formulario.dataset.conteos;
  if (historial !== 'ninguno') {
    const url = rutas.buscar(parametrosDeConsulta(c));
    if (historial === 'agregar') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  const ambito = ambitoDeConsulta(c);
  document.title = `${c.q ? `«${c.q}» · ` : ''}${TITULOS[ambito]} · Convenios Abiertos`;
  mostrarFacetas(ambito);
  mostrarOrden(c);
  const elegidos = FACETAS.filter((f) => c.filtros[f]).length;
  activos.textContent = elegidos === 0 ? '' : elegidos === 1 ? ' (1 filtro elegido)' : ` (${elegidos} filtros elegidos)`;
  zona.setAttribute('aria-busy', 'true');

  let pf: Pagefind;
  try {
    pf = await cargarPagefind();
  } catch {
    conteo.textContent = 'No se pudo cargar el índice de búsqueda. Mientras tanto, los convenios están en las listas de abajo.';
    sinJs.hidden = false;
    zona.removeAttribute('aria-busy');
    formulario.dataset.estado = 'error';
    return;
  }

  // Results first; the facet counts follow once every filter chunk is in (on a large site they weigh more than the results).
  const { termino: escrito, omitidas } = await terminoDe(c.q);
  if (miTurno !== turno) return;
  let encontrado = await consultar(pf, c, escrito);
  // Nothing found with words no document holds: the search goes on without them, and the page says so.
  let ausentes: string[] = [];
  if (encontrado && escrito && encontrado.resultados.length === 0) {
    ausentes = await palabrasAusentes(pf, c, escrito);
    const sinEllas = sinAusentes(escrito, ausentes);
    if (sinEllas && miTurno === turno) encontrado = await consultar(pf, c, sinEllas);
    else ausentes = [];
  }
  if (miTurno !== turno || !encontrado) return;
  const { termino, todosConvenios, sinCoincidencia } = encontrado;
  resultados = encontrado.resultados;
  terminoMostrado = termino;
  revisadosMostrados = encontrado.revisados;
  frasesMostradas = encontrado.frases ?? [];
  palabrasBuscadas = termino ? sinComillas(termino).split(' ').length : 0;
  consultaMostrada = c;
  estadoCsv.textContent = '';
  // The download is the rows of the table of this kind of result: convenios.csv or evaluaciones.csv.
  const { tabla, archivo } = DESCARGA_DE_AMBITO[ambito];
  tablaCsv.textContent = archivo;
  tablaCsv.href = `${rutas.datos}#tabla-${tabla}`;
  mostrados = 0;
  lista.replaceChildren();
  await mostrarMas(c, false);
  if (miTurno !== turno) return;
  zona.hidden = resultados.length === 0;
  zona.removeAttribute('aria-busy');
  const tipoElegido = c.filtros.documento;
  const soloConvenios = sitioSoloConvenios || (tipoElegido ? tipoElegido === 'convenio' : todosConvenios);
  const { varios } = nombreDeResultados(soloConvenios, ambito);
  tituloResultados.textContent = varios.charAt(0).toUpperCase() + varios.slice(1);
  for (const nombre of document.querySelectorAll('.nombre-resultados')) nombre.textContent = varios;
  conteo.textContent =
    textoDeConteo(resultados.length, c, soloConvenios) +
    (resultados.length > 0
      ? notaDeFrasesSueltas(encontrado.sueltas ?? []) +
        notaDeOmitidas([...new Set([...omitidas, ...(encontrado.omitidas ?? [])])]) +
        notaDeAusentes(ausentes, ambito, sitioSoloConvenios)
      : '');
  sinResultadosReales = sinCoincidencia;

  if (sinCoincidencia) atajos.hidden = true;
  else await mostrarAtajos(pf, termino, encontrado.revisados !== undefined, miTurno);
  if (resultados.length === 0 && escrito) await mostrarMenosPalabras(pf, c, escrito, miTurno);
  else menosPalabras.hidden = true;
  if (miTurno !== turno) return;
  // Lets tests (and anyone scripting the page) know the results on screen match the URL.
  formulario.dataset.estado = 'listo';
  if (filtrosCargados) await contarFacetas(c, miTurno);
}

/** Whether the search on screen found pages that lack its words (see contieneLasPalabras): then every count is 0. */
let sinResultadosReales = false;

/** Writes each facet's counts for the search on screen, once the filter chunks are in (pedirConteos). */
async function contarFacetas(c: Consulta, miTurno: number): Promise<void> {
  if (miTurno !== turno || formulario.dataset.estado !== 'listo') return;
  const pf = await cargarPagefind();
  // If the filter chunks failed to load, the counts cover what did load.
  await filtrosCargados?.catch(() => undefined);
  const ambito = ambitoDeConsulta(c);
  const termino = terminoMostrado;
  const elegidas = FACETAS.filter((f) => c.filtros[f] !== undefined);
  // Results checked in their text are counted from their own data: Pagefind would need the costly chunks. With a
  // filter chosen, each facet counts its values without it, which those results cannot tell: Pagefind counts.
  if (revisadosMostrados && elegidas.length === 0) {
    for (const f of FACETAS_EN_PAGINA)
      if (ambitoDe(f) === ambito) ponerConteos(f, cuentasDe(revisadosMostrados, f), revisadosMostrados.length, undefined);
    formulario.dataset.conteos = 'listos';
    return;
  }
  // Each chosen facet counts its values without itself, so the user can switch to another value directly.
  const [conteos, ...sinFaceta] = await Promise.all([
    pf.search(termino, opcionesDePagefind(c)),
    ...elegidas.map((f) => pf.search(termino, opcionesDePagefind(c, f))),
  ]);
  if (miTurno !== turno || !conteos) return;
  for (const f of FACETAS_EN_PAGINA) {
    // The other kind's facets are hidden; their counts would all be zero.
    if (ambitoDe(f) !== ambito) continue;
    const i = elegidas.indexOf(f);
    const fuente = i === -1 ? conteos : (sinFaceta[i] ?? conteos);
    if (sinResultadosReales) ponerConteos(f, {}, 0, c.filtros[f]);
    else ponerConteos(f, fuente.filters[f], fuente.results.length, c.filtros[f]);
  }
  formulario.dataset.conteos = 'listos';
}

/** How many of these results have each value of a facet, as Pagefind counts them. */
function cuentasDe(datos: readonly DatosDeResultado[], f: Faceta): Record<string, number> {
  const cuentas: Record<string, number> = {};
  for (const d of datos) for (const v of d.filters?.[f] ?? []) cuentas[v] = (cuentas[v] ?? 0) + 1;
  return cuentas;
}

let preparando = false;

/**
 * «Descargar estos resultados (CSV)»: every result, not only those on screen, as its row of /datos/convenios.csv
 * (of /datos/evaluaciones.csv when the search looks through the evaluations). Pagefind knows each result's page,
 * not its data: the ids come from the result URLs (Pagefind fetches their small fragments, throttled and cached)
 * and the rows from the site's own CSV, record for record, so the file has the published columns, quoting, CRLF and
 * BOM exactly. Putting each row in the Pagefind metadata instead would make every search download it; the table is
 * fetched only when someone asks for a file.
 */
async function descargarCsv(): Promise<void> {
  if (preparando) return;
  preparando = true;
  botonCsv.setAttribute('aria-disabled', 'true');
  const miTurno = turno;
  const c = consultaMostrada;
  const lista = resultados;
  const ambito = ambitoDeConsulta(c);
  const { archivo } = DESCARGA_DE_AMBITO[ambito];
  estadoCsv.textContent = 'Preparando el archivo…';
  try {
    const [tabla, datos] = await Promise.all([
      fetch(rutas.archivoDeDatos(archivo)).then((r) => {
        if (!r.ok) throw new Error(`${archivo}: HTTP ${r.status}`);
        return r.text();
      }),
      Promise.all(lista.map((r) => r.data())),
    ]);
    // A new search since the click: its results are not the ones asked for.
    if (miTurno !== turno) {
      estadoCsv.textContent = '';
      return;
    }
    const { csv, faltan } = filtrarCsv(
      tabla,
      'id',
      datos.map((d) => idDeResultado(d.url, ambito) ?? d.url),
    );
    if (faltan.length > 0) throw new Error(`Sin renglón en ${archivo}: ${faltan.join(', ')}`);
    const nombre = nombreDeDescarga(c);
    const enlace = crear('a');
    enlace.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    enlace.download = nombre;
    enlace.hidden = true;
    document.body.append(enlace);
    enlace.click();
    enlace.remove();
    setTimeout(() => URL.revokeObjectURL(enlace.href), 60_000);
    const n = lista.length;
    estadoCsv.textContent = `Listo: ${nombre}, ${n === 1 ? 'un renglón' : `${numero.format(n)} renglones`}.`;
  } catch {
    estadoCsv.textContent = 'No se pudo preparar el archivo. Vuelva a intentarlo, o descargue la tabla completa en Datos abiertos.';
  } finally {
    preparando = false;
    botonCsv.removeAttribute('aria-disabled');
  }
}
botonCsv.addEventListener('click', () => void descargarCsv());

let espera: ReturnType<typeof setTimeout> | undefined;
entrada.addEventListener('input', () => {
  clearTimeout(espera);
  const q = entrada.value.trim();
  if (q)
    void Promise.all([cargarPagefind(), terminoDe(q)]).then(async ([pf, { termino }]) => {
      // Not the chunks of a costly phrase or word: the search may not need them (revisarFrases).
      if (termino) return pf.preload((await planDe(termino))?.candidatos || termino);
    });
  espera = setTimeout(() => void buscar(consultaDelFormulario(), 'reemplazar'), ESPERA_AL_ESCRIBIR);
});
entrada.addEventListener('focus', () => void Promise.all([cargarPagefind(), cargarComunes()]), { once: true });
// Reaching for the filters (a tap or click on them, or the keyboard entering them) brings their counts.
plegable.addEventListener('focusin', pedirConteos);
plegable.addEventListener('pointerdown', pedirConteos);
formulario.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(espera);
  void buscar(consultaDelFormulario(), 'agregar');
});
for (const s of selectores.values()) s.addEventListener('change', () => void buscar(consultaDelFormulario(), 'agregar'));
selectorAmbito?.addEventListener('change', () => void buscar(consultaDelFormulario(), 'agregar'));
selectorOrden.addEventListener('change', () => {
  ordenElegido = selectorOrden.value as Orden;
  void buscar(consultaDelFormulario(), 'agregar');
});
elemento<HTMLAnchorElement>('limpiar').addEventListener('click', (e) => {
  e.preventDefault();
  // Clearing keeps what the search looks through.
  const vacia: Consulta = { q: '', ...(ambitoDelFormulario() === 'evaluaciones' ? { en: 'evaluaciones' as const } : {}), filtros: {} };
  ponerEnFormulario(vacia);
  void buscar(vacia, 'agregar');
  entrada.focus();
});
botonMas.addEventListener('click', () => void mostrarMas(consultaDelFormulario(), true));
window.addEventListener('popstate', () => {
  const c = leerConsulta(new URLSearchParams(location.search));
  ponerEnFormulario(c);
  void buscar(c, 'ninguno');
});

const inicial = leerConsulta(new URLSearchParams(location.search));
ponerEnFormulario(inicial);
// The canonical form of the URL (unknown parameters dropped), without adding a history entry.
void buscar(inicial, 'reemplazar');
