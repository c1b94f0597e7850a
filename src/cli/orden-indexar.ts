import { cacheDelIndice, leerConfiguracion } from '../configuracion.ts';
import { indexarSitio } from './indice-pagefind-fs.ts';
import type { Salida } from './ejecutar-orden.ts';

/** The last step of `npm run build`: indexes the site in SALIDA_DIR (else dist/). A failure is exit status 1. */
export async function indexar(entorno: Record<string, string | undefined> = process.env): Promise<Salida> {
  const configuracion = leerConfiguracion(entorno);
  const carpeta = configuracion.salida ?? 'dist';
  // The benchmark times the indexing phase from this line.
  const inicio = 'Construyendo el índice de búsqueda…';
  try {
    const r = await indexarSitio(carpeta, undefined, undefined, { cache: cacheDelIndice(configuracion) });
    const s = (x: number) => x.toLocaleString('es-MX');
    return {
      codigo: 0,
      lineas: [
        inicio,
        `${s(r.paginas)} páginas indexadas${r.partes > 1 ? ` en ${r.partes} partes` : ''} en ${(r.milisegundos / 1000).toFixed(1)} s; ${s(r.archivos)} archivos, ${s(r.bytes)} bytes en ${r.carpeta}`,
        r.indexados === r.lotes
          ? `${s(r.lotes)} lotes de páginas, todos indexados por Pagefind.`
          : `${s(r.lotes)} lotes de páginas: ${s(r.indexados)} indexados por Pagefind, ${s(r.lotes - r.indexados)} tomados de la construcción anterior.`,
        ...(r.indexados > 0 ? [`${s(r.preparadas)} de sus páginas ya estaban preparadas por astro build.`] : []),
      ],
    };
  } catch (e) {
    return { codigo: 1, lineas: [inicio, e instanceof Error ? e.message : String(e)] };
  }
}
