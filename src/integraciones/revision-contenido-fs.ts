/**
 * Checks the content before Astro's content layer sees it. A content problem is something an
 * office fixes in its files, not a failure of the program: the build prints the same report as
 * `npm run validar` (file, line, field, what was expected), without a stack trace or internal
 * paths, writes nothing to the output folder and exits with status 1 (so does `astro sync`).
 * `astro dev` is left to the content loader (src/content.config.ts): it prints the same report and
 * keeps serving the files that read well, and reads the folder again when a file changes.
 * Anything else thrown while reading is a bug and keeps its stack trace.
 */
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { configuracion } from '../configuracion.ts';
import { revisarCarpeta } from '../contenido/cargar-fs.ts';
import { entregarContenido } from '../contenido/entrega.ts';
import { informar } from '../contenido/informe-fs.ts';
import { huellaDelCodigo } from '../contenido/huella-del-codigo-fs.ts';
import { abrirLecturas } from '../contenido/lecturas-fs.ts';

export default function revisionDeContenido(): AstroIntegration {
  return {
    name: 'convenios-abiertos:contenido',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'preview' || command === 'dev') return;
        const carpeta = configuracion.contenido;
        const lecturas = abrirLecturas(join(configuracion.cache, 'lecturas'), huellaDelCodigo());
        const revision = revisarCarpeta(carpeta, lecturas);
        if (revision.problemas.length === 0) {
          lecturas.guardar();
          entregarContenido(carpeta, revision.contenido);
          return;
        }
        lecturas.descartar();
        const { lineas } = informar(carpeta, revision);
        // Written synchronously: the process ends right after, and nothing may be lost.
        const n = revision.problemas.length;
        const cuantos = n === 1 ? 'Hay 1 problema' : `Hay ${n} problemas`;
        writeSync(
          2,
          `\nLa construcción se detuvo. ${cuantos} en el contenido de ${carpeta}; corríjalos y vuelva a construir.\n\n${lineas.join('\n')}\n\n`,
        );
        process.exit(1);
      },
    },
  };
}
