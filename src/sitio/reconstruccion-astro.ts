import { archivoDeRuta, mismasRutas, rutaDe, type ClavesDeRutas, type Pieza } from '../lib/reconstruccion.ts';

/** What the build's integration (src/integraciones/reconstruccion-fs.ts) hands the routes. */
export interface EstadoDeReconstruccion {
  /** The previous build's keys when this build is partial; undefined in a full build. */
  previas?: ClavesDeRutas;
  /** This build's keys, filled as Astro asks each route for its paths. */
  actuales: ClavesDeRutas;
  /** Whether a file of the previous build is still in the output folder. */
  existe: (archivo: string) => boolean;
  /** Ends a partial rebuild whose family `patron` gained or lost routes, so that it starts over as a full build. */
  rehacer: (patron: string) => never;
  /** Texts kept between builds of the same signature, by key (src/contenido/textos-guardados-fs.ts). */
  piezas: {
    obtener: (clave: string) => Uint8Array | undefined;
    poner: (clave: string, texto: string) => void;
  };
}

// The integration and the pages are loaded by different module graphs of the same process (src/contenido/entrega.ts).
const CLAVE = Symbol.for('convenios-abiertos:reconstruccion');
type Global = { [CLAVE]?: EstadoDeReconstruccion };

export function fijarReconstruccion(estado: EstadoDeReconstruccion): void {
  (globalThis as Global)[CLAVE] = estado;
}

/** True in a production build, whose routes' keys are kept for the next one; false in `astro dev`. */
export const guardaClaves = (): boolean => (globalThis as Global)[CLAVE] !== undefined;

/** The text the last build kept under `clave`, if any; never in `astro dev`. */
export const guardada = (clave: string): Uint8Array | undefined => (globalThis as Global)[CLAVE]?.piezas.obtener(clave);

/** Keeps `texto` under `clave` for the next build; nothing in `astro dev`. */
export const guardar = (clave: string, texto: string): void => (globalThis as Global)[CLAVE]?.piezas.poner(clave, texto);

/** `hacer()`, kept for the next build under `clave`, or what the last build kept there; `hacer()` in `astro dev`. */
export function recordada(clave: string, hacer: () => string): Pieza {
  const previa = guardada(clave);
  if (previa !== undefined) return previa;
  const texto = hacer();
  guardar(clave, texto);
  return texto;
}

/**
 * The paths of the family `patron` that this build must render: all of them in a full build, and in a partial one
 * those whose key changed or whose file is missing. `clave` is only called in a production build.
 */
export function lasQueCambiaron<T extends { params: Record<string, string | undefined> }>(
  patron: string,
  rutas: readonly T[],
  clave: (ruta: T) => string,
): T[] {
  const estado = (globalThis as Global)[CLAVE];
  if (!estado) return [...rutas];
  const nombres = rutas.map((r) => rutaDe(patron, r.params));
  const claves = new Map(rutas.map((r, i) => [nombres[i]!, clave(r)]));
  estado.actuales[patron] = Object.fromEntries(claves);
  const antes = estado.previas?.[patron];
  if (!estado.previas) return [...rutas];
  if (!antes || !mismasRutas(antes, claves)) return estado.rehacer(patron);
  return rutas.filter((_, i) => {
    const ruta = nombres[i]!;
    return antes[ruta] !== claves.get(ruta) || !estado.existe(archivoDeRuta(patron, ruta));
  });
}
