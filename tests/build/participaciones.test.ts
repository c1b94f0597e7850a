import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generarSinteticos } from '../../scripts/sinteticos/generador.ts';
import { PARTICIPACIONES_EN_PAGINA } from '../../src/lib/indice.ts';
import { CONVENIOS_POR_PAGINA } from '../../src/lib/rutas.ts';
import { construirSitio } from '../ayudas/construir-sitio.ts';
import { leerPagina } from './sitio.ts';
import { validador } from '../ayudas/validar-html.ts';

// A finance office signs every convenio of its government; with 1,200 generated convenios one signs more than a page of its list holds.
const ENTE = 'secretaria-de-finanzas-hgo';
const generados = generarSinteticos({ n: 1200 }).archivos;
// Files that name the ente: its participations, plus any convenio where it is the one evaluated.
const nombrado = [...generados].filter(([ruta, texto]) => ruta.startsWith('convenios/') && texto.includes(`ente: ${ENTE}\n`)).length;

const sitio = construirSitio({
  nombre: 'participaciones',
  curado: true,
  preparar: (contenido) => {
    for (const [ruta, texto] of generados) {
      mkdirSync(dirname(join(contenido, ruta)), { recursive: true });
      writeFileSync(join(contenido, ruta), texto);
    }
  },
  tiempo: 600_000,
});

describe('un ente que firma muchos convenios con otro papel', () => {
  const enlacesDeConvenio = (ruta: string) =>
    leerPagina(ruta, sitio.dist)
      .querySelectorAll('main li a')
      .map((a) => a.getAttribute('href')!)
      .filter((h) => h.startsWith('/convenios/'));

  it('su página lista los más recientes y enlaza a la lista completa y a los datos', () => {
    expect(nombrado).toBeGreaterThan(PARTICIPACIONES_EN_PAGINA);
    const pagina = leerPagina(`/entes/${ENTE}/`, sitio.dist);
    const seccion = pagina.querySelectorAll('h2').find((h) => h.textContent === 'Con otro papel')!;
    const lista = seccion.nextElementSibling!;
    expect(lista.querySelectorAll('li')).toHaveLength(PARTICIPACIONES_EN_PAGINA);
    const nota = lista.nextElementSibling!;
    const total = Number(
      new RegExp(`Se muestran los ${PARTICIPACIONES_EN_PAGINA} más recientes de ([\\d,]+):`)
        .exec(nota.textContent.replace(/\s+/g, ' '))?.[1]
        ?.replace(/,/g, ''),
    );
    expect(total).toBeGreaterThan(PARTICIPACIONES_EN_PAGINA);
    expect(total).toBeLessThanOrEqual(nombrado);
    expect(nota.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      `/entes/${ENTE}/otro-papel/`,
      '/datos/convenios.json',
      '/datos/',
    ]);
  });

  it('la lista completa va en páginas de 100 que, juntas, tienen cada convenio una vez, en el orden de la página del ente', async () => {
    const primera = leerPagina(`/entes/${ENTE}/otro-papel/`, sitio.dist);
    const total = Number(/Página 1 de (\d+)/.exec(primera.querySelector('nav.paginacion')!.textContent)?.[1]);
    expect(total).toBeGreaterThan(1);
    const paginas = Array.from({ length: total }, (_, i) =>
      i === 0 ? `/entes/${ENTE}/otro-papel/` : `/entes/${ENTE}/otro-papel/pagina/${i + 1}/`,
    );
    const todos = paginas.flatMap(enlacesDeConvenio);
    expect(paginas.slice(0, -1).map((p) => enlacesDeConvenio(p).length)).toEqual(Array(total - 1).fill(CONVENIOS_POR_PAGINA));
    expect(new Set(todos).size).toBe(todos.length);
    expect(todos.length).toBeLessThanOrEqual(nombrado);
    expect(todos.length).toBeGreaterThan((total - 1) * CONVENIOS_POR_PAGINA);
    // The ente page shows the first ones of the same order.
    const enEnte = leerPagina(`/entes/${ENTE}/`, sitio.dist)
      .querySelectorAll('h2')
      .find((h) => h.textContent === 'Con otro papel')!
      .nextElementSibling!.querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    expect(todos.slice(0, PARTICIPACIONES_EN_PAGINA)).toEqual(enEnte);
    expect(existsSync(join(sitio.dist, `entes/${ENTE}/otro-papel/pagina/1/index.html`))).toBe(false);
    expect(existsSync(join(sitio.dist, `entes/${ENTE}/otro-papel/pagina/${total + 1}/index.html`))).toBe(false);
    const ultima = leerPagina(paginas.at(-1)!, sitio.dist);
    expect(ultima.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(
      new RegExp(`/entes/${ENTE}/otro-papel/pagina/${total}/$`),
    );
    expect(ultima.querySelector('nav.paginacion a[rel="prev"]')!.getAttribute('href')).toBe(paginas.at(-2));
    for (const ruta of paginas) {
      const html = readFileSync(join(sitio.dist, ruta, 'index.html'), 'utf8');
      const informe = await validador.validateString(html, ruta);
      expect(
        informe.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
        ruta,
      ).toEqual([]);
      const pagina = leerPagina(ruta, sitio.dist);
      expect(pagina.querySelector('title')!.textContent, ruta).toMatch(/^Convenios con otro papel de .+, página \d+ de \d+/);
      expect(pagina.querySelector('meta[name="description"]')!.getAttribute('content'), ruta).toMatch(/^Los [\d,]+ convenios que /);
    }
  });

  it('sólo tiene lista aparte el ente cuya página no los muestra todos', () => {
    const conLista: string[] = [];
    const sinLista: string[] = [];
    for (const d of readdirSync(join(sitio.dist, 'entes'), { withFileTypes: true })) {
      if (!d.isDirectory()) continue;
      const pagina = leerPagina(`/entes/${d.name}/`, sitio.dist);
      const seccion = pagina.querySelectorAll('h2').find((h) => h.textContent === 'Con otro papel');
      const aparte = existsSync(join(sitio.dist, 'entes', d.name, 'otro-papel/index.html'));
      const enlace = pagina.querySelector(`a[href="/entes/${d.name}/otro-papel/"]`);
      expect(Boolean(enlace), d.name).toBe(aparte);
      if (!seccion) continue;
      const mostrados = seccion.nextElementSibling!.querySelectorAll('li').length;
      if (aparte) conLista.push(d.name);
      else sinLista.push(d.name);
      if (aparte) expect(mostrados, d.name).toBe(PARTICIPACIONES_EN_PAGINA);
      else expect(mostrados, d.name).toBeLessThanOrEqual(PARTICIPACIONES_EN_PAGINA);
    }
    expect(conLista).toContain(ENTE);
    expect(sinLista.length).toBeGreaterThan(0);
  });
});
