import { getCollection, type CollectionEntry } from 'astro:content';

type Convenio = CollectionEntry<'convenios'>;
type Datos = { gobierno?: string; programa?: string; pae?: number; ente?: string; partes?: { ente: string }[] };

/** Every text of a value, flattened: the peer publishes all of a file without knowing its fields. */
export function textos(valor: unknown): string[] {
  if (valor === null || valor === undefined) return [];
  if (typeof valor === 'object') return Object.values(valor).flatMap(textos);
  return [String(valor)];
}

/** Convenios grouped by one of their fields (an ente counts every party it signs as). */
export async function grupos(clave: 'ente' | 'programa' | 'gobierno' | 'pae'): Promise<Map<string, Convenio[]>> {
  const mapa = new Map<string, Convenio[]>();
  for (const c of await getCollection('convenios')) {
    const d = c.data as Datos;
    const valores = clave === 'ente' ? [...new Set([...(d.partes ?? []).map((p) => p.ente), ...(d.ente ? [d.ente] : [])])] : [d[clave]];
    for (const v of valores) if (v !== undefined) mapa.set(String(v), [...(mapa.get(String(v)) ?? []), c]);
  }
  return mapa;
}
