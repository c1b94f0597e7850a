/**
 * Just enough CBOR to read and write Pagefind's index chunks by their bytes: unsigned and negative integers, text,
 * and arrays, always in their shortest form (as cborg and Pagefind's minicbor write them). Joining the chunks of
 * many batches copies each page's bytes instead of decoding millions of small arrays and encoding them again: at
 * 10,000 convenios that took 10 s of the index step.
 */

const MAYOR_ENTERO = 0;
const MAYOR_NEGATIVO = 1;
const MAYOR_TEXTO = 3;
const MAYOR_LISTA = 4;

const textos = new TextDecoder('utf-8', { fatal: true });
const bytesDe = new TextEncoder();

/** Reads CBOR items one after another from `bytes`, from `i`. Throws on anything but the items above. */
export class LectorCbor {
  readonly bytes: Uint8Array;
  /** Where the next item starts. */
  i = 0;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  private cabecera(): [mayor: number, valor: number] {
    const b = this.bytes;
    if (this.i >= b.length) throw new Error('CBOR cortado');
    const x = b[this.i++]!;
    const info = x & 31;
    let valor: number;
    if (info < 24) valor = info;
    else if (info === 24) valor = b[this.i++]!;
    else if (info === 25) {
      valor = (b[this.i]! << 8) | b[this.i + 1]!;
      this.i += 2;
    } else if (info === 26) {
      valor = b[this.i]! * 2 ** 24 + ((b[this.i + 1]! << 16) | (b[this.i + 2]! << 8) | b[this.i + 3]!);
      this.i += 4;
    } else throw new Error(`CBOR con un largo que no se esperaba (${info})`);
    if (this.i > b.length) throw new Error('CBOR cortado');
    return [x >> 5, valor];
  }

  entero(): number {
    const [mayor, v] = this.cabecera();
    if (mayor === MAYOR_ENTERO) return v;
    if (mayor === MAYOR_NEGATIVO) return -1 - v;
    throw new Error(`se esperaba un entero en CBOR (tipo ${mayor})`);
  }

  texto(): string {
    const [mayor, n] = this.cabecera();
    if (mayor !== MAYOR_TEXTO) throw new Error(`se esperaba un texto en CBOR (tipo ${mayor})`);
    const t = textos.decode(this.bytes.subarray(this.i, this.i + n));
    this.i += n;
    return t;
  }

  /** An array's header: how many items follow. */
  lista(): number {
    const [mayor, n] = this.cabecera();
    if (mayor !== MAYOR_LISTA) throw new Error(`se esperaba una lista en CBOR (tipo ${mayor})`);
    return n;
  }
}

function cabecera(mayor: number, valor: number): Uint8Array {
  const m = mayor << 5;
  if (valor < 24) return Uint8Array.of(m | valor);
  if (valor < 0x100) return Uint8Array.of(m | 24, valor);
  if (valor < 0x10000) return Uint8Array.of(m | 25, valor >> 8, valor & 0xff);
  if (valor < 2 ** 32) return Uint8Array.of(m | 26, valor >>> 24, (valor >> 16) & 0xff, (valor >> 8) & 0xff, valor & 0xff);
  throw new Error(`un número demasiado grande para el índice (${valor})`);
}

export const enteroCbor = (n: number): Uint8Array => (n >= 0 ? cabecera(MAYOR_ENTERO, n) : cabecera(MAYOR_NEGATIVO, -1 - n));
export const listaCbor = (n: number): Uint8Array => cabecera(MAYOR_LISTA, n);
export function textoCbor(t: string): Uint8Array {
  const b = bytesDe.encode(t);
  const c = cabecera(MAYOR_TEXTO, b.length);
  const r = new Uint8Array(c.length + b.length);
  r.set(c);
  r.set(b, c.length);
  return r;
}
