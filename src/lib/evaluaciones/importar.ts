/**
 * `npm run importar:evaluaciones`: the SHCP's evaluations open-data file → one content file per evaluation
 * (content/evaluaciones/<id>.yaml), plus a summary that accounts for every row. Pure: the caller reads and
 * writes the files. The encoding and CSV reading are the ASM importer's (src/lib/importador-shcp/leer.ts).
 */
import { Document, Scalar, visit } from 'yaml';
import type { Programa } from '../../schemas/catalogos.ts';
import type { Evaluacion } from '../../schemas/evaluacion.ts';
import type { Registro } from '../indice.ts';
import { OPCIONES_YAML } from '../importador/borrador.ts';
import { normalizar } from '../importador/texto.ts';
import { decodificar, leerCsv, type Codificacion, type Renglon } from '../importador-shcp/leer.ts';
import { valor } from '../importador-shcp/mapear.ts';
import { normalizarTipo } from './tipos.ts';

export const COLUMNAS_EVALUACIONES = [
  'CICLO_PAE',
  'ID_EVALUACION',
  'ID_RAMO',
  'DESC_RAMO',
  'MODALIDAD_PP',
  'DESC_PP',
  'TIPO_EVALUACION',
  'EVALUADOR',
  'COSTOS',
  'CICLO_CONCLUSION',
  'URL_EVALUACION',
] as const;
type ColumnaEv = (typeof COLUMNAS_EVALUACIONES)[number];

export const CONJUNTO_EVALUACIONES = 'Evaluaciones de los programas presupuestarios federales (datos abiertos)';
export const EDITOR_EVALUACIONES = 'Secretaría de Hacienda y Crédito Público (SHCP), Transparencia Presupuestaria';

/** The content file name of an evaluation: ID_EVALUACION in lowercase, anything but letters and digits as hyphens. */
export function idDeEvaluacion(idEvaluacion: string): string {
  return normalizar(idEvaluacion)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export type MotivoSinCosto = 'nd' | 'no-es-numero' | 'otra-moneda';

/**
 * COSTOS → pesos. «1285000.00» and «1,285,000.00» are pesos; ND (or empty) is absent; anything else (a figure in
 * USD, «285.000.00») is not a number of pesos: absent too, and the summary says why.
 */
export function leerCosto(celda: string | undefined): { costo?: number; sinCosto?: MotivoSinCosto } {
  const t = valor(celda);
  if (t === undefined) return { sinCosto: 'nd' };
  const sinSigno = t.replace(/^\$\s*/, '');
  if (/^\d+(\.\d+)?$/.test(sinSigno)) return { costo: Number(sinSigno) };
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(sinSigno)) return { costo: Number(sinSigno.replaceAll(',', '')) };
  if (/\b(usd|dls|d[oó]lares|eur|euros)\b/i.test(t)) return { sinCosto: 'otra-moneda' };
  return { sinCosto: 'no-es-numero' };
}

/** "6" → "06": the key the ASM importer uses in program ids (federal-06-e011). */
function ramoDeDosCifras(clave: string): string {
  return /^\d$/.test(clave) ? `0${clave}` : clave.toLowerCase();
}

/**
 * The program of content/programas/ that is the same program: the ASM importer names federal programs
 * federal-<ramo>-<clave> (federal-06-e011). A key written with its ramo in front («08S231») is read without it.
 * When the key does not give one, a federal program of the same ramo with the same name (without case or
 * accents) does, if only one matches.
 */
export function programaEnlazado(
  ramo: string | undefined,
  clave: string | undefined,
  nombre: string | undefined,
  programas: { ids: ReadonlySet<string>; porRamoYNombre: ReadonlyMap<string, string[]> },
): string | undefined {
  if (!ramo || !/^\d{1,2}$/.test(ramo)) return undefined;
  const r = ramoDeDosCifras(ramo);
  const m = clave ? /^(?:(\d{1,2}))?([A-Za-z]\d{3})$/.exec(clave.trim()) : null;
  if (m && (m[1] === undefined || Number(m[1]) === Number(ramo))) {
    const id = `federal-${r}-${m[2]!.toLowerCase()}`;
    if (programas.ids.has(id)) return id;
  }
  if (nombre) {
    const candidatos = programas.porRamoYNombre.get(`${r}|${normalizar(nombre)}`) ?? [];
    if (candidatos.length === 1) return candidatos[0];
  }
  return undefined;
}

