import type { Documento } from '../schemas/documento.ts';
import type { Ente, Programa } from '../schemas/catalogos.ts';
import { anomaliasConRuta } from './anomalias.ts';
import { formatearFecha } from './fechas.ts';

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
  for (const cv of c.convenios) {
    const d = cv.datos;
    // A federal follow-up is the SHCP's data as published: nothing in it is ours to correct, so it gets no warnings.
    if (d.tipo === 'seguimiento_federal') continue;
    for (const a of anomaliasConRuta(d)) {
      avisos.push({ archivo: cv.archivo, ruta: a.ruta, mensaje: `${a.mensaje.replace(/\.$/, '')} (es legal, pero confirme que así lo dice el documento)` });
    }
    if (Number(d.firma.fecha.slice(0, 4)) < d.pae) {
      avisos.push({ archivo: cv.archivo, ruta: ['firma', 'fecha'], mensaje: `la firma (${formatearFecha(d.firma.fecha)}) es anterior al año del PAE (${d.pae}) (se esperaba una firma del ${d.pae} o posterior: revise la fecha de firma y el año del PAE)` });
    }
    d.compromisos.forEach((k, i) => {
      k.seguimiento.forEach((r, j) => {
        if (r.fecha < d.firma.fecha) {
          avisos.push({ archivo: cv.archivo, ruta: ['compromisos', i, 'seguimiento', j, 'fecha'], mensaje: `el reporte del ${formatearFecha(r.fecha)} es anterior a la firma del convenio (${formatearFecha(d.firma.fecha)}) (se esperaba una fecha posterior a la firma)` });
        }
        if (r.estado === 'atendido' && r.evidencias.length === 0 && r.dictamen === undefined) {
          avisos.push({ archivo: cv.archivo, ruta: ['compromisos', i, 'seguimiento', j, 'evidencias'], mensaje: 'el reporte dice «atendido» sin evidencias ni dictamen (se esperaba al menos un enlace a la evidencia)' });
        }
      });
    });
  }
  // With a convenio that failed to read, its entes and program would look unused: those warnings wait until it is fixed.
  if (opciones.sinUso === false) return avisos;
  const entesUsados = new Set(c.convenios.flatMap((cv) => (cv.datos.tipo === 'seguimiento_federal' ? [cv.datos.ente] : cv.datos.partes.map((p) => p.ente))));
  for (const e of c.entes) {
    if (!entesUsados.has(e.id) && !opciones.omitirSinUso?.has(e.archivo)) avisos.push({ archivo: e.archivo, ruta: [], mensaje: `ningún convenio usa el ente «${e.id}» (se esperaba que al menos un convenio lo nombre en sus partes, o un seguimiento federal en «ente»; si sobra, borre el archivo)` });
  }
  const programasUsados = new Set(c.convenios.map((cv) => cv.datos.programa));
  for (const p of c.programas) {
    if (!programasUsados.has(p.id) && !opciones.omitirSinUso?.has(p.archivo)) avisos.push({ archivo: p.archivo, ruta: [], mensaje: `ningún convenio usa el programa «${p.id}» (se esperaba que al menos un convenio lo tenga en «programa»; si sobra, borre el archivo)` });
  }
  return avisos;
}
