/**
 * Mapped rows → federal follow-up documents, merged with what the content folder already holds: one document
 * per (body, program, evaluation type, evaluation year); ID_ASM is each commitment's identity across releases,
 * so a newer release adds its report to the history instead of a second commitment.
 */
import type { Ente, Gobierno, Programa } from '../../schemas/catalogos.ts';
import type { CompromisoFederal } from '../../schemas/compromiso.ts';
import type { Reporte } from '../../schemas/seguimiento.ts';
import type { SeguimientoFederal } from '../../schemas/seguimiento-federal.ts';
import type { Registro } from '../indice.ts';
import { normalizar, slug } from '../importador/texto.ts';
import { CONJUNTO_SHCP, EDITOR_SHCP } from '../textos-federal.ts';
import { compararPeriodos, type FilaAsm } from './mapear.ts';

export interface CatalogoParaShcp {
  gobiernos: Registro<Gobierno>[];
  entes: Registro<Ente>[];
  programas: Registro<Programa>[];
  /** Every document id in content/convenios/ (convenios too: a new id must not take one of theirs). */
  idsDeDocumentos: string[];
  federales: Registro<SeguimientoFederal>[];
}

export type Efecto = 'nuevo' | 'reporte-nuevo' | 'corregido' | 'sin-cambios' | 'repetido';

export interface AvisoDeCombinacion {
  tipo: 'nombre-distinto' | 'otro-documento' | 'renglon-repetido';
  linea: number;
  mensaje: string;
}

export interface Combinacion {
  gobierno: { id: string; nuevo?: Gobierno };
  entesNuevos: Registro<Ente>[];
  programasNuevos: Registro<Programa>[];
  /** Every document this import touched, with its data as it must be written; ids sorted. */
  documentos: { id: string; nuevo: boolean; datos: SeguimientoFederal }[];
  /** What each imported row did. */
  efectos: Map<number, Efecto>;
  /** Rows that contradict an earlier row of the same file: not imported. */
  rechazados: { linea: number; motivo: string }[];
  avisos: AvisoDeCombinacion[];
}

/** "4" → "04" (ramos are written with two digits in the federal budget); letters stay, lowercased. */
function claveDeRamo(clave: string): string {
  return /^\d$/.test(clave) ? `0${clave}` : clave.toLowerCase();
}

/** "Evaluación de Consistencia y Resultados" → "consistencia-y-resultados". */
function slugDeEvaluacion(evaluacion: string | undefined): string {
  if (!evaluacion) return 'sin-evaluacion';
  return slug(evaluacion).replace(/^evaluacion(es)?-(de-)?/, '') || slug(evaluacion);
}

const claveDeDocumento = (ente: string, programa: string, evaluacion: string | undefined, anio: number | undefined) =>
  `${ente}|${programa}|${normalizar(evaluacion ?? '')}|${anio ?? ''}`;

const mismoReporte = (a: Reporte, b: Reporte) =>
  a.estado === b.estado &&
  a.avance === b.avance &&
  a.nota === b.nota &&
  a.evidencias.map((e) => e.url).join(' ') === b.evidencias.map((e) => e.url).join(' ');

function porFechaYPeriodo(a: Reporte, b: Reporte): number {
  return a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : compararPeriodos(a.periodo ?? '', b.periodo ?? '');
}

/** Natural order of ID_ASM ("…_2" before "…_10"), so documents list their ASM as the source numbers them. */
const ordenNatural = new Intl.Collator('es-MX', { numeric: true, sensitivity: 'base' });

export function combinar(filas: readonly FilaAsm[], catalogo: CatalogoParaShcp, opciones: { url?: string } = {}): Combinacion {
  const gobierno = gobiernoFederal(catalogo);
  const c: EnCurso = {
    url: opciones.url,
    gobierno,
    entes: indiceDeEntes(catalogo, gobierno.id),
    programas: indiceDeProgramas(catalogo),
    documentos: indiceDeDocumentos(catalogo),
    origen: new Map(),
    efectos: new Map(),
    rechazados: [],
    avisos: [],
  };
  for (const f of filas) combinarFila(c, f);
  return {
    gobierno,
    entesNuevos: c.entes.nuevos,
    programasNuevos: c.programas.nuevos,
    documentos: documentosTocados(c.documentos),
    efectos: c.efectos,
    rechazados: c.rechazados,
    avisos: c.avisos,
  };
}

