import type { Codificacion } from '../lib/importador-shcp/index.ts';
import type { Salida } from './ejecutar-orden.ts';

/** Names a person may give an encoding by (--codificacion), as the CSV importers read them. */
const CODIFICACIONES: Record<string, Codificacion> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
};

/** --url: a public http(s) address, or the Spanish sentence that refuses it. */
export function revisarUrl(url: string | undefined): Salida | undefined {
  if (url === undefined || (/^https?:\/\/\S+$/i.test(url) && URL.canParse(url))) return undefined;
  return { codigo: 1, lineas: [`--url «${url}» no es una dirección http:// o https://`] };
}

/** --codificacion: the encoding it names, or the Spanish sentence that refuses it. */
export function leerCodificacion(nombre: string | undefined): { ok: true; codificacion?: Codificacion } | { ok: false; salida: Salida } {
  if (nombre === undefined) return { ok: true };
  const codificacion = CODIFICACIONES[nombre.toLowerCase()];
  if (codificacion) return { ok: true, codificacion };
  return { ok: false, salida: { codigo: 1, lineas: [`--codificacion «${nombre}» no se reconoce (se esperaba utf-8 o windows-1252)`] } };
}
