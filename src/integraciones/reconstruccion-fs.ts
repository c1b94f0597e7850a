/**
 * Partial rebuilds (docs/escala.md, point 12). After a build, the keys of its routes go to <cache>/reconstruccion.json
 * with a signature of everything else a page may read: the code, the content that is not a convenio file (catalogs,
 * evaluations, attached documents), the list of convenio files, the cut-off day and where the site is published.
 * The next `astro build` with the same signature and the previous output in place is partial: Astro keeps the output
 * folder, the keyed routes render only the paths whose key changed (src/sitio/reconstruccion-astro.ts), and the
 * sitemap, whose pages did not change, stays as it was. Anything else is a full build, which first forgets the
 * manifest, so a full build that fails halfway never leaves one that promises an output it emptied.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { configuracion, corteDeLaConstruccion } from '../configuracion.ts';
import { archivosBajo, huellaDelCodigo } from '../contenido/huella-del-codigo-fs.ts';
import { abrirTextosGuardados, type TextosGuardados } from '../contenido/textos-guardados-fs.ts';
import type { ClavesDeRutas, Manifiesto } from '../lib/reconstruccion.ts';
import { fijarReconstruccion } from '../sitio/reconstruccion-astro.ts';

/** The exit status of a partial rebuild that found routes added or removed: scripts/construir.ts builds again, full. */
export const REHACER_COMPLETA = 75;

/** What decides whether a page may be reused, other than the convenio files' own text. */
function firmaDe(contenido: string, salida: string): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([huellaDelCodigo(), resolve(salida), configuracion.sitio, configuracion.base, corteDeLaConstruccion()]));
  const convenios = resolve(contenido, 'convenios');
  for (const archivo of archivosBajo(contenido)) {
    const esConvenio = resolve(archivo, '..') === convenios && archivo.endsWith('.md');
    h.update(`\0${relative(contenido, archivo)}\0`);
    // A convenio file's text is in its pages' keys; its name is here, so adding or removing one is a full build.
    if (!esConvenio) h.update(readFileSync(archivo));
  }
  return h.digest('base64url');
}

function leerManifiesto(archivo: string): Manifiesto | undefined {
  try {
    return JSON.parse(readFileSync(archivo, 'utf8')) as Manifiesto;
  } catch {
    return undefined;
  }
}

interface Reconstruccion extends AstroIntegration {
  /**
   * `integracion` with its last hook skipped in a partial rebuild: the sitemap, written from the pages Astro rendered,
   * would list only those, and a partial rebuild adds or removes no page, so the previous one stays right.
   */
  soloSiEsCompleta: (integracion: AstroIntegration) => AstroIntegration;
}

export default function reconstruccionParcial(): Reconstruccion {
  const salida = resolve(configuracion.salida ?? 'dist');
  const manifiesto = join(configuracion.cache, 'reconstruccion.json');
  let firma = '';
  let actuales: ClavesDeRutas | undefined;
  let piezas: TextosGuardados | undefined;
  let parcial = false;
  return {
    name: 'convenios-abiertos:reconstruccion',
    soloSiEsCompleta: (integracion) => {
      const alTerminar = integracion.hooks['astro:build:done'];
      return {
        ...integracion,
        hooks: { ...integracion.hooks, 'astro:build:done': async (o) => (parcial ? undefined : alTerminar?.(o)) },
      };
    },
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command !== 'build') return;
        firma = firmaDe(configuracion.contenido, salida);
        const previo = leerManifiesto(manifiesto);
        parcial = !configuracion.completa && previo?.firma === firma && existsSync(join(salida, 'index.html'));
        if (!parcial) rmSync(manifiesto, { force: true });
        else {
          updateConfig({ vite: { build: { emptyOutDir: false } } });
          logger.info('Sólo cambiaron convenios: se generan de nuevo las páginas cuya clave cambió.');
        }
        actuales = {};
        // Each document's pieces of the site-wide downloads, by its key: they hold nothing the signature leaves out.
        piezas = abrirTextosGuardados(join(configuracion.cache, 'piezas'), firma);
        fijarReconstruccion({
          piezas,
          previas: parcial ? previo!.rutas : undefined,
          actuales,
          existe: (archivo) => existsSync(join(salida, archivo)),
          rehacer: (patron) => {
            // Written synchronously: the process ends right after.
            writeSync(2, `\nLa edición cambia qué páginas existen (${patron}): se construye el sitio completo.\n`);
            rmSync(manifiesto, { force: true });
            process.exit(REHACER_COMPLETA);
          },
        });
      },
      'astro:build:done': () => {
        if (!actuales) return;
        piezas?.cerrar();
        mkdirSync(configuracion.cache, { recursive: true });
        writeFileSync(manifiesto, JSON.stringify({ firma, rutas: actuales } satisfies Manifiesto));
      },
    },
  };
}
