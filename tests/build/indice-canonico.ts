// A built search index (one part) read back as what a search can find in it, by URL instead of page number: two
// indexes that find the same things read the same, whatever their page numbers, file names and chunk bounds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { valorDeOrden } from '../../src/lib/indice-busqueda.ts';
import { urlDePagefind } from '../../src/lib/lotes-del-indice.ts';
import { ARCHIVO_DEL_INDICE, type DescripcionDelIndice } from '../../src/lib/partes-del-indice.ts';

type EnPagina = [number, number[], number[]];

const pf = (ruta: string) => gunzipSync(readFileSync(ruta)).subarray('pagefind_dcd'.length);

/** The index in `carpeta`: per word and per spelling, each page's places; per filter value, its pages; each sort. */
export function indiceCanonico(carpeta: string, valorDe: (url: string) => string | undefined) {
  const entrada = JSON.parse(readFileSync(join(carpeta, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>;
  };
  const [version, paginas, trozos, filtros, , campos] = decode(pf(join(carpeta, `pagefind.${entrada.languages.es!.hash}.pf_meta`))) as [
    string,
    [string, number][],
    [string, string, string][],
    [string, string][],
    unknown,
    string[],
  ];
  const urls = paginas.map(
    ([nombre]) => (JSON.parse(pf(join(carpeta, 'fragment', `${nombre}.pf_fragment`)).toString()) as { url: string }).url,
  );
  const deLista = (lista: EnPagina[]) => {
    let n = 0;
    return lista
      .map(([d, lugares, enCampos]) => {
        n += d;
        const conNombre = enCampos.map((x) => (x < 0 ? `#${campos[-x - 1]}` : x));
        return `${urls[n]} ${JSON.stringify(lugares)} ${JSON.stringify(conNombre)}`;
      })
      .sort();
  };
  const palabras: Record<string, string[]> = {};
  for (const [, , archivo] of trozos) {
    const [lista] = decode(pf(join(carpeta, 'index', `${archivo}.pf_index`))) as [[string, EnPagina[], [string, EnPagina[]][]][]];
    for (const [palabra, suyas, variantes] of lista) {
      if (suyas.length) palabras[palabra] = deLista(suyas);
      for (const [forma, deForma] of variantes) palabras[`${palabra} ~ ${forma}`] = deLista(deForma);
    }
  }
  const porFiltro: Record<string, Record<string, string[]>> = {};
  for (const [nombre, archivo] of filtros) {
    const [, valores] = decode(pf(join(carpeta, 'filter', `${archivo}.pf_filter`))) as [string, [string, number[]][]];
    porFiltro[nombre] = Object.fromEntries(valores.map(([v, ps]) => [v, ps.map((p) => urls[p]!).sort()]));
  }
  const descripcion = JSON.parse(readFileSync(join(carpeta, ARCHIVO_DEL_INDICE), 'utf8')) as DescripcionDelIndice;
  const ordenes: Record<string, [string | undefined, string[]][]> = {};
  for (const [clave, archivo] of Object.entries(descripcion.ordenes[0]!.archivos)) {
    // Pages of the same value may come in any order: each value with its pages, in the order of the list.
    const grupos: [string | undefined, string[]][] = [];
    for (const p of JSON.parse(readFileSync(join(carpeta, archivo), 'utf8')) as number[]) {
      const url = urls[p]!;
      const valor = valorDe(url);
      if (grupos.at(-1)?.[0] !== valor) grupos.push([valor, []]);
      grupos.at(-1)![1].push(url);
    }
    ordenes[clave] = grupos.map(([v, us]) => [v, us.sort()]);
  }
  const largos = Object.fromEntries(paginas.map(([, n], i) => [urls[i]!, n]));
  return { version, paginas: [...urls].sort(), largos, campos, palabras, porFiltro, ordenes, comunes: descripcion.comunes };
}

/** Each page's sort value, by its URL as Pagefind gives it, from the site's HTML. */
export function valoresDelSitio(sitio: string): Map<string, string | undefined> {
  const valores = new Map<string, string | undefined>();
  for (const f of readdirSync(sitio, { recursive: true }).map(String)) {
    if (!f.endsWith('.html')) continue;
    valores.set(urlDePagefind(f), valorDeOrden(readFileSync(join(sitio, f), 'utf8')));
  }
  return valores;
}
