/**
 * Texts a build keeps for the next one under keys (what it read from each content file, each document's pieces of
 * the downloads), in one file of the cache for one version of the code. Each text is written to the next build's
 * file as soon as it is used or made, so a build never holds a second copy of them all; the file is renamed into
 * place when the build closes it, and a build stopped halfway leaves the previous one. Texts stay UTF-8 in the file
 * read at the start, and only the ones asked for are decoded.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writevSync } from 'node:fs';
import { dirname } from 'node:path';

export interface TextosGuardados {
  /** The text the last build kept under `clave` (kept for the next one too), if any. */
  obtener: (clave: string) => string | undefined;
  /** Keeps `texto` under `clave` for the next build. */
  poner: (clave: string, texto: string) => void;
  /** Writes this build's texts in place of the last build's, if any is new or any of those went unused. */
  cerrar: () => void;
  /** Forgets this build's texts: the last build's stay, and a folder made for them goes. */
  descartar: () => void;
}

// Each record: «clave bytes\n» then the text's bytes. Keys are hashes or names without spaces or line breaks.
const FIN = 0x0a;

function cargar(archivo: string, version: string): { datos: Buffer; donde: Map<string, [number, number]> } {
  const donde = new Map<string, [number, number]>();
  let datos: Buffer;
  try {
    datos = readFileSync(archivo);
  } catch {
    return { datos: Buffer.alloc(0), donde };
  }
  const cabecera = `${JSON.stringify(version)}\n`;
  if (datos.toString('utf8', 0, Buffer.byteLength(cabecera)) !== cabecera) return { datos, donde };
  let i = Buffer.byteLength(cabecera);
  while (i < datos.length) {
    const fin = datos.indexOf(FIN, i);
    const [clave, bytes] = fin < 0 ? [] : datos.toString('utf8', i, fin).split(' ');
    const inicio = fin + 1;
    const final = inicio + Number(bytes);
    // A file cut short (a full disk) is as good as no file.
    if (!clave || !Number.isSafeInteger(final) || final < inicio || final > datos.length) return { datos, donde: new Map() };
    donde.set(clave, [inicio, final]);
    i = final;
  }
  return { datos, donde };
}

/** About this many bytes are gathered before each write. */
const TANDA = 1 << 22;

export function abrirTextosGuardados(archivo: string, version: string): TextosGuardados {
  const { datos, donde } = cargar(archivo, version);
  const provisional = `${archivo}.tmp`;
  let fd: number | undefined;
  let carpetaNueva: string | undefined;
  let pendientes: Buffer[] = [];
  let enTanda = 0;
  const escritas = new Set<string>();
  let usadas = 0;
  let nuevas = 0;

  const vaciar = () => {
    if (pendientes.length > 0) writevSync(fd!, pendientes);
    pendientes = [];
    enTanda = 0;
  };
  const escribir = (clave: string, texto: Buffer) => {
    if (escritas.has(clave)) return;
    escritas.add(clave);
    if (fd === undefined) {
      carpetaNueva = mkdirSync(dirname(archivo), { recursive: true });
      fd = openSync(provisional, 'w');
      pendientes.push(Buffer.from(`${JSON.stringify(version)}\n`));
    }
    pendientes.push(Buffer.from(`${clave} ${texto.length}\n`), texto);
    enTanda += texto.length;
    if (enTanda >= TANDA) vaciar();
  };

  return {
    obtener: (clave) => {
      const tramo = donde.get(clave);
      if (!tramo) return undefined;
      if (!escritas.has(clave)) usadas++;
      escribir(clave, datos.subarray(...tramo));
      return datos.toString('utf8', ...tramo);
    },
    poner: (clave, texto) => {
      if (!escritas.has(clave)) nuevas++;
      escribir(clave, Buffer.from(texto, 'utf8'));
    },
    cerrar: () => {
      if (fd === undefined) return;
      vaciar();
      closeSync(fd);
      fd = undefined;
      if (nuevas === 0 && usadas === donde.size) rmSync(provisional, { force: true });
      else renameSync(provisional, archivo);
    },
    descartar: () => {
      if (fd === undefined) return;
      closeSync(fd);
      fd = undefined;
      rmSync(carpetaNueva ?? provisional, { recursive: true, force: true });
    },
  };
}
