/**
 * What a build read from each content file, kept for the next build in <cache>/lecturas.v8: a file whose text did
 * not change is not parsed and checked again. Reading 10,000 convenios (YAML and their schema) cost a rebuild after
 * one edit ≈ 8 s, with the garbage it leaves (docs/escala.md, point 13). Only files that read well are kept: a file
 * with problems is read again, so its messages always come from its text. The kept reads belong to one version of
 * the code.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

interface Guardadas {
  version: string;
  /**
   * Each read as JSON, written when it was made: later changes to the objects a build uses never reach the file.
   * JSON, not v8's format: half the time to write and a third to read, and the schemas make no dates or maps.
   */
  lecturas: Map<string, string>;
}

export interface Lecturas {
  /** The read of `texto` from `archivo` kept by the last build, or `leer()` now (kept if it read well). */
  leer: <R extends { ok: boolean }>(archivo: string, texto: string, leer: () => R) => R;
  /** Writes this build's reads, if any is new or any of the last build's went unused. */
  guardar: () => void;
}

function cargar(archivo: string, version: string): Map<string, string> {
  try {
    const guardadas = deserialize(readFileSync(archivo)) as Guardadas;
    return guardadas.version === version ? guardadas.lecturas : new Map();
  } catch {
    return new Map();
  }
}

export function abrirLecturas(archivo: string, version: string): Lecturas {
  const anteriores = cargar(archivo, version);
  const usadas = new Map<string, string>();
  let nuevas = 0;
  return {
    leer: (ruta, texto, leer) => {
      const clave = createHash('sha1').update(ruta).update('\0').update(texto).digest('base64url');
      const guardada = anteriores.get(clave);
      if (guardada) {
        usadas.set(clave, guardada);
        return JSON.parse(guardada) as ReturnType<typeof leer>;
      }
      const leida = leer();
      if (leida.ok) {
        usadas.set(clave, JSON.stringify(leida));
        nuevas++;
      }
      return leida;
    },
    guardar: () => {
      if (nuevas === 0 && usadas.size === anteriores.size) return;
      mkdirSync(dirname(archivo), { recursive: true });
      // Written beside it and renamed: a build stopped halfway leaves the old file or the new one, never half.
      writeFileSync(`${archivo}.tmp`, serialize({ version, lecturas: usadas } satisfies Guardadas));
      renameSync(`${archivo}.tmp`, archivo);
    },
  };
}
