import { describe, expect, it } from 'vitest';
import { leerConfiguracion } from '../../src/configuracion.ts';

describe('leerConfiguracion: lo que la construcción toma del entorno', () => {
  it('sin variables: content/, la salida de Astro, el dominio del proyecto, la raíz, reconstrucción parcial permitida y la caché de Astro', () => {
    expect(leerConfiguracion({})).toEqual({
      contenido: 'content',
      salida: undefined,
      sitio: 'https://conveniosabiertos.mx',
      base: '/',
      completa: false,
      cache: './node_modules/.astro',
    });
  });

  it.each([
    ['1', true],
    ['0', false],
    ['', false],
    ['si', false],
    [undefined, false],
  ])('CONSTRUCCION_COMPLETA=%s → completa %s', (valor, completa) => {
    expect(leerConfiguracion({ CONSTRUCCION_COMPLETA: valor }).completa).toBe(completa);
  });

  it('cada variable llega a su campo', () => {
    expect(
      leerConfiguracion({ CONTENIDO_DIR: 'otro', SALIDA_DIR: 'dist-x', SITIO_URL: 'https://ente.gob.mx', BASE_PATH: '/convenios/' }),
    ).toMatchObject({ contenido: 'otro', salida: 'dist-x', sitio: 'https://ente.gob.mx', base: '/convenios/', cache: 'dist-x.cache' });
  });
});
