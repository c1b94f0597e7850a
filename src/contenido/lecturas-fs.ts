/**
 * What a build read from each content file, kept for the next build (src/contenido/textos-guardados-fs.ts): a file
 * whose text did not change is not parsed and checked again. Reading 10,000 convenios (YAML and their schema) cost a
 * rebuild after one edit ≈ 8 s, with the garbage it leaves (docs/escala.md, point 13). Only files that read well are
 * kept: a file with problems is read again, so its messages always come from its text. The kept reads belong to one
 * version of the code.
 */
import { createHash } from 'node:crypto';
import { abrirTextosGuardados } from './textos-guardados-fs.ts';

export interface Lecturas {
  /** The read of `texto` from `archivo` kept by the last build, or `leer()` now (kept if it read well). */
  leer: <R extends { ok: boolean }>(archivo: string, texto: string, leer: () => R) => R;
  /** Writes this build's reads, if any is new or any of the last build's went unused. */
  guardar: () => void;
  /** Keeps the last build's reads and nothing of this one (a build that stops writes nothing). */
  descartar: () => void;
}

export function abrirLecturas(archivo: string, version: string): Lecturas {
  const guardadas = abrirTextosGuardados(archivo, version);
  return {
    leer: (ruta, texto, leer) => {
      const clave = createHash('sha1').update(ruta).update('\0').update(texto).digest('base64url');
      const guardada = guardadas.obtener(clave);
      if (guardada !== undefined) return JSON.parse(guardada.toString('utf8')) as ReturnType<typeof leer>;
      const leida = leer();
      // As JSON, written at once: later changes to the objects a build uses never reach the file. JSON, not v8's
      // format: half the time to write and a third to read, and the schemas make no dates or maps.
      if (leida.ok) guardadas.poner(clave, JSON.stringify(leida));
      return leida;
    },
    guardar: guardadas.cerrar,
    descartar: guardadas.descartar,
  };
}
