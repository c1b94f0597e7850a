import { paginar } from '../lib/paginacion.ts';
import { CONVENIOS_POR_PAGINA, type GrupoConPaginas } from '../lib/rutas.ts';
import { obtenerClaveDeGrupo } from './claves-de-pagina-astro.ts';
import { listasDeGrupo } from './listas-de-grupo-astro.ts';
import { lasQueCambiaron } from './reconstruccion-astro.ts';

/**
 * The paths of a group list's later pages (page 1 is the group's own page; only lists longer than one page get
 * these). Each is keyed by what it shows: its own documents, its place in the list and the list's heading, so an
 * edit renders again the one page its document is on, not every page of its year or government.
 */
export async function paginasSiguientes(grupo: GrupoConPaginas, parametro: 'id' | 'anio') {
  const clave = await obtenerClaveDeGrupo();
  const rutas = (await listasDeGrupo(grupo)).flatMap((lista) =>
    paginar(lista.documentos, CONVENIOS_POR_PAGINA)
      .slice(1)
      .map((pagina) => ({ params: { [parametro]: lista.id, numero: String(pagina.numero) }, props: { lista, pagina } })),
  );
  // Everything of the list but its documents is its heading: a field added to ListaDeGrupo joins the key.
  return lasQueCambiaron(`${grupo}/[${parametro}]/pagina/[numero]`, rutas, ({ props: { lista, pagina } }) => {
    const { documentos, ...encabezado } = lista;
    return clave(pagina.elementos, encabezado, pagina.numero, pagina.total, documentos.length);
  }).map(({ params, props: { lista, pagina } }) => ({ params, props: { lista, numero: pagina.numero } }));
}
