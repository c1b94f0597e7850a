import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { abrirNavegador, servirSitio } from './navegador.ts';

/** Serves the built site and opens Chromium for one test file, and closes both when the file ends. */
export function sesionDeNavegador(): { readonly url: string; readonly navegador: Browser } {
  let sitio: Awaited<ReturnType<typeof servirSitio>> | undefined;
  let navegador: Browser | undefined;
  beforeAll(async () => {
    sitio = await servirSitio();
    navegador = await abrirNavegador();
  });
  afterAll(async () => {
    await navegador?.close();
    await sitio?.cerrar();
  });
  return {
    get url() {
      return sitio!.url;
    },
    get navegador() {
      return navegador!;
    },
  };
}
