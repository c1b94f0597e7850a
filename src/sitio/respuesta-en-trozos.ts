/**
 * The site-wide downloads as responses written from their pieces (src/lib/datos/paquete.ts: Trozos), so no single
 * string has to hold a whole file (convenios.json would near V8's maximum string length at 30,000 documents).
 */
import type { Trozos } from '../lib/datos/paquete.ts';
import type { Pieza } from '../lib/reconstruccion.ts';

/**
 * `astro build` takes the body with arrayBuffer(): written here straight into one buffer of the file's measured size,
 * instead of the stream's chunks joined and copied twice by fetch's Response (at 10,000 convenios, ≈ 440 MB of
 * downloads; the peak of a full build fell from 2,580 to 2,406 MB). `astro dev` reads the stream.
 */
class RespuestaEnTrozos extends Response {
  readonly #archivo: Trozos;

  constructor(archivo: Trozos, tipo: string) {
    super(flujoDeTrozos(archivo.trozos), { headers: { 'Content-Type': tipo } });
    this.#archivo = archivo;
  }

  // Async, as Response's: a mismatch rejects the promise, as a failed body read would.
  override async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = new Uint8Array(this.#archivo.bytes);
    const codificador = new TextEncoder();
    let escritos = 0;
    for (const t of this.#archivo.trozos) {
      if (typeof t === 'string') escritos += codificador.encodeInto(t, bytes.subarray(escritos)).written;
      else {
        bytes.set(t, escritos);
        escritos += t.length;
      }
    }
    if (escritos !== bytes.length) throw new Error(`las piezas suman ${escritos} bytes y se midieron ${bytes.length}`);
    return bytes.buffer;
  }
}

function flujoDeTrozos(trozos: readonly Pieza[]): ReadableStream<Uint8Array> {
  const codificador = new TextEncoder();
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(control) {
      // About a megabyte per call: consecutive texts are joined and encoded together, kept bytes go as they are.
      const textos: string[] = [];
      const enviarTextos = () => {
        if (textos.length > 0) control.enqueue(codificador.encode(textos.join('')));
        textos.length = 0;
      };
      let largo = 0;
      while (i < trozos.length && largo < 1 << 20) {
        const t = trozos[i++]!;
        if (typeof t === 'string') textos.push(t);
        else {
          enviarTextos();
          control.enqueue(t);
        }
        largo += t.length;
      }
      enviarTextos();
      if (largo === 0) control.close();
    },
  });
}

export const respuestaEnTrozos = (archivo: Trozos, tipo: string): Response => new RespuestaEnTrozos(archivo, tipo);
