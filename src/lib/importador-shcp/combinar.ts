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
  const avisos: AvisoDeCombinacion[] = [];
  const rechazados: Combinacion['rechazados'] = [];
  const efectos = new Map<number, Efecto>();

  // The federal government: the existing one, or a new "federal".
  const existente = [...catalogo.gobiernos].sort((a, b) => (a.id < b.id ? -1 : 1)).find((g) => g.datos.nivel === 'federal');
  const gobiernoIds = new Set(catalogo.gobiernos.map((g) => g.id));
  const gobierno = existente
    ? { id: existente.id }
    : { id: gobiernoIds.has('federal') ? 'gobierno-federal' : 'federal', nuevo: { nombre: 'Gobierno Federal', nivel: 'federal' as const } };

  // Bodies: a federal one with the same acronym is reused; otherwise a new file named after the acronym.
  const entesPorSiglas = new Map<string, string>();
  for (const e of catalogo.entes) if (e.datos.gobierno === gobierno.id) entesPorSiglas.set(normalizar(e.datos.siglas ?? e.datos.nombre), e.id);
  const entesIds = new Set(catalogo.entes.map((e) => e.id));
  const nombresDeEnte = new Map(catalogo.entes.map((e) => [e.id, e.datos.nombre]));
  const entesNuevos: Registro<Ente>[] = [];
  const avisadosEnte = new Set<string>();
  const enteDe = (f: FilaAsm): string => {
    const clave = normalizar(f.ente.siglas);
    let id = entesPorSiglas.get(clave);
    if (id === undefined) {
      const base = slug(f.ente.siglas) || 'ente';
      id = base;
      for (let i = 1; entesIds.has(id); i++) id = i === 1 ? `${base}-federal` : `${base}-federal-${i}`;
      const datos: Ente = { nombre: f.ente.nombre ?? f.ente.siglas, ...(f.ente.sinSiglas ? {} : { siglas: f.ente.siglas }), gobierno: gobierno.id };
      entesNuevos.push({ id, datos });
      entesIds.add(id);
      entesPorSiglas.set(clave, id);
      nombresDeEnte.set(id, datos.nombre);
    } else if (f.ente.nombre && normalizar(f.ente.nombre) !== normalizar(nombresDeEnte.get(id) ?? '') && !avisadosEnte.has(id)) {
      avisadosEnte.add(id);
      avisos.push({ tipo: 'nombre-distinto', linea: f.linea, mensaje: `DESC_DEP_ENT «${f.ente.nombre}» difiere del nombre ya registrado del ente ${id} («${nombresDeEnte.get(id)}»); se conserva el registrado` });
    }
    return id;
  };

  // Programs: a federal key is only unique within its ramo.
  const programas = new Map(catalogo.programas.map((p) => [p.id, p.datos]));
  const programasNuevos: Registro<Programa>[] = [];
  const avisadosPrograma = new Set<string>();
  const programaDe = (f: FilaAsm): string => {
    const id = `federal-${claveDeRamo(f.ramo.clave)}-${f.programa.clave.toLowerCase()}`;
    const actual = programas.get(id);
    if (!actual) {
      const datos: Programa = {
        clave: f.programa.clave,
        nombre: f.programa.nombre ?? f.programa.clave,
        estructura: `Estructura programática federal, ramo ${f.ramo.clave}${f.ramo.nombre ? ` ${f.ramo.nombre}` : ''}`,
      };
      programas.set(id, datos);
      programasNuevos.push({ id, datos });
    } else if (f.programa.nombre && normalizar(f.programa.nombre) !== normalizar(actual.nombre) && !avisadosPrograma.has(id)) {
      avisadosPrograma.add(id);
      avisos.push({ tipo: 'nombre-distinto', linea: f.linea, mensaje: `DESC_PP «${f.programa.nombre}» difiere del nombre ya registrado del programa ${id} («${actual.nombre}»); se conserva el registrado` });
    }
    return id;
  };

  // Existing federal documents, by their key and by each ASM they hold.
  const documentos = new Map<string, { nuevo: boolean; datos: SeguimientoFederal; tocado: boolean }>();
  const porClave = new Map<string, string>();
  const porAsm = new Map<string, string>();
  for (const d of catalogo.federales) {
    documentos.set(d.id, { nuevo: false, datos: structuredClone(d.datos), tocado: false });
    porClave.set(claveDeDocumento(d.datos.ente, d.datos.programa, d.datos.evaluacion, d.datos.anio_evaluacion), d.id);
    for (const k of d.datos.compromisos) porAsm.set(k.id_asm, d.id);
  }
  const idsOcupados = new Set(catalogo.idsDeDocumentos);

  /** Line of this file each report came from, to tell a repeated row from a contradictory one. */
  const origen = new Map<string, number>();

  for (const f of filas) {
    const ente = enteDe(f);
    const programa = programaDe(f);
    const clave = claveDeDocumento(ente, programa, f.evaluacion, f.anio);
    let docId = porAsm.get(f.idAsm);
    if (docId !== undefined && porClave.get(clave) !== docId) {
      avisos.push({ tipo: 'otro-documento', linea: f.linea, mensaje: `ID_ASM ${f.idAsm} ya está en el documento ${docId}, con otro ente, programa, evaluación o año; el reporte se agrega allí para no cambiar su dirección` });
    }
    docId ??= porClave.get(clave);
    if (docId === undefined) {
      const ramo = claveDeRamo(f.ramo.clave);
      const base = `federal-${ramo}-${f.programa.clave.toLowerCase()}-${ente}-${slugDeEvaluacion(f.evaluacion)}-${f.anio ?? 'sin-anio'}`;
      docId = base;
      for (let i = 2; idsOcupados.has(docId); i++) docId = `${base}-${i}`;
      idsOcupados.add(docId);
      porClave.set(clave, docId);
      const siglas = f.ente.siglas;
      const nombrePrograma = programas.get(programa)!.nombre;
      documentos.set(docId, {
        nuevo: true,
        tocado: true,
        datos: {
          tipo: 'seguimiento_federal',
          titulo: `Aspectos susceptibles de mejora de ${siglas}: programa ${f.programa.clave} ${nombrePrograma}, ${f.evaluacion ?? 'evaluación sin especificar'}${f.anio !== undefined ? ` ${f.anio}` : ''}`,
          gobierno: gobierno.id,
          ente,
          programa,
          ramo: { clave: f.ramo.clave, ...(f.ramo.nombre ? { nombre: f.ramo.nombre } : {}) },
          ...(f.instanciaCoordinadora ? { instancia_coordinadora: f.instanciaCoordinadora } : {}),
          ...(f.evaluacion ? { evaluacion: f.evaluacion } : {}),
          ...(f.anio !== undefined ? { anio_evaluacion: f.anio } : {}),
          fuente: { conjunto: CONJUNTO_SHCP, editor: EDITOR_SHCP, ...(opciones.url ? { url: opciones.url } : {}), periodos: [] },
          compromisos: [],
        },
      });
    }
    const doc = documentos.get(docId)!;
    const d = doc.datos;

    let k = d.compromisos.find((x) => x.id_asm === f.idAsm);
    const idK = slug(f.idAsm);
    if (!k) {
      const choca = d.compromisos.find((x) => x.id === idK);
      if (choca) {
        rechazados.push({ linea: f.linea, motivo: `ID_ASM ${f.idAsm} daría el mismo identificador («${idK}») que ${choca.id_asm} en el documento ${docId} (se esperaban ID_ASM distintos aun sin mayúsculas ni signos)` });
        continue;
      }
      k = { id: idK, id_asm: f.idAsm, seguimiento: [] };
      d.compromisos.push(k);
      porAsm.set(f.idAsm, docId);
      efectos.set(f.linea, 'nuevo');
    }

    // The latest release known for this ASM, before this row: its descriptive fields follow the newest release.
    const ultimo = k.seguimiento.map((r) => r.periodo ?? '').sort(compararPeriodos).at(-1);
    const esLaMasReciente = ultimo === undefined || compararPeriodos(f.periodo ?? '', ultimo) >= 0;

    let efecto: Efecto = efectos.get(f.linea) ?? 'sin-cambios';
    if (f.reporte) {
      const nuevo: Reporte = {
        fecha: f.reporte.fecha,
        estado: f.reporte.estado,
        ...(f.reporte.avance !== undefined ? { avance: f.reporte.avance } : {}),
        evidencias: f.reporte.evidencias.map((url) => ({ url })),
        ...(f.reporte.nota ? { nota: f.reporte.nota } : {}),
        ...(f.periodo ? { periodo: f.periodo } : {}),
      };
      const claveReporte = `${f.idAsm}|${nuevo.fecha}|${nuevo.periodo ?? ''}`;
      const i = k.seguimiento.findIndex((r) => r.fecha === nuevo.fecha && (r.periodo ?? '') === (nuevo.periodo ?? ''));
      const previa = origen.get(claveReporte);
      if (i >= 0 && previa !== undefined) {
        if (!mismoReporte(k.seguimiento[i]!, nuevo)) {
          rechazados.push({ linea: f.linea, motivo: `ID_ASM ${f.idAsm} ya tiene en la línea ${previa} un reporte del mismo día y trimestre con otro avance o estado (se esperaba un solo reporte por publicación)` });
          continue;
        }
        avisos.push({ tipo: 'renglon-repetido', linea: f.linea, mensaje: `repite la línea ${previa} (mismo ID_ASM, fecha, trimestre y avance); se cuenta una vez` });
        efectos.set(f.linea, 'repetido');
        continue;
      }
      origen.set(claveReporte, f.linea);
      if (i >= 0) {
        if (!mismoReporte(k.seguimiento[i]!, nuevo)) {
          k.seguimiento[i] = { ...k.seguimiento[i]!, ...nuevo };
          if (efecto === 'sin-cambios') efecto = 'corregido';
        }
      } else {
        k.seguimiento.push(nuevo);
        k.seguimiento.sort(porFechaYPeriodo);
        if (efecto === 'sin-cambios') efecto = 'reporte-nuevo';
      }
    }

    if (esLaMasReciente) {
      const antes = JSON.stringify(k);
      aplicarDescripcion(k, f);
      if (JSON.stringify(k) !== antes && efecto === 'sin-cambios') efecto = 'corregido';
      if (!d.ramo.nombre && f.ramo.nombre) d.ramo = { ...d.ramo, nombre: f.ramo.nombre };
      if (!d.instancia_coordinadora && f.instanciaCoordinadora) d.instancia_coordinadora = f.instanciaCoordinadora;
    }
    if (f.periodo && !d.fuente.periodos.includes(f.periodo)) {
      d.fuente.periodos = [...d.fuente.periodos, f.periodo].sort(compararPeriodos);
      if (efecto === 'sin-cambios') efecto = 'corregido';
    }
    if (opciones.url && d.fuente.url !== opciones.url) d.fuente.url = opciones.url;
    efectos.set(f.linea, efecto);
    doc.tocado = true;
  }

  const salida = [...documentos.entries()]
    .filter(([, v]) => v.tocado)
    .map(([id, v]) => {
      v.datos.compromisos.sort((a, b) => ordenNatural.compare(a.id_asm, b.id_asm));
      return { id, nuevo: v.nuevo, datos: v.datos };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { gobierno, entesNuevos, programasNuevos, documentos: salida, efectos, rechazados, avisos };
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
