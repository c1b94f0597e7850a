import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UMBRAL_SIN_POSICIONES } from '../../src/lib/busqueda.ts';
import type { DescripcionDelIndice } from '../../src/lib/partes-del-indice.ts';
import { DIST } from '../build/sitio.ts';
import { sesionDeNavegador } from '../ayudas/sesion.ts';

// The suite's site has no word common enough for the index to keep one place per page of it (that takes thousands
// of convenios), so /buscar/ is told, in the description of the index it reads, that «evaluación» and «programa»
// are: what it then does with a phrase of them is what it does on a site that size.
const sesion = sesionDeNavegador();
const real = JSON.parse(readFileSync(join(DIST, 'pagefind', 'indice.json'), 'utf8')) as DescripcionDelIndice;
const comunes = { ...real.comunes, evalu: UMBRAL_SIN_POSICIONES + 2, progr: UMBRAL_SIN_POSICIONES + 1 };

async function buscar(q: string, descripcion?: DescripcionDelIndice): Promise<{ conteo: string; enlaces: string[] }> {
  const contexto = await sesion.navegador.newContext();
  if (descripcion) {
    await contexto.route('**/pagefind/indice.json', (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify(descripcion) }),
    );
  }
  const pagina = await contexto.newPage();
  await pagina.goto(`${sesion.url}/buscar/?${new URLSearchParams({ q })}`);
  await pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 20_000 });
  const r = {
    conteo: (await pagina.locator('#conteo').textContent()) ?? '',
    enlaces: await pagina.locator('#resultados > li h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)),
  };
  await contexto.close();
  return r;
}

describe('una frase con palabras de las que el índice guarda un solo lugar por página', () => {
  it('se busca con sus palabras sueltas, sin las comunes, y la página lo dice', async () => {
    const frase = await buscar('"evaluación del programa"', { ...real, comunes });
    // Both words are that common: the least common one is searched, as with loose words.
    const suelta = await buscar('programa', { ...real, comunes });
    expect(frase.conteo).toContain(
      'No se buscó «evaluación programa» como frase exacta: tiene palabras que están en casi todos los documentos, así que se buscaron sus palabras sueltas.',
    );
    expect(frase.conteo).toContain('No se buscó «evaluación»: está en demasiados documentos para distinguirlos.');
    expect(frase.conteo).toMatch(/^[\d,]+ documentos? coincide/);
    expect(frase.conteo.match(/^[\d,]+/)?.[0]).toBe(suelta.conteo.match(/^[\d,]+/)?.[0]);
    expect(frase.enlaces).toEqual(suelta.enlaces);
  });

  it('con el índice como es, la misma frase se busca entera y la página no dice nada de eso', async () => {
    const { conteo } = await buscar('"evaluación del programa"');
    expect(conteo).not.toContain('como frase exacta');
    expect(conteo).not.toContain('No se buscó');
  });
});