// ---------------------------------------------------------------------------------------------
// What the import builds up, row by row

interface IndiceDeEntes {
  /** Normalised acronym (or name, for a body without one) of each federal body → its id. */
  porSiglas: Map<string, string>;
  ids: Set<string>;
  nombres: Map<string, string>;
  nuevos: Registro<Ente>[];
  /** Bodies already warned about a different name: one warning each. */
  avisados: Set<string>;
}

interface IndiceDeProgramas {
  porId: Map<string, Programa>;
  nuevos: Registro<Programa>[];
  avisados: Set<string>;
}

interface DocumentoEnCurso {
  nuevo: boolean;
  datos: SeguimientoFederal;
  /** Whether a row of this import reached it: only those are written. */
  tocado: boolean;
}

interface IndiceDeDocumentos {
  porId: Map<string, DocumentoEnCurso>;
  /** claveDeDocumento → document id. */
  porClave: Map<string, string>;
  /** ID_ASM → the document that holds it. */
  porAsm: Map<string, string>;
  /** Every document id taken, convenios included. */
  ocupados: Set<string>;
}

interface EnCurso {
  url: string | undefined;
  gobierno: Combinacion['gobierno'];
  entes: IndiceDeEntes;
  programas: IndiceDeProgramas;
  documentos: IndiceDeDocumentos;
  /** Line of this file each report came from, to tell a repeated row from a contradictory one. */
  origen: Map<string, number>;
  efectos: Combinacion['efectos'];
  rechazados: Combinacion['rechazados'];
  avisos: AvisoDeCombinacion[];
}

/** The federal government: the existing one (first by id), or a new "federal" ("gobierno-federal" if that id is taken). */
function gobiernoFederal(catalogo: CatalogoParaShcp): Combinacion['gobierno'] {
  const existente = [...catalogo.gobiernos].sort((a, b) => (a.id < b.id ? -1 : 1)).find((g) => g.datos.nivel === 'federal');
  if (existente) return { id: existente.id };
  const ocupado = catalogo.gobiernos.some((g) => g.id === 'federal');
  return { id: ocupado ? 'gobierno-federal' : 'federal', nuevo: { nombre: 'Gobierno Federal', nivel: 'federal' } };
}

function indiceDeEntes(catalogo: CatalogoParaShcp, gobierno: string): IndiceDeEntes {
  const porSiglas = new Map<string, string>();
  for (const e of catalogo.entes) if (e.datos.gobierno === gobierno) porSiglas.set(normalizar(e.datos.siglas ?? e.datos.nombre), e.id);
  return {
    porSiglas,
    ids: new Set(catalogo.entes.map((e) => e.id)),
    nombres: new Map(catalogo.entes.map((e) => [e.id, e.datos.nombre])),
    nuevos: [],
    avisados: new Set(),
  };
}

function indiceDeProgramas(catalogo: CatalogoParaShcp): IndiceDeProgramas {
  return { porId: new Map(catalogo.programas.map((p) => [p.id, p.datos])), nuevos: [], avisados: new Set() };
}

/** The federal documents already in the content folder, by id, by key and by each ASM they hold. */
function indiceDeDocumentos(catalogo: CatalogoParaShcp): IndiceDeDocumentos {
  const indice: IndiceDeDocumentos = {
    porId: new Map(),
    porClave: new Map(),
    porAsm: new Map(),
    ocupados: new Set(catalogo.idsDeDocumentos),
  };
  for (const d of catalogo.federales) {
    indice.porId.set(d.id, { nuevo: false, datos: structuredClone(d.datos), tocado: false });
    indice.porClave.set(claveDeDocumento(d.datos.ente, d.datos.programa, d.datos.evaluacion, d.datos.anio_evaluacion), d.id);
    for (const k of d.datos.compromisos) indice.porAsm.set(k.id_asm, d.id);
  }
  return indice;
}

// ---------------------------------------------------------------------------------------------
// One row

