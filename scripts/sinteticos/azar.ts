/** Seeded pseudo-random numbers: each key (seed + a label) gets its own reproducible stream. */

function hash32(texto: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < texto.length; i++) {
    h ^= texto.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny PRNG with a 32-bit state, good enough for test data. */
export function mulberry32(semilla: number): () => number {
  let a = semilla >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Azar {
  readonly sig: () => number;

  constructor(semilla: number, clave: string) {
    this.sig = mulberry32(hash32(`${semilla}|${clave}`));
  }

  /** Integer in [min, max], both included. */
  entero(min: number, max: number): number {
    return min + Math.floor(this.sig() * (max - min + 1));
  }

  probable(p: number): boolean {
    return this.sig() < p;
  }

  elegir<T>(lista: readonly T[]): T {
    return lista[Math.floor(this.sig() * lista.length)]!;
  }

  mezclar<T>(lista: readonly T[]): T[] {
    const copia = [...lista];
    for (let i = copia.length - 1; i > 0; i--) {
      const j = Math.floor(this.sig() * (i + 1));
      [copia[i], copia[j]] = [copia[j]!, copia[i]!];
    }
    return copia;
  }

  /** Picks a key with probability proportional to its weight (weights ≤ 0 never win). */
  ponderado<K extends string>(pesos: Record<K, number>): K {
    const claves = Object.keys(pesos) as K[];
    let total = 0;
    for (const k of claves) total += Math.max(0, pesos[k]);
    let x = this.sig() * total;
    for (const k of claves) {
      const p = Math.max(0, pesos[k]);
      if (x < p) return k;
      x -= p;
    }
    return claves.findLast((k) => pesos[k] > 0)!;
  }
}
