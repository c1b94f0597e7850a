import { FACETAS } from './busqueda.ts';

/** Query parameters of /buscar/, in the order they appear in a link. */
export const PARAMETROS_BUSQUEDA = ['q', 'en', ...FACETAS, 'orden'] as const;
export type ParametrosBusqueda = Partial<Record<(typeof PARAMETROS_BUSQUEDA)[number], string>>;

/** The folder of /datos/ the per-year files live in; the Data Package's paths name it too. */
export const DIRECTORIO_POR_ANIO = 'por-anio';

/** Long enough to browse, short enough for a phone: the list of 10,000 convenios would weigh megabytes. */
export const CONVENIOS_POR_PAGINA = 100;

/** The groups whose pages list documents, and may need more than one page for them. */
export type GrupoConPaginas = 'entes' | 'programas' | 'gobiernos' | 'ejercicios';

/** Every public URL of the site, in one place: entities link to these for years. */
export function crearRutas(base: string) {
  const raiz = base.endsWith('/') ? base : `${base}/`;
  const r = (ruta: string) => `${raiz}${ruta}`;
  return {
    inicio: r(''),
    convenios: r('convenios/'),
    paginaDeConvenios: (n: number) => (n === 1 ? r('convenios/') : r(`convenios/pagina/${n}/`)),
    convenio: (id: string) => r(`convenios/${id}/`),
    programas: r('programas/'),
    programa: (id: string) => r(`programas/${id}/`),
    entes: r('entes/'),
    ente: (id: string) => r(`entes/${id}/`),
    gobiernos: r('gobiernos/'),
    gobierno: (id: string) => r(`gobiernos/${id}/`),
    ejercicios: r('ejercicios/'),
    ejercicio: (pae: number) => r(`ejercicios/${pae}/`),
    /** Page n of a group's document list: page 1 is the group's own page, the rest keep an address each. */
    paginaDeGrupo: (grupo: GrupoConPaginas, id: string, n: number) => r(n === 1 ? `${grupo}/${id}/` : `${grupo}/${id}/pagina/${n}/`),
    /** Page n of the convenios where an ente signs with another role (only entes with more than its page shows). */
    otroPapel: (id: string, n: number) => r(n === 1 ? `entes/${id}/otro-papel/` : `entes/${id}/otro-papel/pagina/${n}/`),
    metodologia: r('metodologia/'),
    documento: (archivo: string) => r(`documentos/${archivo}`),
    // Open data, feeds and embeds (issue 5).
    datos: r('datos/'),
    archivoDeDatos: (nombre: string) => r(`datos/${nombre}`),
    archivoPorAnio: (nombre: string) => r(`datos/${DIRECTORIO_POR_ANIO}/${nombre}`),
    esquema: (nombre: string) => r(`datos/esquemas/${nombre}.schema.json`),
    convenioJson: (id: string) => r(`convenios/${id}.json`),
    rss: r('convenios.xml'),
    vencimientos: r('datos/vencimientos.ics'),
    vencimientosEnte: (id: string) => r(`entes/${id}/vencimientos.ics`),
    vencimientosPrograma: (id: string) => r(`programas/${id}/vencimientos.ics`),
    avisosEnte: (id: string) => r(`entes/${id}/vencimientos.xml`),
    avisosPrograma: (id: string) => r(`programas/${id}/vencimientos.xml`),
    insignia: (id: string) => r(`entes/${id}/insignia.svg`),
    widget: (id: string) => r(`entes/${id}/widget/`),
    // Full-text search; the query and filters live in the URL so a link reproduces the search (issue 3).
    buscar: (parametros: ParametrosBusqueda = {}) => {
      const consulta = new URLSearchParams();
      for (const p of PARAMETROS_BUSQUEDA) {
        const v = parametros[p]?.trim();
        if (v) consulta.set(p, v);
      }
      const texto = consulta.toString();
      return r(texto ? `buscar/?${texto}` : 'buscar/');
    },
    recurso: r,
  };
}

export type Rutas = ReturnType<typeof crearRutas>;
