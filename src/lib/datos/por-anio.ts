import type { ConvenioCalculado } from '../indice.ts';

export { DIRECTORIO_POR_ANIO } from '../rutas.ts';

/**
 * The bulk downloads split by year, so a journalist can open them: at 10,000 documents convenios.json weighs
 * about 160 MB and compromisos.csv about 55 MB. The year is the one the site groups documents under
 * (/ejercicios/{año}/): a convenio's PAE, a federal follow-up's evaluation year.
 */

/** Where the documents without a year go (federal follow-ups whose source gives no evaluation year). */
export const SIN_ANIO = 'sin-anio';

export interface ParteDeAnio {
  /** The year, or absent for the documents without one. */
  anio?: number;
  /** What the part's file names carry: "2024" or "sin-anio". */
  clave: string;
  /** Its documents, in the order given (the site's: newest first). */
  documentos: ConvenioCalculado[];
}

export const claveDeAnio = (anio: number | undefined): string => (anio === undefined ? SIN_ANIO : String(anio));

/** "2024", "Sin año": how tables and titles name a part. */
export const etiquetaDeParte = (p: Pick<ParteDeAnio, 'anio'>): string => (p.anio === undefined ? 'Sin año' : String(p.anio));

/** Every document in exactly one part: years newest first, then the documents without a year; none empty. */
export function partesPorAnio(documentos: readonly ConvenioCalculado[]): ParteDeAnio[] {
  const porClave = new Map<string, ParteDeAnio>();
  for (const c of documentos) {
    const clave = claveDeAnio(c.anio);
    let parte = porClave.get(clave);
    if (!parte) {
      parte = { ...(c.anio === undefined ? {} : { anio: c.anio }), clave, documentos: [] };
      porClave.set(clave, parte);
    }
    parte.documentos.push(c);
  }
  return [...porClave.values()].sort((a, b) => (a.anio === undefined ? 1 : b.anio === undefined ? -1 : b.anio - a.anio));
}

/** A split file's name: convenios-2024.json, compromisos-sin-anio.csv. */
export const archivoDeParte = (base: string, clave: string, extension: 'json' | 'csv'): string => `${base}-${clave}.${extension}`;

/** The title a year's JSON file carries. */
export const tituloDeParte = (titulo: string, p: Pick<ParteDeAnio, 'anio'>): string =>
  p.anio === undefined ? `${titulo}: documentos sin año` : `${titulo}: año ${p.anio}`;
