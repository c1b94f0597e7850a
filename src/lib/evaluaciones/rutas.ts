/** Addresses of the evaluation pages, built on the site's base path (rutas.recurso). */
export const EVALUACIONES_POR_PAGINA = 100;
/** Programs listed apart (too few evaluations to rank) per page of /evaluaciones/programas/. */
export const PROGRAMAS_POR_PAGINA = 100;

/**
 * Segments under /evaluaciones/ that are pages of their own, not evaluations: an evaluation whose id were one of
 * them would lose its page, so the build stops instead (src/pages/evaluaciones/[id].astro).
 */
export const SEGMENTOS_RESERVADOS: readonly string[] = ['pagina', 'ciclo', 'tipo', 'costos', 'evaluadores', 'asm', 'programas'];

export function rutasDeEvaluaciones(recurso: (ruta: string) => string) {
  return {
    evaluaciones: recurso('evaluaciones/'),
    pagina: (n: number) => (n === 1 ? recurso('evaluaciones/') : recurso(`evaluaciones/pagina/${n}/`)),
    evaluacion: (id: string) => recurso(`evaluaciones/${id}/`),
    ciclo: (slug: string) => recurso(`evaluaciones/ciclo/${slug}/`),
    tipo: (slug: string) => recurso(`evaluaciones/tipo/${slug}/`),
    costos: recurso('evaluaciones/costos/'),
    evaluadores: recurso('evaluaciones/evaluadores/'),
    asm: recurso('evaluaciones/asm/'),
    programas: (n = 1) => (n === 1 ? recurso('evaluaciones/programas/') : recurso(`evaluaciones/programas/pagina/${n}/`)),
  };
}
