import { describe, expect, it } from 'vitest';
import { medirTrozos } from '../../src/lib/datos/paquete.ts';
import { respuestaEnTrozos } from '../../src/sitio/respuesta-en-trozos.ts';

const bytes = (texto: string) => new TextEncoder().encode(texto);
const texto = (datos: ArrayBuffer) => new TextDecoder().decode(datos);

describe('respuestaEnTrozos', () => {
  it.each([
    ['sólo textos', ['{"a":', '"ñandú"', '}']],
    ['textos y bytes guardados', ['[', bytes('{"id":"año-2024"}'), ',', bytes('{"id":"é"}'), ']']],
    ['un texto de más de un megabyte', ['x'.repeat((1 << 20) + 7), 'fin']],
    ['nada', []],
  ])('da los mismos bytes a astro build (arrayBuffer) que a astro dev (el flujo): %s', async (_, piezas) => {
    const archivo = medirTrozos(piezas);
    const esperado = piezas.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join('');
    const entero = await respuestaEnTrozos(archivo, 'application/json').arrayBuffer();
    const delFlujo = await new Response(respuestaEnTrozos(archivo, 'application/json').body).arrayBuffer();
    expect(texto(entero)).toBe(esperado);
    expect(texto(delFlujo)).toBe(esperado);
    expect(entero.byteLength).toBe(archivo.bytes);
  });

  it('dice el tipo de contenido', () => {
    expect(respuestaEnTrozos(medirTrozos(['a']), 'text/csv; charset=utf-8').headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
  });

  it('se detiene si las piezas no suman los bytes medidos', async () => {
    const archivo = { ...medirTrozos(['abc']), bytes: 4 };
    await expect(respuestaEnTrozos(archivo, 'text/plain').arrayBuffer()).rejects.toThrow('las piezas suman 3 bytes y se midieron 4');
  });
});