/** Files one row: its body, program, document and ASM, then its report and the ASM's description. */
function combinarFila(c: EnCurso, f: FilaAsm): void {
  const ente = enteDe(c, f);
  const programa = programaDe(c, f);
  const docId = documentoDe(c, f, ente, programa);
  const doc = c.documentos.porId.get(docId)!;
  const d = doc.datos;
  const k = compromisoDe(c, f, d, docId);
  if (!k) return;

  // The latest release known for this ASM, before this row: its descriptive fields follow the newest release.
  const ultimo = k.seguimiento
    .map((r) => r.periodo ?? '')
    .sort(compararPeriodos)
    .at(-1);
  const esLaMasReciente = ultimo === undefined || compararPeriodos(f.periodo ?? '', ultimo) >= 0;

  let efecto: Efecto = c.efectos.get(f.linea) ?? 'sin-cambios';
  if (f.reporte) {
    const cambio = agregarReporte(c, f, f.reporte, k);
    if (cambio === undefined) return;
    if (efecto === 'sin-cambios') efecto = cambio;
  }
  if (esLaMasReciente && actualizarDescripcion(d, k, f) && efecto === 'sin-cambios') efecto = 'corregido';
  if (f.periodo && !d.fuente.periodos.includes(f.periodo)) {
    d.fuente.periodos = [...d.fuente.periodos, f.periodo].sort(compararPeriodos);
    if (efecto === 'sin-cambios') efecto = 'corregido';
  }
  if (c.url && d.fuente.url !== c.url) d.fuente.url = c.url;
  c.efectos.set(f.linea, efecto);
  doc.tocado = true;
}

/** The body of a row: a federal one with the same acronym is reused; otherwise a new file named after the acronym. */
function enteDe(c: EnCurso, f: FilaAsm): string {
  const entes = c.entes;
  const clave = normalizar(f.ente.siglas);
  let id = entes.porSiglas.get(clave);
  if (id === undefined) {
    const base = slug(f.ente.siglas) || 'ente';
    id = base;
    for (let i = 1; entes.ids.has(id); i++) id = i === 1 ? `${base}-federal` : `${base}-federal-${i}`;
    const datos: Ente = {
      nombre: f.ente.nombre ?? f.ente.siglas,
      ...(f.ente.sinSiglas ? {} : { siglas: f.ente.siglas }),
      gobierno: c.gobierno.id,
    };
    entes.nuevos.push({ id, datos });
    entes.ids.add(id);
    entes.porSiglas.set(clave, id);
    entes.nombres.set(id, datos.nombre);
  } else if (f.ente.nombre && normalizar(f.ente.nombre) !== normalizar(entes.nombres.get(id) ?? '') && !entes.avisados.has(id)) {
    entes.avisados.add(id);
    c.avisos.push({
      tipo: 'nombre-distinto',
      linea: f.linea,
      mensaje: `DESC_DEP_ENT «${f.ente.nombre}» difiere del nombre ya registrado del ente ${id} («${entes.nombres.get(id)}»); se conserva el registrado`,
    });
  }
  return id;
}

/** The program of a row: a federal key is only unique within its ramo, so the id carries both. */
function programaDe(c: EnCurso, f: FilaAsm): string {
  const programas = c.programas;
  const id = `federal-${claveDeRamo(f.ramo.clave)}-${f.programa.clave.toLowerCase()}`;
  const actual = programas.porId.get(id);
  if (!actual) {
    const datos: Programa = {
      clave: f.programa.clave,
      nombre: f.programa.nombre ?? f.programa.clave,
      estructura: `Estructura programática federal, ramo ${f.ramo.clave}${f.ramo.nombre ? ` ${f.ramo.nombre}` : ''}`,
    };
    programas.porId.set(id, datos);
    programas.nuevos.push({ id, datos });
  } else if (f.programa.nombre && normalizar(f.programa.nombre) !== normalizar(actual.nombre) && !programas.avisados.has(id)) {
    programas.avisados.add(id);
    c.avisos.push({
      tipo: 'nombre-distinto',
      linea: f.linea,
      mensaje: `DESC_PP «${f.programa.nombre}» difiere del nombre ya registrado del programa ${id} («${actual.nombre}»); se conserva el registrado`,
    });
  }
  return id;
}

