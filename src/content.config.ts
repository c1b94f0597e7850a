import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { cargarContenido, type Contenido } from './contenido/cargar.ts';
import { tomarContenido } from './contenido/entrega.ts';
import { revisarCalidad } from './contenido/calidad.ts';
import { formatearProblema } from './contenido/errores.ts';
import { documento } from './schemas/documento.ts';
import { ente, gobierno, programa } from './schemas/catalogos.ts';

// CONTENIDO_DIR points the build at another folder (synthetic data for tests and benchmarks).
const carpeta = process.env.CONTENIDO_DIR ?? 'content';

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
  if (total > avisos.length) logger.warn(`… y ${total - avisos.length} avisos más: ejecute npm run validate para verlos todos.`);
}

function cargador(nombre: keyof Contenido): Loader {
  return {
    name: `convenios-abiertos:${nombre}`,
    load: async ({ store, renderMarkdown, generateDigest, logger }) => {
      store.clear();
      avisar(logger, leer());
      for (const e of leer()[nombre]) {
        store.set({
          id: e.id,
          data: e.datos as Record<string, unknown>,
          body: e.cuerpo,
          filePath: e.archivo,
          digest: generateDigest(`${JSON.stringify(e.datos)}\n${e.cuerpo}`),
          rendered: nombre === 'convenios' ? await renderMarkdown(e.cuerpo) : undefined,
        });
      }
    },
  };
}

export const collections = {
  convenios: defineCollection({ loader: cargador('convenios'), schema: documento }),
  entes: defineCollection({ loader: cargador('entes'), schema: ente }),
  gobiernos: defineCollection({ loader: cargador('gobiernos'), schema: gobierno }),
  programas: defineCollection({ loader: cargador('programas'), schema: programa }),
};
