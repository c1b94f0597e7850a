import { spawnSync } from 'node:child_process';
import { copiarContenidoCurado } from '../contenido-curado.ts';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

// The «copy the content, build it into a temporary folder» setup every build and browser test over a site of
// its own needs, in one place: the real `npm run build` steps, run with CONTENIDO_DIR and SALIDA_DIR.

/**
 * Vitest exports import.meta.env (BASE_URL="/", MODE…) to process.env, and Astro inlines process.env into
 * import.meta.env at build time: left in, BASE_URL="/" would silently override BASE_PATH. No build gets them.
 */
const DE_VITEST = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

/** A new temporary folder, removed when the enclosing file or describe block ends. Call it at collection time. */
export function carpetaTemporal(prefijo: string): string {
  const carpeta = mkdtempSync(join(tmpdir(), `${prefijo}-`));
  afterAll(() => rmSync(carpeta, { recursive: true, force: true }));
  return carpeta;
}

export interface OpcionesDeConstruccion {
  /** Prefix of the temporary folder's name. */
  nombre?: string;
  /** The content folder to build; 'content' unless given. */
  origen?: string;
  /**
   * true (the default): `origen` is copied to <carpeta>/content and the build reads the copy, so `preparar` may
   * change it. false: the build reads `origen` in place, or, with no `origen`, whatever CONTENIDO_DIR the suite has.
   */
  copiar?: boolean;
  /**
   * Copies only the curated files, without the imported SHCP record (tests/contenido-curado.ts): for sites about
   * something else (hostile files, a 25-row sample import) that need not build 2,400 federal pages first.
   */
  curado?: boolean;
  /** Changes the copied content before the build (write hostile files, run an import…); gets the copy's folder. */
  preparar?: (contenido: string) => void;
  /** Environment for the build, over the test's own: BASE_PATH, SITIO_URL, FECHA_CORTE, SOURCE_DATE_EPOCH…; undefined removes a variable. */
  entorno?: Record<string, string | undefined>;
  /** A build that ends with an error is a result to look at, not a failed setup (the refused-content tests). */
  admitirFallo?: boolean;
  /** Hook timeout in milliseconds for copying, preparing and building. */
  tiempo?: number;
}

export interface SitioConstruido {
  /** The build's exit status. */
  estado: number | null;
  /** What the build printed, stdout then stderr. */
  salida: string;
  /** The built site (SALIDA_DIR). */
  dist: string;
  /** The content folder the build read (CONTENIDO_DIR). */
  contenido: string;
  /** The temporary folder holding the copy and the site. */
  carpeta: string;
}

/** Runs the real production build of `contenido` into `dist` now, with `entorno` over the current environment. */
export function ejecutarConstruccion(
  contenido: string | undefined,
  dist: string,
  entorno: Record<string, string | undefined> = {},
): { estado: number | null; salida: string } {
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...(contenido === undefined ? {} : { CONTENIDO_DIR: contenido }),
    SALIDA_DIR: dist,
    ...entorno,
  };
  for (const clave of DE_VITEST) if (!(clave in entorno)) delete env[clave];
  for (const [clave, valor] of Object.entries(env)) if (valor === undefined) delete env[clave];
  // What npm run build runs: astro build (full, or partial after a build of the same site), then the search index
  // in a process of its own.
  const opciones = { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const;
  const r = spawnSync(process.execPath, ['scripts/construir.ts'], opciones);
  if (r.status !== 0) return { estado: r.status, salida: `${r.stdout}\n${r.stderr}` };
  const i = spawnSync(process.execPath, ['scripts/indexar-busqueda.ts'], opciones);
  return { estado: i.status, salida: `${r.stdout}\n${r.stderr}\n${i.stdout}\n${i.stderr}` };
}

/**
 * Builds a site of its own for the enclosing test file or describe block: in a beforeAll hook it makes a temporary
 * folder, copies the content into it (unless `copiar: false`), lets `preparar` change the copy, and runs the real
 * `astro build` into <carpeta>/dist; an afterAll hook removes the folder. Call it at collection time; the returned
 * object's fields are there once the hook has run. A failed build throws (with the end of its output) unless
 * `admitirFallo` is set.
 */
export function construirSitio(opciones: OpcionesDeConstruccion = {}): Readonly<SitioConstruido> {
  const sitio: SitioConstruido = { estado: null, salida: '', dist: '', contenido: '', carpeta: '' };
  if (opciones.preparar && opciones.copiar === false)
    throw new Error('construirSitio: preparar cambia una copia del contenido, no el original');
  beforeAll(() => {
    sitio.carpeta = mkdtempSync(join(tmpdir(), `${opciones.nombre ?? 'sitio'}-`));
    sitio.dist = join(sitio.carpeta, 'dist');
    const copiar = opciones.copiar ?? true;
    const origen = opciones.origen ?? (copiar ? 'content' : process.env.CONTENIDO_DIR);
    if (copiar) {
      sitio.contenido = join(sitio.carpeta, 'content');
      if (opciones.curado) copiarContenidoCurado(sitio.contenido, origen);
      else cpSync(origen!, sitio.contenido, { recursive: true });
    } else {
      sitio.contenido = resolve(origen ?? 'content');
    }
    opciones.preparar?.(sitio.contenido);
    const r = ejecutarConstruccion(copiar || opciones.origen !== undefined ? sitio.contenido : undefined, sitio.dist, opciones.entorno);
    sitio.estado = r.estado;
    sitio.salida = r.salida;
    if (r.estado !== 0 && !opciones.admitirFallo) {
      throw new Error(`La construcción de ${sitio.contenido} falló (estado ${r.estado}):\n${r.salida.slice(-3000)}`);
    }
  }, opciones.tiempo ?? 300_000);
  afterAll(() => {
    if (sitio.carpeta) rmSync(sitio.carpeta, { recursive: true, force: true });
  });
  return sitio;
}
