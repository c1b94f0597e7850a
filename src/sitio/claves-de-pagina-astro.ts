import { configuracion } from '../configuracion.ts';
import { clavesDeDocumentos } from '../lib/claves-de-pagina.ts';
import { contenidoDeLaConstruccion } from '../contenido/entrega.ts';
import { obtenerIndice } from './indice-astro.ts';
import { obtenerPublicacion } from './publicacion-astro.ts';

let claves: Promise<Map<string, string>> | undefined;

/**
 * Each document's key for Astro's incremental build (astro.config.mjs), shared by its page and its JSON record.
 * Empty when the build is not incremental, and in `astro dev`, which builds nothing to reuse.
 */
export function obtenerClavesDeDocumentos(): Promise<Map<string, string>> {
  claves ??= (async () => {
    const contenido = contenidoDeLaConstruccion();
    if (!contenido || !configuracion.incremental) return new Map<string, string>();
    const indice = await obtenerIndice();
    const pub = obtenerPublicacion();
    return clavesDeDocumentos(indice.convenios, new Map(contenido.convenios.map((e) => [e.id, e.cuerpo])), {
      corte: indice.corte,
      sitio: pub.sitio,
      base: pub.rutas.inicio,
      entes: indice.entes,
      programas: indice.programas,
      gobiernos: indice.gobiernos,
      publicacionFederal: indice.publicacionFederal,
    });
  })();
  return claves;
}
