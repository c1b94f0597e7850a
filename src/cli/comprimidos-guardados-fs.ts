/**
 * What the index step compresses, kept between runs by what went in (src/contenido/textos-guardados-fs.ts): after
 * editing one convenio most chunks of the union are the same bytes as before, and gzip took most of writing them.
 */
import { createHash } from 'node:crypto';
import { versions } from 'node:process';
import { huellaDelCodigo } from '../contenido/huella-del-codigo-fs.ts';
import { abrirTextosGuardados } from '../contenido/textos-guardados-fs.ts';

export interface ComprimidosGuardados {
  /** What `hacer()` gave for the same `entrada` and `que` in the last run, or `hacer()` now, kept for the next. */
  segun: (entrada: Uint8Array, que: string, hacer: () => Promise<Buffer>) => Promise<Buffer>;
  cerrar: () => void;
}

/** Nothing kept: every result made now (an index built without a cache folder). */
export const SIN_GUARDAR: ComprimidosGuardados = { segun: (_entrada, _que, hacer) => hacer(), cerrar: () => undefined };

export function abrirComprimidosGuardados(archivo: string): ComprimidosGuardados {
  // The code makes the results and zlib the bytes: another version of either makes them again.
  const guardados = abrirTextosGuardados(archivo, `${huellaDelCodigo()} zlib ${versions.zlib}`);
  return {
    segun: async (entrada, que, hacer) => {
      const clave = `${que}-${createHash('sha1').update(entrada).digest('base64url')}`;
      const guardado = guardados.obtener(clave);
      if (guardado) return guardado;
      const hecho = await hacer();
      guardados.poner(clave, hecho);
      return hecho;
    },
    cerrar: guardados.cerrar,
  };
}
