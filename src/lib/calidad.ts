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

export interface OpcionesDeCalidad {
  /** false: some convenio could not be read, so what it uses is unknown; no «ningún convenio usa…» at all. */
  sinUso?: boolean;
  /** Files that already carry an error about them (a duplicate): no «ningún convenio usa…» for them. */
  omitirSinUso?: ReadonlySet<string>;
}

/**
 * Data-quality warnings over the whole content: the convenio page's own notes (a repeated
 * printed number, a due date after the cap, an extension over the limit) plus dates that
 * contradict each other and catalogue files no convenio uses (unless `sinUso` is false: some convenio
 * could not be read, so what it uses is unknown).
 */
export function avisosDeCalidad(c: ContenidoRevisable, opciones: OpcionesDeCalidad = {}): Aviso[] {
  const avisos: Aviso[] = [];
  for (const cv of c.convenios) for (const a of tipoDe(cv.datos).avisos(cv.datos)) avisos.push({ archivo: cv.archivo, ...a });
  // With a convenio that failed to read, its entes and program would look unused: those warnings wait until it is fixed.
  if (opciones.sinUso === false) return avisos;
  const entesUsados = new Set(
    c.convenios.flatMap((cv) =>
      tipoDe(cv.datos)
        .entesCitados(cv.datos)
        .map((x) => x.ente),
    ),
  );
  for (const e of c.entes) {
    if (!entesUsados.has(e.id) && !opciones.omitirSinUso?.has(e.archivo))
      avisos.push({
        archivo: e.archivo,
        ruta: [],
        mensaje: `ningún convenio usa el ente «${e.id}» (se esperaba que al menos un convenio lo nombre en sus partes, o un seguimiento federal en «ente»; si sobra, borre el archivo)`,
      });
  }
  const programasUsados = new Set(c.convenios.map((cv) => cv.datos.programa));
  for (const p of c.programas) {
    if (!programasUsados.has(p.id) && !opciones.omitirSinUso?.has(p.archivo))
      avisos.push({
        archivo: p.archivo,
        ruta: [],
        mensaje: `ningún convenio usa el programa «${p.id}» (se esperaba que al menos un convenio lo tenga en «programa»; si sobra, borre el archivo)`,
      });
  }
  return avisos;
}
