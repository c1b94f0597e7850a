import type { Rutas } from '../rutas.ts';

/** Who publishes the data set and under which licence: said the same way in every download. */
export const EDITOR = 'Convenios Abiertos';
export const TITULO_CONJUNTO = 'Convenios para la Mejora del Desempeño y Resultados Gubernamentales: compromisos y seguimiento';
export const LICENCIA = {
  titulo: 'Términos de Libre Uso MX',
  url: 'https://datos.gob.mx/libreusomx',
} as const;

/** What every download needs besides the index: where the site lives and when it was built. */
export interface Publicacion {
  rutas: Rutas;
  /** Origin the site is published at, e.g. "https://conveniosabiertos.mx" (rutas already carry the base path). */
  sitio: string;
  /** Build instant: from SOURCE_DATE_EPOCH when set, so two builds of the same content are identical. */
  construido: Date;
}

export function absoluta(pub: Publicacion, ruta: string): string {
  return new URL(ruta, pub.sitio).href;
}

/** The build instant: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
export function fechaDeConstruccion(entorno: Record<string, string | undefined>, ahora: Date = new Date()): Date {
  const epoca = entorno.SOURCE_DATE_EPOCH?.trim();
  if (!epoca) return ahora;
  if (!/^\d+$/.test(epoca)) throw new Error(`SOURCE_DATE_EPOCH: «${epoca}» no es válido (se esperaban segundos desde 1970)`);
  return new Date(Number(epoca) * 1000);
}
