import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { huellaDePagina } from '../../src/cli/paginas-preparadas-fs.ts';
import { preparandoLoGenerado } from '../../src/integraciones/preparacion-del-indice-fs.ts';
import { paraElIndice } from '../../src/lib/indice-busqueda.ts';

const temporales: string[] = [];
afterAll(() => temporales.forEach((t) => rmSync(t, { recursive: true, force: true })));
const carpetaNueva = () => {
  const t = mkdtempSync(join(tmpdir(), 'preparacion-'));
  temporales.push(t);
  return join(t, 'preparadas', 'codigo');
};

const indexable =
  '<!doctype html><html lang="es-MX"><body><article data-pagefind-body><h1>Convenio del agua</h1><p>El programa y la meta.</p></article></body></html>';
const sinMarca = '<!doctype html><html lang="es-MX"><body><h1>Buscar</h1></body></html>';
const html = (texto: string) => new Response(texto, { headers: { 'Content-Type': 'text/html' } });
const datos = new Response('{"convenios":[]}', { headers: { 'Content-Type': 'application/json' } });

/** A prerenderer that answers each URL's path with a response of its own, as Astro's would. */
function astroDePrueba(respuestas: Record<string, () => Awaited<ReturnType<AstroPrerenderer['render']>>>): AstroPrerenderer {
  return { name: 'prueba', getStaticPaths: async () => [], render: async (request) => respuestas[new URL(request.url).pathname]!() };
}

const pedir = (p: AstroPrerenderer, ruta: string) => p.render(new Request(`https://ejemplo.mx${ruta}`), { routeData: {} as never });
const cuerpo = async (r: Response | { response: Response }) => (r instanceof Response ? r : r.response).text();

describe('preparandoLoGenerado', () => {
  it('devuelve a Astro cada respuesta con sus mismos bytes y prepara sólo las páginas que el índice toma', async () => {
    const carpeta = carpetaNueva();
    const metadata = { contentEntryKeys: ['convenios/a'], staticImages: [] };
    const p = preparandoLoGenerado(
      astroDePrueba({
        '/a/': () => html(indexable),
        '/buscar/': () => html(sinMarca),
        '/datos.json': () => datos,
        '/b/': () => ({ response: html(indexable), metadata }),
      }),
      carpeta,
    );
    await p.setup!();
    expect(await cuerpo(await pedir(p, '/a/'))).toBe(indexable);
    expect(await cuerpo(await pedir(p, '/buscar/'))).toBe(sinMarca);
    // Anything but HTML passes untouched: a download keeps its own response.
    expect(await pedir(p, '/datos.json')).toBe(datos);
    const conMetadatos = await pedir(p, '/b/');
    expect(conMetadatos).toMatchObject({ metadata });
    expect(await cuerpo(conMetadatos)).toBe(indexable);
    await p.teardown!();
    expect(readdirSync(carpeta)).toEqual([`${huellaDePagina(indexable)}.html`]);
    expect(readFileSync(join(carpeta, `${huellaDePagina(indexable)}.html`), 'utf8')).toBe(paraElIndice(indexable));
  });

  it('si no puede escribir lo preparado, la construcción falla diciendo dónde', async () => {
    const carpeta = carpetaNueva();
    const p = preparandoLoGenerado(astroDePrueba({ '/a/': () => html(indexable) }), carpeta);
    await p.setup!();
    rmSync(carpeta, { recursive: true });
    await pedir(p, '/a/');
    await expect(p.teardown!()).rejects.toThrow(
      /^no se pudieron preparar las páginas para el índice de búsqueda en .*preparadas\/codigo: ENOENT$/,
    );
  });

  it('si el prerrenderizador de Astro falla al empezar, no deja nada preparándose', async () => {
    const carpeta = carpetaNueva();
    const astro = { ...astroDePrueba({}), setup: () => Promise.reject(new Error('sin memoria')) };
    const p = preparandoLoGenerado(astro, carpeta);
    await expect(p.setup!()).rejects.toThrow('sin memoria');
    // Nothing was set up for the worker: the folder it writes into was not even made.
    expect(existsSync(carpeta)).toBe(false);
  });
});
