export interface Pagina<T> {
  /** 1-based page number. */
  numero: number;
  total: number;
  elementos: T[];
  /** 1-based position of the first element, for "convenios 101 a 200 de 10,000". */
  desde: number;
  hasta: number;
}

/** Splits a list into pages of `tamano`; an empty list still has one (empty) page. */
export function paginar<T>(lista: readonly T[], tamano: number): Pagina<T>[] {
  if (!Number.isInteger(tamano) || tamano < 1) throw new Error(`Tamaño de página no válido: ${tamano}`);
  const total = Math.max(1, Math.ceil(lista.length / tamano));
  return Array.from({ length: total }, (_, i) => ({
    numero: i + 1,
    total,
    elementos: lista.slice(i * tamano, (i + 1) * tamano),
    desde: Math.min(lista.length, i * tamano + 1),
    hasta: Math.min(lista.length, (i + 1) * tamano),
  }));
}
