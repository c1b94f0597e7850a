import { configuracion } from './configuracion.ts';
import { defineCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { cargarContenido, revisarCarpeta, type Contenido } from './contenido/cargar-fs.ts';
import { compartirConPaginas, compartirTextoConPaginas, tomarContenido } from './contenido/entrega.ts';
import { revisarCalidad } from './contenido/calidad-fs.ts';
import { formatearProblema } from './contenido/errores.ts';
import { informar } from './contenido/informe-fs.ts';
import { comoTexto } from './lib/reconstruccion.ts';
import { guardada, guardar } from './sitio/reconstruccion-astro.ts';

// CONTENIDO_DIR points the build at another folder (synthetic data for tests and benchmarks).
const carpeta = configuracion.contenido;

// All four collections come from one read, so references across them are checked together. The
// integration in src/integraciones/contenido.ts has usually read and checked it already.
let lectura: Contenido | undefined;
const leer = () => (lectura ??= tomarContenido(carpeta) ?? cargarContenido(carpeta));

// The validator's data-quality warnings, printed once per build; they never stop it.
const MAX_AVISOS = 20;
let avisado = false;
function avisar(logger: { warn: (m: string) => void }, c: Contenido): void {
  if (avisado) return;
  avisado = true;
  const { avisos, total } = revisarCalidad(c, MAX_AVISOS);
  for (const p of avisos) logger.warn(`aviso de calidad: ${formatearProblema(p)}`);
  if (total > avisos.length) logger.warn(`… y ${total - avisos.length} avisos más: ejecute npm run validar para verlos todos.`);
}

// In `astro dev` (the only time a loader gets a file watcher) a content error must not stop the
// server: the files that read well are served, the validator's report is printed without a stack
// trace, and any change in the content folder reads it again and prints the report again.
const recargas = new Map<keyof Contenido, () => Promise<void>>();
let vigilando = false;
function leerEnDesarrollo(logger: { error: (m: string) => void }): Contenido {
  if (lectura) return lectura;
  const revision = revisarCarpeta(carpeta);
  if (revision.problemas.length > 0) {
    logger.error(`El contenido de ${carpeta} tiene errores; se muestra sin los archivos que no se pudieron leer.`);
    for (const linea of informar(carpeta, revision).lineas) if (linea) logger.error(linea);
    avisado = true; // the report already lists the warnings, without the ones the errors make false
  }
  return (lectura = revision.contenido);
}
function vigilar(watcher: NonNullable<LoaderContext['watcher']>): void {
  if (vigilando) return;
  vigilando = true;
  const raiz = resolve(carpeta);
  watcher.add(raiz);
  // Editors save through temporary files: read again once the folder has been quiet for a moment.
  let espera: ReturnType<typeof setTimeout> | undefined;
  const alCambiar = (ruta: string) => {
    if (!resolve(ruta).startsWith(raiz + sep)) return;
    clearTimeout(espera);
    espera = setTimeout(() => {
      lectura = undefined;
      avisado = false;
      for (const recargar of recargas.values()) void recargar();
    }, 300);
  };
  watcher.on('change', alCambiar).on('add', alCambiar).on('unlink', alCambiar);
}

function cargador(nombre: keyof Contenido): Loader {
  const llenar = async ({ store, renderMarkdown, generateDigest, logger, watcher }: LoaderContext) => {
    const contenido = watcher ? leerEnDesarrollo(logger) : leer();
    // A production build's pages take the data from the content itself (src/contenido/entrega.ts); the store keeps
    // no data. `astro dev` keeps the data in the store, where edits reach pages.
    if (!watcher) compartirConPaginas(contenido);
    store.clear();
    avisar(logger, contenido);
    for (const e of contenido[nombre]) {
      // A production build keeps each text's HTML for the next one, by the text (the Markdown setup is code, in
      // the signature of what it keeps): after editing one convenio, only its text is rendered again.
      const clave = nombre === 'convenios' && !watcher ? `html:${createHash('sha1').update(e.cuerpo).digest('base64url')}` : undefined;
      const previo = clave === undefined ? undefined : guardada(clave);
      if (previo) {
        compartirTextoConPaginas(e.id, comoTexto(previo));
        continue;
      }
      const rendered = nombre === 'convenios' ? await renderMarkdown(e.cuerpo) : undefined;
      // In production each convenio's text goes to its page directly too; a text with local images stays in the
      // store, whose render() resolves them.
      if (!watcher && rendered && !rendered.metadata?.imagePaths?.length) {
        if (clave !== undefined) guardar(clave, rendered.html);
        compartirTextoConPaginas(e.id, rendered.html);
        continue;
      }
      store.set({
        id: e.id,
        data: watcher ? (e.datos as Record<string, unknown>) : {},
        filePath: e.archivo,
        digest: generateDigest(`${JSON.stringify(e.datos)}\n${e.cuerpo}`),
        rendered,
      });
    }
  };
  return {
    name: `convenios-abiertos:${nombre}`,
    load: async (contexto) => {
      if (contexto.watcher) {
        recargas.set(nombre, () => llenar(contexto));
        vigilar(contexto.watcher);
      }
      await llenar(contexto);
    },
  };
}

// No schema here: the loader has already read every file with its schema (src/contenido/cargar-fs.ts), and in a
// production build the store holds no data to check.
export const collections = {
  convenios: defineCollection({ loader: cargador('convenios') }),
  entes: defineCollection({ loader: cargador('entes') }),
  gobiernos: defineCollection({ loader: cargador('gobiernos') }),
  programas: defineCollection({ loader: cargador('programas') }),
  evaluaciones: defineCollection({ loader: cargador('evaluaciones') }),
};