/**
 * The document of a row: the one that already holds its ID_ASM (even if body, program, evaluation or year
 * changed, so its address stays), else the one with its key, else a new one.
 */
function documentoDe(c: EnCurso, f: FilaAsm, ente: string, programa: string): string {
  const documentos = c.documentos;
  const clave = claveDeDocumento(ente, programa, f.evaluacion, f.anio);
  let docId = documentos.porAsm.get(f.idAsm);
  if (docId !== undefined && documentos.porClave.get(clave) !== docId) {
    c.avisos.push({
      tipo: 'otro-documento',
      linea: f.linea,
      mensaje: `ID_ASM ${f.idAsm} ya está en el documento ${docId}, con otro ente, programa, evaluación o año; el reporte se agrega allí para no cambiar su dirección`,
    });
  }
  docId ??= documentos.porClave.get(clave);
  if (docId !== undefined) return docId;

  const base = `federal-${claveDeRamo(f.ramo.clave)}-${f.programa.clave.toLowerCase()}-${ente}-${slugDeEvaluacion(f.evaluacion)}-${f.anio ?? 'sin-anio'}`;
  docId = base;
  for (let i = 2; documentos.ocupados.has(docId); i++) docId = `${base}-${i}`;
  documentos.ocupados.add(docId);
  documentos.porClave.set(clave, docId);
  const datos = nuevoDocumento(f, {
    gobierno: c.gobierno.id,
    ente,
    programa,
    nombrePrograma: c.programas.porId.get(programa)!.nombre,
    url: c.url,
  });
  documentos.porId.set(docId, { nuevo: true, tocado: true, datos });
  return docId;
}

/** A federal document as its first row describes it, still without commitments. */
function nuevoDocumento(
  f: FilaAsm,
  d: { gobierno: string; ente: string; programa: string; nombrePrograma: string; url: string | undefined },
): SeguimientoFederal {
  return {
    tipo: 'seguimiento_federal',
    titulo: `Aspectos susceptibles de mejora de ${f.ente.siglas}: programa ${f.programa.clave} ${d.nombrePrograma}, ${f.evaluacion ?? 'evaluación sin especificar'}${f.anio !== undefined ? ` ${f.anio}` : ''}`,
    gobierno: d.gobierno,
    ente: d.ente,
    programa: d.programa,
    ramo: { clave: f.ramo.clave, ...(f.ramo.nombre ? { nombre: f.ramo.nombre } : {}) },
    ...(f.instanciaCoordinadora ? { instancia_coordinadora: f.instanciaCoordinadora } : {}),
    ...(f.evaluacion ? { evaluacion: f.evaluacion } : {}),
    ...(f.anio !== undefined ? { anio_evaluacion: f.anio } : {}),
    fuente: { conjunto: CONJUNTO_SHCP, editor: EDITOR_SHCP, ...(d.url ? { url: d.url } : {}), periodos: [] },
    compromisos: [],
  };
}

/**
 * The commitment of a row's ID_ASM in its document, added (effect «nuevo») if absent; undefined, and the row
 * rejected, when its identifier would collide with another ASM's.
 */
function compromisoDe(c: EnCurso, f: FilaAsm, d: SeguimientoFederal, docId: string): CompromisoFederal | undefined {
  const existente = d.compromisos.find((x) => x.id_asm === f.idAsm);
  if (existente) return existente;
  const id = slug(f.idAsm);
  const choca = d.compromisos.find((x) => x.id === id);
  if (choca) {
    c.rechazados.push({
      linea: f.linea,
      motivo: `ID_ASM ${f.idAsm} daría el mismo identificador («${id}») que ${choca.id_asm} en el documento ${docId} (se esperaban ID_ASM distintos aun sin mayúsculas ni signos)`,
    });
    return undefined;
  }
  const k: CompromisoFederal = { id, id_asm: f.idAsm, seguimiento: [] };
  d.compromisos.push(k);
  c.documentos.porAsm.set(f.idAsm, docId);
  c.efectos.set(f.linea, 'nuevo');
  return k;
}

