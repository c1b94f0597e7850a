import { claveDeGrupo, clavesDeDocumentos } from '../lib/claves-de-pagina.ts';
import { contenidoDeLaConstruccion } from '../contenido/entrega.ts';
import type { Grupo, GrupoEnte } from '../lib/indice.ts';
import type { Programa } from '../schemas/catalogos.ts';
import { obtenerEvaluaciones } from './evaluaciones-astro.ts';
import { obtenerIndice } from './indice-astro.ts';
import { obtenerPublicacion } from './publicacion-del-sitio-astro.ts';
import { guardaClaves } from './reconstruccion-astro.ts';

let claves: Promise<Map<string, string>> | undefined;

/**
 * Each document's key (src/lib/claves-de-pagina.ts), shared by its page, its JSON record and the keys of the
 * groups it belongs to. Empty in `astro dev`, which keeps nothing for a next build.
 */
export function obtenerClavesDeDocumentos(): Promise<Map<string, string>> {
  claves ??= (async () => {
    const contenido = contenidoDeLaConstruccion();
    if (!contenido || !guardaClaves()) return new Map<string, string>();
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

/**
 * The key of a page about a group of documents (src/lib/claves-de-pagina.ts), with what every such page shows
 * besides them: the cut-off day, where the site is published and the federal publication it cites.
 */
export async function obtenerClaveDeGrupo(): Promise<(documentos: readonly { id: string }[], ...partes: unknown[]) => string> {
  const [indice, claves] = await Promise.all([obtenerIndice(), obtenerClavesDeDocumentos()]);
  const pub = obtenerPublicacion();
  const comunes = [indice.corte, pub.sitio, pub.rutas.inicio, indice.publicacionFederal ?? null];
  return (documentos, ...partes) => claveDeGrupo(claves, documentos, [comunes, partes]);
}

/** The key of every page about an ente: its documents, and the convenios where it takes another role. */
export async function obtenerClaveDeEnte(): Promise<(e: GrupoEnte, ...partes: unknown[]) => string> {
  const clave = await obtenerClaveDeGrupo();
  return (e, ...partes) =>
    clave(
      [...e.convenios, ...e.participaciones.map((p) => p.convenio)],
      e.id,
      e.gobierno.id,
      e.participaciones.map((p) => p.rol),
      partes,
    );
}

/** The key of every page about a program: its documents, and its evaluations with the federal ASM they found. */
export async function obtenerClaveDePrograma(): Promise<(p: Grupo<Programa>, ...partes: unknown[]) => string> {
  const [clave, { porPrograma }] = await Promise.all([obtenerClaveDeGrupo(), obtenerEvaluaciones()]);
  return (p, ...partes) =>
    clave(
      p.convenios,
      p.id,
      (porPrograma.get(p.id) ?? []).map((e) => [e.id, e.asm]),
      partes,
    );
}
