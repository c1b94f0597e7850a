/**
 * One row of the SHCP's ASM file → one ASM with its report, or the reason it cannot be imported.
 * "N/D" (and an empty cell) means absent: it never becomes text.
 */
import { PRIORIDADES, TIPOS_ASM, TIPOS_MEJORA, type Prioridad, type TipoAsm, type TipoMejora } from '../../schemas/compromiso.ts';
import type { EstadoReportado } from '../../schemas/seguimiento.ts';
import { esFechaReal } from '../fechas.ts';
import { normalizar } from '../importador/texto.ts';
import type { Renglon } from './leer.ts';

/** The columns of the published file, in its order. */
export const COLUMNAS = [
  'CICLO',
  'TRIMESTRE',
  'ID_RAMO',
  'DESC_RAMO',
  'ACRON_DEP_ENT',
  'DESC_DEP_ENT',
  'MODALIDAD_PP',
  'DESC_PP',
  'INST_COORD',
  'ANIO_RECOMENDACION',
  'ORIGEN_RECOMENDACION',
  'ID_ASM',
  'DESC_ASM',
  'GASTO_FEDERALIZADO',
  'TIPO_ASM',
  'TEMA_ASM',
  'TIPO_MEJORA',
  'PRIORIDAD',
  'AVANCE_ASM',
  'FECHA_REPORTE',
  'EVIDENCIA',
] as const;
export type Columna = (typeof COLUMNAS)[number];

export interface Cabecera {
  /** Column → position in the row. */
  indices: Record<Columna, number>;
  columnas: number;
  /** Headers written with spaces around them (trimmed). */
  recortadas: string[];
  /** Headers the importer does not know (ignored). */
  desconocidas: string[];
}

/** Checks the header: every column present once. Returns what is wrong, in Spanish, or the positions. */
export function leerCabecera(encabezados: string[]): { ok: true; cabecera: Cabecera } | { ok: false; mensaje: string } {
  if (encabezados.length === 0)
    return { ok: false, mensaje: 'el archivo está vacío (se esperaba una primera línea con los nombres de las columnas)' };
  const indices: Partial<Record<Columna, number>> = {};
  const recortadas: string[] = [];
  const desconocidas: string[] = [];
  const repetidas: string[] = [];
  encabezados.forEach((original, i) => {
    const nombre = original
      .replace(/^\uFEFF/, '')
      .trim()
      .toUpperCase();
    if (nombre !== original) recortadas.push(original);
    if (!(COLUMNAS as readonly string[]).includes(nombre)) {
      if (nombre !== '') desconocidas.push(original.trim());
      return;
    }
    if (indices[nombre as Columna] !== undefined) repetidas.push(nombre);
    indices[nombre as Columna] = i;
  });
  const faltan = COLUMNAS.filter((c) => indices[c] === undefined);
  if (faltan.length > 0) {
    return {
      ok: false,
      mensaje: `faltan columnas: ${faltan.join(', ')} (se esperaban las ${COLUMNAS.length} columnas del conjunto de datos de ASM de la SHCP: ${COLUMNAS.join(', ')})`,
    };
  }
  if (repetidas.length > 0) return { ok: false, mensaje: `columnas repetidas: ${repetidas.join(', ')} (se esperaba cada una una vez)` };
  return { ok: true, cabecera: { indices: indices as Record<Columna, number>, columnas: encabezados.length, recortadas, desconocidas } };
}

/** What one imported row says, normalised. */
export interface FilaAsm {
  linea: number;
  ciclo?: string;
  /** TRIMESTRE as "01T2016" (or as written, if it does not have that form). */
  periodo?: string;
  ramo: { clave: string; nombre?: string };
  /** `siglas` is ACRON_DEP_ENT, or the name when the row has no acronym (`sinSiglas`). */
  ente: { siglas: string; nombre?: string; sinSiglas?: true };
  programa: { clave: string; nombre?: string };
  instanciaCoordinadora?: string;
  anio?: number;
  evaluacion?: string;
  idAsm: string;
  aspecto?: string;
  gastoFederalizado?: boolean;
  tipoAsm?: TipoAsm;
  temas: string[];
  tipoMejora: TipoMejora[];
  prioridad?: Prioridad;
  /** Absent when AVANCE_ASM is N/D: the ASM is imported without a report. */
  reporte?: { fecha: string; estado: EstadoReportado; avance?: number; evidencias: string[]; nota?: string };
}

