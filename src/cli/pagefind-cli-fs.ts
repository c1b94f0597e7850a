/**
 * What the index step shares about Pagefind's CLI and its files: the language, the chunk size, the signature of its
 * files, their names, and running the CLI on a folder of pages.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** The pages are Spanish (lang="es-MX"); one "es" index gets Spanish stemming and serves es-MX pages. */
export const IDIOMA_DEL_INDICE = 'es';
/**
 * How much of the index goes in each chunk, in Pagefind's unit (a page or a word position), against its default
 * 20,000: a search loads whole chunks, one or two per word, so at 10,000 convenios a rare word cost 20–40 KB and now
 * 5–10 KB, for 4 KB more of metadata (docs/rendimiento.md). Pagefind reads it from its environment; a value already
 * there wins. Pagefind calls the variable unstable: if a release drops it, chunks go back to their default size (heavier searches, nothing broken).
 */
const UNIDADES_POR_TROZO = '5000';

/** The chunk size Pagefind is given (and the batches' union cuts by). */
export const unidadesPorTrozo = (): string => process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? UNIDADES_POR_TROZO;

export function fallar(mensaje: string): never {
  throw new Error(`Índice de búsqueda: ${mensaje}`);
}

/** What `leer` gives from a file of the index; if it throws, the build stops naming the file. */
export function deArchivo<T>(ruta: string, leer: () => T): T {
  try {
    return leer();
  } catch (e) {
    fallar(`${ruta}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

// Pagefind's files are gzip with a 12-byte signature before their JSON or CBOR.
export const FIRMA = Buffer.from('pagefind_dcd');
export const FIRMA_DE_PAGEFIND = FIRMA.length;

/** A name for a file of the index from its content, as Pagefind names them («es_» and the start of its SHA-256). */
export const nombrePorContenido = (datos: Uint8Array, cifras: number) =>
  `${IDIOMA_DEL_INDICE}_${createHash('sha256').update(datos).digest('hex').slice(0, cifras)}`;

/**
 * Pagefind's binary for this platform, found as its npm runner finds it (resolveBinary.js, beside the module the
 * package exports). Run directly, not through the runner: the runner is one more Node process per batch, ≈ 0.13 s
 * each (docs/escala.md, point 16).
 */
let ejecutable: Promise<string> | undefined;
const ejecutableDePagefind = () =>
  (ejecutable ??= import(new URL('resolveBinary.js', import.meta.resolve('pagefind')).href).then(
    (m: { resolveBinaryPath: (nombres: string[]) => string }) => m.resolveBinaryPath(['pagefind_extended', 'pagefind']),
    // A Pagefind release that moves its resolver: say what is missing, not import()'s English error.
    () =>
      fallar(
        'no se encontró el ejecutable de Pagefind (el paquete «pagefind» ya no trae resolveBinary.js); revise su versión en package.json',
      ),
  ));

/** Runs Pagefind's CLI on a folder of pages (`que` says which, for a failure); on failure, throws with the end of what it said. */
export async function correrPagefind(sitio: string, salida: string, que: string): Promise<void> {
  const args = ['--site', sitio, '--output-path', resolve(salida), '--force-language', IDIOMA_DEL_INDICE];
  const salidas: Buffer[] = [];
  const hijo = spawn(await ejecutableDePagefind(), args, {
    // A folder holding only the pages: Pagefind would also read a pagefind.yml/.toml/.json from the one it starts in.
    cwd: sitio,
    env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: unidadesPorTrozo() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  hijo.stdout.on('data', (b: Buffer) => salidas.push(b));
  hijo.stderr.on('data', (b: Buffer) => salidas.push(b));
  const codigo = await new Promise<number | null>((listo, falla) => {
    hijo.on('error', falla);
    hijo.on('close', listo);
  });
  if (codigo !== 0) {
    // Its last words name the cause; Rust's pointers to a backtrace do not.
    const dijo = Buffer.concat(salidas)
      .toString('utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^(stack backtrace:|note: )/.test(l))
      .slice(-2)
      .join(' ');
    fallar(`Pagefind no pudo indexar ${que} (código ${codigo}): ${dijo || 'sin detalle'}`);
  }
}
