/** Addresses of the evaluation pages, built on the site's base path (rutas.recurso). */
export const EVALUACIONES_POR_PAGINA = 100;

export function rutasDeEvaluaciones(recurso: (ruta: string) => string) {
  return {
    evaluaciones: recurso('evaluaciones/'),
    pagina: (n: number) => (n === 1 ? recurso('evaluaciones/') : recurso(`evaluaciones/pagina/${n}/`)),
    evaluacion: (id: string) => recurso(`evaluaciones/${id}/`),
    ciclo: (slug: string) => recurso(`evaluaciones/ciclo/${slug}/`),
    tipo: (slug: string) => recurso(`evaluaciones/tipo/${slug}/`),
  };
}
