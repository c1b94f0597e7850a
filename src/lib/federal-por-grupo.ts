import type { ConvenioCalculado } from './indice.ts';
import { distribucionDeAvance, MEDIDA_CONCLUSION, type Medida, type TramoDeAvance } from './medidas.ts';
import { contar, type Conteo } from './tasas.ts';

/** One row of «how many ASM did each body (or ramo) conclude, leave open or cancel»: SHCP's own counts, no rate mixed in. */
export interface FilaFederal {
  id: string;
  nombre: string;
  href?: string;
  conteo: Conteo;
  medida: Medida;
  /** Open ASM by their latest reported progress. */
  avance: Record<TramoDeAvance, number>;
}

/**
 * Groups the federal follow-ups by `clave` (the body, the ramo) and counts their ASM by status and by the progress of
 * the open ones. Most ASM first, then by name: the table is a census, the ranking with its floor is elsewhere.
 */
export function filasFederales(
  documentos: readonly ConvenioCalculado[],
  clave: (c: ConvenioCalculado) => { id: string; nombre: string; href?: string },
): FilaFederal[] {
  const grupos = new Map<string, { id: string; nombre: string; href?: string; compromisos: ConvenioCalculado['compromisos'] }>();
  for (const c of documentos) {
    if (c.tipo !== 'seguimiento_federal') continue;
    const g = clave(c);
    const actual = grupos.get(g.id);
    if (actual) actual.compromisos.push(...c.compromisos);
    else grupos.set(g.id, { ...g, compromisos: [...c.compromisos] });
  }
  return [...grupos.values()]
    .map(({ compromisos, ...g }) => {
      const conteo = contar(compromisos.map((k) => k.situacion.estado));
      const abiertos = compromisos.filter((k) => ['en_proceso', 'sin_reporte_reciente', 'pendiente'].includes(k.situacion.estado));
      return {
        ...g,
        conteo,
        medida: MEDIDA_CONCLUSION.calcular(conteo),
        avance: distribucionDeAvance(abiertos.map((k) => k.situacion.ultimoReporte?.avance)),
      };
    })
    .sort((a, b) => b.conteo.total - a.conteo.total || a.nombre.localeCompare(b.nombre, 'es-MX') || (a.id < b.id ? -1 : 1));
}
