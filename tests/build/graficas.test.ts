import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { cargarContenido } from '../../src/contenido/cargar-fs.ts';
import type { DatosGrafica } from '../../src/lib/graficas.ts';
import { leerPagina, paginas } from './sitio.ts';

// Checks, over the built site, that every chart carries its data and a table with the same numbers.
const contenido = cargarContenido(process.env.CONTENIDO_DIR ?? 'content');
const todas = paginas();
const conGraficas = todas.filter((r) => r === '/' || /^\/(entes|programas|gobiernos|ejercicios)\/[^/]+\/$/.test(r));
const metodologia = leerPagina('/metodologia/');
const numero = (texto: string) => Number(texto.replace(/[^\d.-]/g, ''));
/** A percentage as printed with one decimal: within half a tenth of the exact value (exact halves included). */
const redondeado = (exacto: number) => (impreso: number) => Math.abs(impreso - exacto) <= 0.05 + 1e-9;
const texto = (e: HTMLElement) => e.textContent.replace(/\s+/g, ' ').trim();

describe('cada gráfica lleva sus datos y una tabla con los mismos números', () => {
  it.each(conGraficas)('%s', (ruta) => {
    const pagina = leerPagina(ruta);
    const figuras = pagina.querySelectorAll('figure.grafica');
    for (const figura of figuras) {
      const contenedor = figura.querySelector('[data-grafica]');
      if (!contenedor) {
        // An empty set: no canvas, and a sentence instead.
        expect(figura.querySelector('canvas')).toBeNull();
        expect(texto(figura).length).toBeGreaterThan(0);
        continue;
      }
      const datos = JSON.parse(contenedor.getAttribute('data-grafica')!) as DatosGrafica;
      const lienzo = contenedor.querySelector('canvas')!;
      expect(lienzo.getAttribute('role')).toBe('img');
      expect(lienzo.getAttribute('aria-label')).toMatch(/^Gráfica: /);
      expect(pagina.getElementById(lienzo.getAttribute('aria-describedby')!)).not.toBeNull();
      const tabla = pagina.getElementById(lienzo.getAttribute('aria-details')!)!;
      expect(tabla.tagName).toBe('TABLE');
      expect(tabla.querySelector('caption')).not.toBeNull();
      expect(tabla.querySelectorAll('thead th').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
      const filas = tabla.querySelectorAll('tbody tr').filter((f) => f.querySelector('td'));
      expect(filas.every((f) => f.querySelector('th')?.getAttribute('scope') === 'row')).toBe(true);
      const columnas = tabla.querySelectorAll('thead th').map(texto);
      const celdas = filas.map((f) => f.querySelectorAll('td').map(texto));
      if (datos.tipo === 'estados') {
        // The table lists the statuses with some commitment; the zero bars are named in the line after it.
        const presentes = datos.valores.filter((v) => v > 0);
        expect(filas).toHaveLength(presentes.length);
        celdas.forEach((c, i) => expect(numero(c[0]!)).toBe(presentes[i]));
        const ceros = datos.etiquetas.filter((_, i) => datos.valores[i] === 0);
        const linea = figura.querySelector('.tabla-grafica__ceros');
        if (ceros.length === 0) expect(linea).toBeNull();
        else for (const e of ceros) expect(texto(linea!)).toContain(e);
      } else if (datos.tipo === 'clasificacion') {
        expect(filas).toHaveLength(datos.etiquetas.length);
        // Columns: name, position, the ratio, the numerator, the denominator (words depend on the kind's measure).
        celdas.forEach((c, i) => {
          expect(numero(c[1]!)).toSatisfy(redondeado(datos.tasas[i]!));
          expect(numero(c[2]!)).toBe(datos.atendidos[i]);
          expect(numero(c[3]!)).toBe(datos.exigibles[i]);
        });
        expect(columnas.slice(2)).toEqual(
          expect.arrayContaining([expect.stringMatching(/^(Tasa de cumplimiento|Proporción de ASM concluidos)$/)]),
        );
      } else {
        expect(filas).toHaveLength(datos.etiquetas.length);
        for (const s of datos.series) {
          const col = columnas.indexOf(s.etiqueta) - 1;
          celdas.forEach((c, i) => expect(numero(c[col]!)).toBe(s.valores[i]));
        }
      }
      // "Cómo se cuenta" leads to the section of /metodologia/ that defines the figure.
      const enlace = figura.querySelector('.grafica__resumen a')!.getAttribute('href')!;
      expect(metodologia.getElementById(enlace.split('#')[1]!), enlace).not.toBeNull();
    }
  });
});

describe('las páginas de convenio no cargan gráficas, pero muestran la tabla de estados', () => {
  it.each(contenido.convenios.map((c) => c.id))('%s', (id) => {
    const pagina = leerPagina(`/convenios/${id}/`);
    expect(pagina.querySelectorAll('[data-grafica]')).toHaveLength(0);
    expect(
      pagina
        .querySelectorAll('script[src]')
        .map((s) => s.getAttribute('src'))
        .filter((s) => /grafica/i.test(s ?? '')),
    ).toEqual([]);
    const c = contenido.convenios.find((k) => k.id === id)!;
    const total = pagina.querySelectorAll('#estados-tabla tfoot tr').at(-1)!.querySelector('td')!;
    expect(numero(texto(total))).toBe(c.datos.compromisos.length);
  });
});

describe('la metodología explica cada cifra de las gráficas', () => {
  it.each([
    'estados-de-un-compromiso',
    'las-graficas',
    'compromisos-por-estado',
    'clasificacion',
    'por-ano-del-pae',
    'vencimientos-por-mes',
  ])('#%s', (id) => {
    expect(metodologia.getElementById(id)).not.toBeNull();
  });
  it('dice la fecha de corte de esta versión, qué es exigible, a tiempo y fuera de plazo, prórroga y «Vencido sin reporte»', () => {
    const t = texto(metodologia);
    expect(metodologia.querySelector('time[datetime]')).not.toBeNull();
    for (const frase of ['exigible', 'atendido a tiempo', 'fuera de plazo', 'prórroga', 'Vencido sin reporte', 'fecha de corte'])
      expect(t).toContain(frase);
  });
});
