import type { Documento } from '../schemas/documento.ts';
import type { Ente, Programa } from '../schemas/catalogos.ts';
import { tipoDe } from './documentos/tipos.ts';

/** A legal but suspicious value: the validator and the build print it; it never stops either. */
export interface Aviso {
  archivo: string;
  ruta: (string | number)[];
  mensaje: string;
}

interface Archivo<T> {
  id: string;
  archivo: string;
  datos: T;
}

export interface ContenidoRevisable {
  convenios: Archivo<Documento>[];
  entes: Archivo<Ente>[];
  programas: Archivo<Programa>[];
}

/**
 * Data-quality warnings over the whole content: the convenio page's own notes (a repeated
 * printed number, a due date after the cap, an extension over the limit) plus dates that
 * contradict each other and catalogue files no convenio uses.
 */
export function avisosDeCalidad(c: ContenidoRevisable): Aviso[] {
  const avisos: Aviso[] = [];
  for (const cv of c.convenios) for (const a of tipoDe(cv.datos).avisos(cv.datos)) avisos.push({ archivo: cv.archivo, ...a });
  const entesUsados = new Set(c.convenios.flatMap((cv) => tipoDe(cv.datos).entesCitados(cv.datos).map((x) => x.ente)));
  for (const e of c.entes) {
    if (!entesUsados.has(e.id)) avisos.push({ archivo: e.archivo, ruta: [], mensaje: `ningún convenio usa el ente «${e.id}» (se esperaba que al menos un convenio lo nombre en sus partes, o un seguimiento federal en «ente»; si sobra, borre el archivo)` });
  }
  const programasUsados = new Set(c.convenios.map((cv) => cv.datos.programa));
  for (const p of c.programas) {
    if (!programasUsados.has(p.id)) avisos.push({ archivo: p.archivo, ruta: [], mensaje: `ningún convenio usa el programa «${p.id}» (se esperaba que al menos un convenio lo tenga en «programa»; si sobra, borre el archivo)` });
  }
  return avisos;
}