/** The lookups programaEnlazado needs, from the programs in the content folder. */
export function indiceDeProgramas(programas: readonly Registro<Programa>[]) {
  const ids = new Set(programas.map((p) => p.id));
  const porRamoYNombre = new Map<string, string[]>();
  for (const p of programas) {
    const m = /^federal-([a-z0-9]+)-[a-z0-9]+$/.exec(p.id);
    if (!m) continue;
    const k = `${m[1]}|${normalizar(p.datos.nombre)}`;
    porRamoYNombre.set(k, [...(porRamoYNombre.get(k) ?? []), p.id]);
  }
  return { ids, porRamoYNombre, nombres: new Map(programas.map((p) => [p.id, p.datos.nombre])) };
}

export interface RechazoEv {
  linea: number;
  motivo: string;
}

export interface ArchivoEv {
  /** Inside the content folder: "evaluaciones/x.yaml". */
  ruta: string;
  texto: string;
  estado: 'nuevo' | 'cambiado' | 'igual';
}

export interface ResumenEv {
  codificacion?: Codificacion;
  motivoCodificacion?: string;
  recortadas: string[];
  desconocidas: string[];
  leidos: number;
  importados: number;
  /** Imported rows by unified type, with the spellings each one had in the file. */
  porTipo: { tipo: string; total: number; escrituras: [string, number][] }[];
  /** Imported rows without a cost, by why, with their lines and what the cell said. */
  sinCosto: Record<MotivoSinCosto, { linea: number; celda: string }[]>;
  /** Imported rows whose program is one of content/programas/, and those kept with the key and name as given. */
  conPrograma: number;
  /** Linked rows whose DESC_PP differs from the name the program has in content/programas/. */
  conOtroNombre: number[];
  sinPrograma: number[];
  /** URL_EVALUACION without http(s):// (completed with http://), and values that are not web addresses (dropped). */
  urlSinEsquema: number[];
  urlNoWeb: { linea: number; celda: string }[];
  rechazados: RechazoEv[];
  sinLeer?: RechazoEv;
  fatal?: string;
}

export interface ResultadoEv {
  resumen: ResumenEv;
  archivos: ArchivoEv[];
  evaluaciones: Registro<Evaluacion>[];
}

export interface OpcionesEv {
  url?: string;
  /** Publication date of the file (AAAA-MM-DD or AAAA-MM); if absent, the one already written is kept. */
  fecha?: string;
  codificacion?: Codificacion;
}

function leerCabeceraEv(
  encabezados: string[],
): { ok: true; indices: Record<ColumnaEv, number>; recortadas: string[]; desconocidas: string[] } | { ok: false; mensaje: string } {
  if (encabezados.length === 0)
    return { ok: false, mensaje: 'el archivo está vacío (se esperaba una primera línea con los nombres de las columnas)' };
  const indices: Partial<Record<ColumnaEv, number>> = {};
  const recortadas: string[] = [];
  const desconocidas: string[] = [];
  const repetidas: string[] = [];
  encabezados.forEach((original, i) => {
    const sinBom = original.replace(/^\uFEFF/, '');
    const nombre = sinBom.trim().toUpperCase();
    if (sinBom.trim() !== sinBom) recortadas.push(original);
    if (!(COLUMNAS_EVALUACIONES as readonly string[]).includes(nombre)) {
      if (nombre !== '') desconocidas.push(original.trim());
      return;
    }
    if (indices[nombre as ColumnaEv] !== undefined) repetidas.push(nombre);
    indices[nombre as ColumnaEv] = i;
  });
  const faltan = COLUMNAS_EVALUACIONES.filter((c) => indices[c] === undefined);
  if (faltan.length > 0) {
    return {
      ok: false,
      mensaje: `faltan columnas: ${faltan.join(', ')} (se esperaban las ${COLUMNAS_EVALUACIONES.length} columnas del conjunto de datos de evaluaciones de la SHCP: ${COLUMNAS_EVALUACIONES.join(', ')})`,
    };
  }
  if (repetidas.length > 0) return { ok: false, mensaje: `columnas repetidas: ${repetidas.join(', ')} (se esperaba cada una una vez)` };
  return { ok: true, indices: indices as Record<ColumnaEv, number>, recortadas, desconocidas };
}