/** Kinds of data-quality notes on rows that were imported; the summary groups them. */
export type TipoAviso =
  | 'evidencia-sin-esquema'
  | 'evidencia-no-web'
  | 'valor-desconocido'
  | 'sin-avance'
  | 'fecha-del-trimestre'
  | 'sin-texto'
  | 'trimestre-raro';

export interface AvisoDeFila {
  tipo: TipoAviso;
  linea: number;
  mensaje: string;
}

export type ResultadoDeFila = { ok: true; fila: FilaAsm; avisos: AvisoDeFila[] } | { ok: false; linea: number; motivo: string };

/** A cell: trimmed; "N/D", "ND", "N/A" or empty → absent. */
export function valor(celda: string | undefined): string | undefined {
  const t = celda?.trim();
  if (!t || /^(n\/?d|n\/a)\.?$/i.test(t)) return undefined;
  return t;
}

const ESTADOS_DE_PALABRA: Record<string, EstadoReportado> = {
  cancelado: 'cancelado',
  'dado de baja': 'dado_de_baja',
  fusionado: 'fusionado',
};

/** AVANCE_ASM: a percent (decimals with point or comma, optional «%») or a status word, in any case. */
export function leerAvance(texto: string): { estado: EstadoReportado; avance?: number } | { error: string } {
  const numero = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(texto);
  if (numero) {
    const avance = Number(numero[1]!.replace(',', '.'));
    if (avance > 100) return { error: `AVANCE_ASM «${texto}» pasa de 100 (se esperaba un porcentaje de 0 a 100)` };
    return { estado: avance === 100 ? 'atendido' : 'en_proceso', avance };
  }
  const palabra = normalizar(texto).replace(/^asm\s+/, '');
  const estado = ESTADOS_DE_PALABRA[palabra];
  if (estado) return { estado };
  return {
    error: `AVANCE_ASM «${texto}» no es un porcentaje ni un estado conocido (se esperaba un número de 0 a 100, «ASM cancelado», «ASM dado de baja» o «FUSIONADO»)`,
  };
}

/** FECHA_REPORTE: dd/mm/aaaa (the published form; a spreadsheet may add a midnight time) or AAAA-MM-DD → AAAA-MM-DD. */
export function leerFecha(texto: string): string | undefined {
  const dma = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+0?0:00(?::00)?)?$/.exec(texto);
  const iso = dma ? `${dma[3]}-${dma[2]!.padStart(2, '0')}-${dma[1]!.padStart(2, '0')}` : texto;
  return esFechaReal(iso) ? iso : undefined;
}

/** TRIMESTRE "1T2016" / "01T2016" → "01T2016" and its last day; anything else is kept as written, without a date. */
export function leerTrimestre(texto: string): { periodo: string; fin?: string } {
  const m = /^0?([1-4])\s*T\s*(\d{4})$/i.exec(texto);
  if (!m) return { periodo: texto };
  const [q, anio] = [Number(m[1]), m[2]!];
  const fin = ['03-31', '06-30', '09-30', '12-31'][q - 1]!;
  return { periodo: `0${q}T${anio}`, fin: `${anio}-${fin}` };
}

