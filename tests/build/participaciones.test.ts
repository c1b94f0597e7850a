import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generarSinteticos } from '../../scripts/sinteticos/generador.ts';
import { PARTICIPACIONES_EN_PAGINA } from '../../src/lib/indice.ts';
import { construirSitio } from '../ayudas/construir-sitio.ts';
import { leerPagina } from './sitio.ts';

// A finance office signs every convenio of its government; with 600 generated convenios one signs more than fit.
const ENTE = 'secretaria-de-finanzas-hgo';
const generados = generarSinteticos({ n: 600 }).archivos;
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

describe('la página de un ente que firma muchos convenios con otro papel', () => {
  it('lista los más recientes y dice dónde están todos', () => {
    expect(nombrado).toBeGreaterThan(PARTICIPACIONES_EN_PAGINA);
    const pagina = leerPagina(`/entes/${ENTE}/`, sitio.dist);
    const seccion = pagina.querySelectorAll('h2').find((h) => h.textContent === 'Con otro papel')!;
    const lista = seccion.nextElementSibling!;
    expect(lista.querySelectorAll('li')).toHaveLength(PARTICIPACIONES_EN_PAGINA);
    const nota = lista.nextElementSibling!.textContent.replace(/\s+/g, ' ');
    const total = Number(
      new RegExp(`Se muestran los ${PARTICIPACIONES_EN_PAGINA} más recientes de ([\\d,]+);`).exec(nota)?.[1]?.replace(/,/g, ''),
    );
    expect(total).toBeGreaterThan(PARTICIPACIONES_EN_PAGINA);
    expect(total).toBeLessThanOrEqual(nombrado);
    expect(lista.nextElementSibling!.querySelector('a')!.getAttribute('href')).toBe('/datos/convenios.json');
  });
});