const COMENTARIO = [
  ' Evaluación importada con «npm run importar:evaluaciones» de los datos abiertos de la SHCP',
  ' (Transparencia Presupuestaria). Importar otra publicación la reescribe: no la edite a mano.',
].join('\n');

/** Keys in the schema's order, absent values left out: the same data always gives the same bytes. */
export function textoDeEvaluacion(e: Evaluacion): string {
  const sin = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const doc = new Document(
    sin({
      id_evaluacion: e.id_evaluacion,
      ciclo_pae: e.ciclo_pae,
      ramo: sin({ clave: e.ramo.clave, nombre: e.ramo.nombre }),
      programa: sin({ id: e.programa.id, clave: e.programa.clave, nombre: e.programa.nombre }),
      tipo: e.tipo,
      tipo_normalizado: e.tipo_normalizado,
      evaluador: e.evaluador,
      costo: e.costo,
      ciclo_conclusion: e.ciclo_conclusion,
      url: e.url,
      fuente: sin({ nombre: e.fuente.nombre, publicacion: e.fuente.publicacion, fecha: e.fuente.fecha, url: e.fuente.url }),
    }),
  );
  visit(doc, {
    Scalar(_k, s) {
      // Dates and keys that look like numbers stay text.
      if (typeof s.value === 'string' && /^(\d{4}-\d{2}(-\d{2})?|\d+)$/.test(s.value)) s.type = Scalar.QUOTE_DOUBLE;
    },
  });
  doc.commentBefore = COMENTARIO;
  return doc.toString(OPCIONES_YAML);
}

type Mapeo = { ok: true; id: string; datos: Evaluacion; linea: number } | { ok: false; linea: number; motivo: string };

