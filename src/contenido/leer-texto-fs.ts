import { readFileSync } from 'node:fs';
import { decodificarContenido } from '../lib/codificacion.ts';
import type { Problema } from './errores.ts';

/**
 * Reads a content file as UTF-8 text. A file in another encoding, empty or binary is never read
 * with replacement characters: it comes back as a problem naming the file and, where there is one,
 * the first line that shows it (see src/lib/codificacion.ts).
 */
export function leerTexto(ruta: string, archivo: string): { ok: true; texto: string } | { ok: false; problema: Problema } {
  const r = decodificarContenido(readFileSync(ruta));
  if (r.ok) return { ok: true, texto: r.texto };
  return {
    ok: false,
    problema: { archivo, ...(r.linea === undefined ? {} : { linea: r.linea }), campo: '(codificación)', mensaje: r.mensaje },
  };
}