function reporteDe(f: FilaAsm, reporte: NonNullable<FilaAsm['reporte']>): Reporte {
  return {
    fecha: reporte.fecha,
    estado: reporte.estado,
    ...(reporte.avance !== undefined ? { avance: reporte.avance } : {}),
    evidencias: reporte.evidencias.map((url) => ({ url })),
    ...(reporte.nota ? { nota: reporte.nota } : {}),
    ...(f.periodo ? { periodo: f.periodo } : {}),
  };
}

/**
 * Adds a row's report to its ASM's history, or corrects the one of the same day and quarter from an earlier
 * release. Returns what it did to the history; undefined when the row repeats or contradicts an earlier row of
 * this same file (then counted as «repetido», or rejected).
 */
function agregarReporte(c: EnCurso, f: FilaAsm, reporte: NonNullable<FilaAsm['reporte']>, k: CompromisoFederal): Efecto | undefined {
  const nuevo = reporteDe(f, reporte);
  const claveReporte = `${f.idAsm}|${nuevo.fecha}|${nuevo.periodo ?? ''}`;
  const i = k.seguimiento.findIndex((r) => r.fecha === nuevo.fecha && (r.periodo ?? '') === (nuevo.periodo ?? ''));
  const previa = c.origen.get(claveReporte);
  if (i >= 0 && previa !== undefined) {
    if (!mismoReporte(k.seguimiento[i]!, nuevo)) {
      c.rechazados.push({
        linea: f.linea,
        motivo: `ID_ASM ${f.idAsm} ya tiene en la línea ${previa} un reporte del mismo día y trimestre con otro avance o estado (se esperaba un solo reporte por publicación)`,
      });
      return undefined;
    }
    c.avisos.push({
      tipo: 'renglon-repetido',
      linea: f.linea,
      mensaje: `repite la línea ${previa} (mismo ID_ASM, fecha, trimestre y avance); se cuenta una vez`,
    });
    c.efectos.set(f.linea, 'repetido');
    return undefined;
  }
  c.origen.set(claveReporte, f.linea);
  if (i < 0) {
    k.seguimiento.push(nuevo);
    k.seguimiento.sort(porFechaYPeriodo);
    return 'reporte-nuevo';
  }
  if (mismoReporte(k.seguimiento[i]!, nuevo)) return 'sin-cambios';
  k.seguimiento[i] = { ...k.seguimiento[i]!, ...nuevo };
  return 'corregido';
}

/**
 * The newest release's description of the ASM, and the ramo name and coordinating body where the document
 * lacked them. Returns whether the ASM itself changed.
 */
function actualizarDescripcion(d: SeguimientoFederal, k: CompromisoFederal, f: FilaAsm): boolean {
  const antes = JSON.stringify(k);
  aplicarDescripcion(k, f);
  if (!d.ramo.nombre && f.ramo.nombre) d.ramo = { ...d.ramo, nombre: f.ramo.nombre };
  if (!d.instancia_coordinadora && f.instanciaCoordinadora) d.instancia_coordinadora = f.instanciaCoordinadora;
  return JSON.stringify(k) !== antes;
}

/** The documents this import touched, ids sorted, each listing its ASM in the source's natural order. */
function documentosTocados(documentos: IndiceDeDocumentos): Combinacion['documentos'] {
  return [...documentos.porId.entries()]
    .filter(([, v]) => v.tocado)
    .map(([id, v]) => {
      v.datos.compromisos.sort((a, b) => ordenNatural.compare(a.id_asm, b.id_asm));
      return { id, nuevo: v.nuevo, datos: v.datos };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The ASM's text and classifications as the newest release states them; what it leaves out stays as it was. */
function aplicarDescripcion(k: CompromisoFederal, f: FilaAsm): void {
  if (f.aspecto) k.aspecto = f.aspecto;
  if (f.ciclo) k.ciclo = f.ciclo;
  if (f.tipoAsm) k.tipo_asm = f.tipoAsm;
  if (f.prioridad) k.prioridad = f.prioridad;
  if (f.tipoMejora.length > 0) k.tipo_mejora = f.tipoMejora;
  if (f.temas.length > 0) k.temas = f.temas;
  if (f.gastoFederalizado !== undefined) k.gasto_federalizado = f.gastoFederalizado;
}