/** Sorts release periods chronologically ("03T2015" before "01T2016"); unknown forms go last, as text. */
export function compararPeriodos(a: string, b: string): number {
  const clave = (p: string) => {
    const m = /^0([1-4])T(\d{4})$/.exec(p);
    return m ? `${m[2]}${m[1]}` : `9999-${p}`;
  };
  const [x, y] = [clave(a), clave(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function enVocabulario<T extends string>(texto: string, vocabulario: readonly T[]): T | undefined {
  const buscado = normalizar(texto);
  return vocabulario.find((v) => normalizar(v) === buscado);
}

/** A list cell ("Operación; Resultado; Indicadores  "): split on semicolons, trimmed, N/D and repeats dropped. */
export function lista(celda: string | undefined): string[] {
  const salida: string[] = [];
  for (const parte of (celda ?? '').split(';')) {
    const v = valor(parte);
    if (v !== undefined && !salida.includes(v)) salida.push(v);
  }
  return salida;
}

/** A web address written without its scheme: "www.…", or a host with at least three labels ("sep.gob.mx/…"), never a file name. */
function pareceDireccion(texto: string): boolean {
  const m = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/\S*)?$/i.exec(texto);
  if (!m) return false;
  const etiquetas = m[1]!.split('.');
  return /^[a-z]{2,}$/i.test(etiquetas.at(-1)!) && (etiquetas[0]!.toLowerCase() === 'www' || etiquetas.length >= 3);
}

/**
 * EVIDENCIA: http(s) addresses are evidence. An address without its scheme ("www.transparenciapresupuestaria.gob.mx/…",
 * as every address in the published file is written) is completed with http:// — what a browser does with it — and
 * reported; anything else (a file name, a note) is reported and left out.
 */
export function leerEvidencias(celda: string | undefined, linea: number): { urls: string[]; avisos: AvisoDeFila[] } {
  const urls: string[] = [];
  const avisos: AvisoDeFila[] = [];
  const texto = valor(celda);
  if (texto === undefined) return { urls, avisos };
  for (const parte of texto.split(/\s*[;|]\s*|\s+/).filter(Boolean)) {
    if (/^https?:\/\/\S+$/i.test(parte) && URL.canParse(parte)) urls.push(parte);
    else if (pareceDireccion(parte) && URL.canParse(`http://${parte}`)) {
      urls.push(`http://${parte}`);
      avisos.push({
        tipo: 'evidencia-sin-esquema',
        linea,
        mensaje: `EVIDENCIA «${parte}» no empieza con http:// ni https://; se publica como http://${parte}`,
      });
    } else {
      avisos.push({
        tipo: 'evidencia-no-web',
        linea,
        mensaje: `EVIDENCIA «${parte}» no es una dirección web; no se publica como evidencia`,
      });
    }
  }
  return { urls: [...new Set(urls)], avisos };
}

/** Maps one record. A row is refused only for what makes it unidentifiable or contradictory; gaps become absences. */
export function mapearRenglon(r: Renglon, cabecera: Cabecera): ResultadoDeFila {
  const linea = r.linea;
  const error = (motivo: string): ResultadoDeFila => ({ ok: false, linea, motivo });
  if (r.valores.length !== cabecera.columnas) {
    return error(
      `tiene ${r.valores.length} ${r.valores.length === 1 ? 'columna' : 'columnas'} (se esperaban ${cabecera.columnas}, como la cabecera; ¿una coma de más o unas comillas que faltan?)`,
    );
  }
  const celda = (c: Columna) => valor(r.valores[cabecera.indices[c]]);
  const avisos: AvisoDeFila[] = [];
  const avisar = (tipo: TipoAviso, mensaje: string) => avisos.push({ tipo, linea, mensaje });

  const idAsm = celda('ID_ASM');
  if (!idAsm) return error('falta ID_ASM (se esperaba el identificador del aspecto, p. ej. «04e001pcr13_01»)');
  if (!/^[\p{L}\p{N}_.-]+$/u.test(idAsm))
    return error(`ID_ASM «${idAsm}» no es un identificador (se esperaban letras, cifras, «_», «.» o «-», sin espacios)`);
  const ramo = celda('ID_RAMO');
  if (!ramo) return error('falta ID_RAMO (se esperaba la clave del ramo, p. ej. «4»)');
  if (!/^[0-9A-Z]+$/i.test(ramo))
    return error(`ID_RAMO «${ramo}» no es una clave de ramo (se esperaban cifras o letras, p. ej. «4» o «16»)`);
  const siglas = celda('ACRON_DEP_ENT');
  const nombreEnte = celda('DESC_DEP_ENT');
  if (!siglas && !nombreEnte) return error('faltan ACRON_DEP_ENT y DESC_DEP_ENT (se esperaba el ente que atiende el aspecto)');
  const clavePp = celda('MODALIDAD_PP')?.replace(/\s+/g, '').toUpperCase();
  if (!clavePp) return error('falta MODALIDAD_PP (se esperaba la clave del programa, p. ej. «E001»)');
  if (!/^[A-Z][0-9A-Z]{1,5}$/.test(clavePp))
    return error(`MODALIDAD_PP «${celda('MODALIDAD_PP')}» no es una clave de programa (se esperaba una letra y cifras, p. ej. «E001»)`);

  const anioTexto = celda('ANIO_RECOMENDACION');
  let anio: number | undefined;
  if (anioTexto !== undefined) {
    anio = /^\d{4}$/.test(anioTexto) ? Number(anioTexto) : Number.NaN;
    if (!(anio >= 1990 && anio <= 2100))
      return error(`ANIO_RECOMENDACION «${anioTexto}» no es un año (se esperaban cuatro cifras, p. ej. «2013», o N/D)`);
  }

  const trimestre = celda('TRIMESTRE');
  const { periodo, fin } = trimestre === undefined ? { periodo: undefined, fin: undefined } : leerTrimestre(trimestre);
  if (trimestre !== undefined && fin === undefined)
    avisar('trimestre-raro', `TRIMESTRE «${trimestre}» no tiene la forma «01T2016»; se conserva tal cual`);

  let reporte: FilaAsm['reporte'];
  const avanceTexto = celda('AVANCE_ASM');
  if (avanceTexto === undefined) {
    avisar('sin-avance', 'AVANCE_ASM es N/D: el aspecto se importa sin reporte de avance');
  } else {
    const avance = leerAvance(avanceTexto);
    if ('error' in avance) return error(avance.error);
    const fechaTexto = celda('FECHA_REPORTE');
    let fecha: string | undefined;
    let nota: string | undefined;
    if (fechaTexto !== undefined) {
      fecha = leerFecha(fechaTexto);
      if (!fecha) return error(`FECHA_REPORTE «${fechaTexto}» no es una fecha real dd/mm/aaaa (p. ej. «31/03/2016»)`);
    } else if (fin) {
      fecha = fin;
      nota = `La SHCP no da la fecha de este reporte; se usa el último día del trimestre que publica (${periodo}).`;
      avisar('fecha-del-trimestre', `FECHA_REPORTE es N/D; se usa el último día del trimestre ${periodo} (${fin})`);
    } else {
      return error('FECHA_REPORTE es N/D y TRIMESTRE no da un trimestre (se esperaba la fecha del reporte, dd/mm/aaaa)');
    }
    const evidencias = leerEvidencias(r.valores[cabecera.indices.EVIDENCIA], linea);
    avisos.push(...evidencias.avisos);
    reporte = { fecha, ...avance, evidencias: evidencias.urls, ...(nota ? { nota } : {}) };
  }

  const clasificar = <T extends string>(columna: Columna, vocabulario: readonly T[]): T | undefined => {
    const texto = celda(columna);
    if (texto === undefined) return undefined;
    const v = enVocabulario(texto, vocabulario);
    if (!v) avisar('valor-desconocido', `${columna} «${texto}» no es un valor conocido (${vocabulario.join(', ')}); se deja vacío`);
    return v;
  };
  const tipoAsm = clasificar('TIPO_ASM', TIPOS_ASM);
  const prioridad = clasificar('PRIORIDAD', PRIORIDADES);
  const tipoMejora: TipoMejora[] = [];
  for (const m of lista(r.valores[cabecera.indices.TIPO_MEJORA])) {
    const v = enVocabulario(m, TIPOS_MEJORA);
    if (v) {
      if (!tipoMejora.includes(v)) tipoMejora.push(v);
    } else avisar('valor-desconocido', `TIPO_MEJORA «${m}» no es un valor conocido (${TIPOS_MEJORA.join(', ')}); se deja fuera`);
  }
  const gastoTexto = celda('GASTO_FEDERALIZADO');
  let gastoFederalizado: boolean | undefined;
  if (gastoTexto !== undefined) {
    const g = normalizar(gastoTexto);
    gastoFederalizado = g === 'si' ? true : g === 'no' ? false : undefined;
    if (gastoFederalizado === undefined) avisar('valor-desconocido', `GASTO_FEDERALIZADO «${gastoTexto}» no es Sí ni No; se deja vacío`);
  }
  const aspecto = celda('DESC_ASM');
  if (!aspecto) avisar('sin-texto', 'DESC_ASM es N/D: el aspecto se importa sin su texto');

  return {
    ok: true,
    avisos,
    fila: {
      linea,
      ciclo: celda('CICLO'),
      periodo,
      ramo: { clave: ramo, nombre: celda('DESC_RAMO') },
      ente: siglas ? { siglas, nombre: nombreEnte } : { siglas: nombreEnte!, nombre: nombreEnte, sinSiglas: true },
      programa: { clave: clavePp, nombre: celda('DESC_PP') },
      instanciaCoordinadora: celda('INST_COORD'),
      anio,
      evaluacion: celda('ORIGEN_RECOMENDACION'),
      idAsm,
      aspecto,
      gastoFederalizado,
      tipoAsm,
      temas: lista(r.valores[cabecera.indices.TEMA_ASM]),
      tipoMejora,
      prioridad,
      reporte,
    },
  };
}