function mapear(
  r: Renglon,
  cab: { indices: Record<ColumnaEv, number>; columnas: number },
  programas: ReturnType<typeof indiceDeProgramas>,
  fuente: Evaluacion['fuente'],
  resumen: ResumenEv,
): Mapeo {
  if (r.valores.length !== cab.columnas) {
    return {
      ok: false,
      linea: r.linea,
      motivo: `tiene ${r.valores.length} columnas y la cabecera ${cab.columnas} (se esperaba el mismo número; revise comas y comillas)`,
    };
  }
  const v = (c: ColumnaEv) => valor(r.valores[cab.indices[c]]);
  const idEv = v('ID_EVALUACION');
  if (!idEv) return { ok: false, linea: r.linea, motivo: 'falta ID_EVALUACION (se esperaba la clave de la evaluación)' };
  const id = idDeEvaluacion(idEv);
  if (!id) return { ok: false, linea: r.linea, motivo: `ID_EVALUACION «${idEv}» no tiene letras ni cifras con que nombrar su archivo` };
  const tipo = v('TIPO_EVALUACION');
  if (!tipo) return { ok: false, linea: r.linea, motivo: `falta TIPO_EVALUACION de ${idEv} (se esperaba el tipo de evaluación)` };
  const ciclo = v('CICLO_PAE');
  if (!ciclo) return { ok: false, linea: r.linea, motivo: `falta CICLO_PAE de ${idEv} (se esperaba «PAE2015» o «Complementaria»)` };
  const conclusionTexto = v('CICLO_CONCLUSION');
  let conclusion: number | undefined;
  if (conclusionTexto !== undefined) {
    if (!/^\d{4}$/.test(conclusionTexto) || Number(conclusionTexto) < 1990 || Number(conclusionTexto) > 2100) {
      return { ok: false, linea: r.linea, motivo: `CICLO_CONCLUSION «${conclusionTexto}» de ${idEv} no es un año (se esperaba AAAA)` };
    }
    conclusion = Number(conclusionTexto);
  }

  const ramoClave = v('ID_RAMO');
  const ramo = ramoClave && !/^n\/?a$/i.test(ramoClave) ? ramoClave : undefined;
  const ramoNombre = v('DESC_RAMO');
  const clave = v('MODALIDAD_PP');
  const nombre = v('DESC_PP');
  const enlazado = programaEnlazado(ramo, clave, nombre, programas);
  if (enlazado) {
    resumen.conPrograma++;
    if (nombre && normalizar(nombre) !== normalizar(programas.nombres.get(enlazado) ?? '')) resumen.conOtroNombre.push(r.linea);
  } else resumen.sinPrograma.push(r.linea);

  const { costo, sinCosto } = leerCosto(r.valores[cab.indices.COSTOS]);
  if (sinCosto) resumen.sinCosto[sinCosto].push({ linea: r.linea, celda: (r.valores[cab.indices.COSTOS] ?? '').trim() });

  let url = v('URL_EVALUACION');
  if (url !== undefined) {
    const candidata = /^https?:\/\//i.test(url) ? url : /^[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(url) ? `http://${url}` : undefined;
    if (candidata && !/\s/.test(candidata) && URL.canParse(candidata)) {
      if (candidata !== url) resumen.urlSinEsquema.push(r.linea);
      url = candidata;
    } else {
      resumen.urlNoWeb.push({ linea: r.linea, celda: url });
      url = undefined;
    }
  }
  const datos: Evaluacion = {
    id_evaluacion: idEv,
    ciclo_pae: ciclo,
    ramo: {
      ...(ramo ? { clave: ramo } : {}),
      ...(ramoNombre && !/^no aplica$/i.test(ramoNombre) ? { nombre: ramoNombre.replace(/\s+/g, ' ') } : {}),
    },
    programa: {
      ...(enlazado ? { id: enlazado } : {}),
      ...(clave && clave !== '0' ? { clave } : {}),
      ...(nombre ? { nombre: nombre.replace(/\s+/g, ' ') } : {}),
    },
    tipo,
    tipo_normalizado: normalizarTipo(tipo),
    ...(v('EVALUADOR') ? { evaluador: v('EVALUADOR')!.replace(/\s+/g, ' ') } : {}),
    ...(costo !== undefined ? { costo } : {}),
    ...(conclusion !== undefined ? { ciclo_conclusion: conclusion } : {}),
    ...(url ? { url } : {}),
    fuente,
  };
  return { ok: true, id, datos, linea: r.linea };
}

/** The source's date and address written in an existing file, so a re-import without --fecha or --url keeps them. */
function fuentePrevia(texto: string | undefined): { fecha?: string; url?: string } {
  if (!texto) return {};
  const fecha = /^\s+fecha:\s*"?(\d{4}-\d{2}(?:-\d{2})?)"?\s*$/m.exec(texto)?.[1];
  // The source's url is the indented one (inside fuente:); the report's is at the top level.
  const url = /^\s+url:\s*"?(https?:\/\/[^\s"]+)"?\s*$/m.exec(texto)?.[1];
  return { ...(fecha ? { fecha } : {}), ...(url ? { url } : {}) };
}

/**
 * Imports the bytes of one release of the file. `existentes` are the current texts of the content files (by path
 * inside the content folder), so the result says which files are new, changed or the same.
 */
