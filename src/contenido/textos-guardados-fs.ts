/**
 * Texts a build keeps for the next one under keys (what it read from each content file, each document's pieces of
 * the downloads), in one file of the cache for one version of the code. The file is read whole at the start and its
 * texts are handed out as UTF-8 bytes, decoded only where needed. The texts made now are written as the build goes,
 * a mebibyte at a time (one call per text cost 0.92 s for the ≈ 50,000 texts of 10,000 convenios, now 0.58 s), so a
 * build never holds a second copy of them all: after a build of another version, to a new file renamed into place
 * at the end; after one of the same version, at the end of the file, which after editing one convenio grows by that
 * convenio's texts instead of being written again whole. The file is rewritten with only the texts in use once the
 * unused ones outweigh them. A build stopped halfway leaves texts that are still right for their keys.
 */
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync, writevSync } from 'node:fs';
import { dirname } from 'node:path';

export interface TextosGuardados {
  /** The UTF-8 bytes an earlier build kept under `clave`, if any. */
  obtener: (clave: string) => Buffer | undefined;
  /** Keeps `texto` (text, or bytes as they are) under `clave` for the next build. */
  poner: (clave: string, texto: string | Uint8Array) => void;
  /** Ends this build's writing. */
  cerrar: () => void;
  /** Forgets what this build wrote: the file is as the last build left it, and a folder made for it goes. */
  descartar: () => void;
}

// After the version line, each record: «clave bytes\n» then the text's bytes. Keys are hashes or names without
// spaces or line breaks.
const FIN = 0x0a;
/** Bytes gathered before they are written. */
const POR_ESCRITURA = 1 << 20;
const cabeceraDe = (version: string) => Buffer.from(`${JSON.stringify(version)}\n`);

interface Cargado {
  datos: Buffer;
  donde: Map<string, [number, number]>;
  /** Where the records that read well end (undefined: the file is of another version, or there is none). */
  fin?: number;
}

function cargar(archivo: string, version: string): Cargado {
  const donde = new Map<string, [number, number]>();
  let datos: Buffer;
  try {
    datos = readFileSync(archivo);
  } catch {
    return { datos: Buffer.alloc(0), donde };
  }
  const cabecera = cabeceraDe(version);
  if (!datos.subarray(0, cabecera.length).equals(cabecera)) return { datos, donde };
  let i = cabecera.length;
  while (i < datos.length) {
    const fin = datos.indexOf(FIN, i);
    const [clave, bytes] = fin < 0 ? [] : datos.toString('utf8', i, fin).split(' ');
    const inicio = fin + 1;
    const final = inicio + Number(bytes);
    // A record cut short (a build stopped while writing it) ends what can be used.
    if (!clave || !Number.isSafeInteger(final) || final < inicio || final > datos.length) break;
    donde.set(clave, [inicio, final]);
    i = final;
  }
  return { datos, donde, fin: i };
}

/** The file a build writes before putting it in place of `archivo`. */
const provisionalDe = (archivo: string) => `${archivo}.tmp`;

/** Every file the texts kept in `archivo` may take while a build writes them: what a cache cleaner must leave. */
export const archivosDeTextosGuardados = (archivo: string): string[] => [archivo, provisionalDe(archivo)];

export function abrirTextosGuardados(archivo: string, version: string): TextosGuardados {
  const cargado = cargar(archivo, version);
  const { datos, donde } = cargado;
  const anadir = cargado.fin !== undefined;
  const fin = cargado.fin ?? 0;
  const destino = anadir ? archivo : provisionalDe(archivo);
  let fd: number | undefined;
  let carpetaNueva: string | undefined;
  let posicion = 0;
  let pendientes: Uint8Array[] = [];
  let bytesPendientes = 0;
  const escritas = new Set<string>();
  const usadas = new Set<string>();
  let bytesUsados = 0;
  let bytesNuevos = 0;

  const vaciar = () => {
    for (let hecho = 0; hecho < bytesPendientes;) {
      const escritos = writevSync(fd!, pendientes, posicion);
      posicion += escritos;
      hecho += escritos;
      // A short write (rare, but allowed) leaves the rest to write again.
      if (hecho < bytesPendientes) pendientes = [Buffer.concat(pendientes).subarray(escritos)];
    }
    pendientes = [];
    bytesPendientes = 0;
  };
  const escribir = (partes: Uint8Array[]) => {
    for (const p of partes) {
      pendientes.push(p);
      bytesPendientes += p.length;
    }
    if (bytesPendientes >= POR_ESCRITURA) vaciar();
  };
  const abrir = () => {
    if (fd !== undefined) return;
    carpetaNueva = mkdirSync(dirname(archivo), { recursive: true });
    fd = openSync(destino, anadir ? 'r+' : 'w');
    // Anything past the records that read well is a cut record: it goes.
    if (anadir) ftruncateSync(fd, (posicion = fin));
    else escribir([cabeceraDe(version)]);
  };

  /** Writes the records in use (and nothing else) to a new file and puts it in place. */
  const compactar = () => {
    const nuevas = bytesNuevos > 0 ? readFileSync(archivo).subarray(fin) : Buffer.alloc(0);
    const fdNuevo = openSync(provisionalDe(archivo), 'w');
    const partes: Buffer[] = [cabeceraDe(version)];
    for (const clave of usadas) {
      const [inicio, final] = donde.get(clave)!;
      partes.push(Buffer.from(`${clave} ${final - inicio}\n`), datos.subarray(inicio, final));
    }
    partes.push(nuevas);
    for (const p of partes) writeSync(fdNuevo, p);
    closeSync(fdNuevo);
    renameSync(provisionalDe(archivo), archivo);
  };

  return {
    obtener: (clave) => {
      const tramo = donde.get(clave);
      if (!tramo) return undefined;
      if (!usadas.has(clave)) {
        usadas.add(clave);
        bytesUsados += tramo[1] - tramo[0];
      }
      return datos.subarray(...tramo);
    },
    poner: (clave, texto) => {
      if (escritas.has(clave) || donde.has(clave)) return;
      escritas.add(clave);
      abrir();
      const bytes = typeof texto === 'string' ? Buffer.from(texto, 'utf8') : texto;
      bytesNuevos += bytes.length;
      escribir([Buffer.from(`${clave} ${bytes.length}\n`), bytes]);
    },
    cerrar: () => {
      if (fd !== undefined) {
        vaciar();
        closeSync(fd);
        fd = undefined;
        if (!anadir) renameSync(destino, archivo);
      }
      // The texts this build did not ask for are dropped once they weigh more than the ones it used or made.
      const sinUsar = fin - cabeceraDe(version).length - bytesUsados;
      if (anadir && sinUsar > bytesUsados + bytesNuevos) compactar();
    },
    descartar: () => {
      pendientes = [];
      bytesPendientes = 0;
      if (fd === undefined) return;
      if (anadir) ftruncateSync(fd, fin);
      closeSync(fd);
      fd = undefined;
      if (!anadir) rmSync(carpetaNueva ?? destino, { recursive: true, force: true });
    },
  };
}