export function importarEvaluaciones(
  bytes: Uint8Array,
  programas: readonly Registro<Programa>[],
  existentes: { get(ruta: string): string | undefined },
  opciones: OpcionesEv = {},
): ResultadoEv {
  const decodificado = decodificar(bytes, opciones.codificacion);
  const tabla = leerCsv(decodificado.texto);
  const resumen: ResumenEv = {
    codificacion: decodificado.codificacion,
    motivoCodificacion: decodificado.motivo,
    recortadas: [],
    desconocidas: [],
    leidos: tabla.renglones.length,
    importados: 0,
    porTipo: [],
    sinCosto: { nd: [], 'no-es-numero': [], 'otra-moneda': [] },
    conPrograma: 0,
    conOtroNombre: [],
    sinPrograma: [],
    urlSinEsquema: [],
    urlNoWeb: [],
    rechazados: [],
  };
  const cab = leerCabeceraEv(tabla.encabezados);
  if (!cab.ok) return { resumen: { ...resumen, fatal: cab.mensaje }, archivos: [], evaluaciones: [] };
  resumen.recortadas = cab.recortadas;
  resumen.desconocidas = cab.desconocidas;
  if (tabla.errorDeFormato) resumen.sinLeer = { linea: tabla.errorDeFormato.linea, motivo: tabla.errorDeFormato.mensaje };

  const indiceProgramas = indiceDeProgramas(programas);
  const porId = new Map<string, { linea: number; datos: Evaluacion }>();
  for (const r of tabla.renglones) {
    const anterior = fuentePrevia(existentes.get(`evaluaciones/${idDeEvaluacion(valor(r.valores[cab.indices.ID_EVALUACION]) ?? '')}.yaml`));
    const fecha = opciones.fecha ?? anterior.fecha;
    const url = opciones.url ?? anterior.url;
    const fuente: Evaluacion['fuente'] = {
      nombre: CONJUNTO_EVALUACIONES,
      publicacion: EDITOR_EVALUACIONES,
      ...(fecha ? { fecha } : {}),
      ...(url ? { url } : {}),
    };
    // Counters of a rejected row are undone below, so the summary counts imported rows only.
    const antes = structuredClone({
      sinCosto: resumen.sinCosto,
      conPrograma: resumen.conPrograma,
      conOtroNombre: resumen.conOtroNombre,
      sinPrograma: resumen.sinPrograma,
      urlSinEsquema: resumen.urlSinEsquema,
      urlNoWeb: resumen.urlNoWeb,
    });
    const m = mapear(r, { indices: cab.indices, columnas: tabla.encabezados.length }, indiceProgramas, fuente, resumen);
    if (!m.ok) {
      resumen.rechazados.push({ linea: m.linea, motivo: m.motivo });
      continue;
    }
    const previa = porId.get(m.id);
    if (previa) {
      Object.assign(resumen, antes);
      const igual = JSON.stringify(previa.datos) === JSON.stringify(m.datos);
      resumen.rechazados.push({
        linea: m.linea,
        motivo: igual
          ? `repite la línea ${previa.linea} (ID_EVALUACION ${m.datos.id_evaluacion}); se importa una vez`
          : `ID_EVALUACION ${m.datos.id_evaluacion} daría el mismo archivo («${m.id}») que la línea ${previa.linea}, con otros datos (se esperaba una clave distinta por evaluación, aun sin mayúsculas)`,
      });
      continue;
    }
    porId.set(m.id, { linea: m.linea, datos: m.datos });
  }

  const tipos = new Map<string, Map<string, number>>();
  const archivos: ArchivoEv[] = [];
  const evaluaciones: Registro<Evaluacion>[] = [];
  for (const [id, { datos }] of [...porId.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    resumen.importados++;
    const escrituras = tipos.get(datos.tipo_normalizado) ?? new Map<string, number>();
    escrituras.set(datos.tipo, (escrituras.get(datos.tipo) ?? 0) + 1);
    tipos.set(datos.tipo_normalizado, escrituras);
    const ruta = `evaluaciones/${id}.yaml`;
    const texto = textoDeEvaluacion(datos);
    const antes = existentes.get(ruta);
    archivos.push({ ruta, texto, estado: antes === undefined ? 'nuevo' : antes === texto ? 'igual' : 'cambiado' });
    evaluaciones.push({ id, datos });
  }
  resumen.porTipo = [...tipos.entries()]
    .map(([tipo, e]) => ({
      tipo,
      total: [...e.values()].reduce((s, k) => s + k, 0),
      escrituras: [...e.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'es-MX')),
    }))
    .sort((a, b) => b.total - a.total || a.tipo.localeCompare(b.tipo, 'es-MX'));
  resumen.rechazados.sort((a, b) => a.linea - b.linea);
  return { resumen, archivos, evaluaciones };
}
