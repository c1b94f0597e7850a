import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leerCatalogo } from '../../src/contenido/catalogo-fs.ts';
import { compararImportacion, SEMILLAS } from '../../src/importador/comparar-fs.ts';
import { leerArchivo } from '../../src/contenido/leer-archivo.ts';
import { convenio } from '../../src/schemas/convenio.ts';

// Each seed imported from its text, and from a Word and a PDF copy made with LibreOffice
// (tests/fixtures/importador/README.md), is compared field by field with the curated file.
const catalogo = leerCatalogo('content');
const FORMATOS = ['txt', 'docx', 'pdf'] as const;
const ruta = (texto: string, f: (typeof FORMATOS)[number]) =>
  f === 'txt' ? texto : `tests/fixtures/importador/${basename(texto, '.txt')}.${f}`;

describe.each(SEMILLAS)('importar $curado', (semilla) => {
  const aciertos = new Map<string, number>();

  it.each(FORMATOS)('desde .%s: cada campo que escribe coincide con el archivo curado', { timeout: 30_000 }, async (formato) => {
    const { comparacion: c, resultado } = await compararImportacion(ruta(semilla.texto, formato), semilla, catalogo);
    aciertos.set(formato, c.coinciden);
    // What the importer writes must be exactly the curated value; what it leaves out is listed for review.
    expect(c.discrepancias).toEqual([]);
    expect(c.sobrantes).toEqual([]);
    // The only field it cannot know is the curator's description of the source document.
    expect(c.campos.filter((f) => !f.coincide).map((f) => f.campo)).toEqual(['documento_fuente.descripcion']);
    expect(resultado.importacion.notas.some((n) => n.campo === 'documento_fuente.descripcion' && n.tipo === 'falta')).toBe(true);
    // It reuses every catalogue file and proposes no new one.
    expect(resultado.importacion.nuevos).toEqual({ gobiernos: [], entes: [], programas: [] });
    // The draft it would write reads back through the same schema the build uses.
    const borrador = resultado.archivos.find((a) => a.ruta.startsWith('convenios/'))!;
    const leido = leerArchivo(`content/${borrador.ruta}`, borrador.texto, convenio);
    expect(leido.ok ? [] : leido.problemas).toEqual([]);
    console.log(`${basename(ruta(semilla.texto, formato))}: ${c.coinciden}/${c.total} campos coinciden`);
  });

  it('Word y PDF se importan igual de bien que el texto', () => {
    expect(aciertos.get('docx')).toBe(aciertos.get('txt'));
    expect(aciertos.get('pdf')).toBe(aciertos.get('txt'));
  });
});

describe('lo que el importador marca para revisar', () => {
  it('el número «3» repetido del convenio estatal: conserva el número impreso, da otro id y lo avisa con su línea', async () => {
    const { resultado } = await compararImportacion(SEMILLAS[0].texto, SEMILLAS[0], catalogo);
    const nota = resultado.importacion.notas.find((n) => n.campo === 'compromisos[3].numero');
    expect(nota).toMatchObject({ tipo: 'revisar', origen: { linea: 123 } });
    expect(nota?.origen?.texto).toMatch(/^3 De igual manera/);
  });

  it('las fechas de sólo mes del convenio municipal y el título compuesto se señalan', async () => {
    const { resultado } = await compararImportacion(SEMILLAS[1].texto, SEMILLAS[1], catalogo);
    const campos = resultado.importacion.notas.map((n) => `${n.tipo} ${n.campo}`);
    expect(campos).toContain('revisar compromisos[0].fecha_comprometida');
    expect(campos).toContain('revisar titulo');
    expect(campos).toContain('revisar ejercicio_evaluado');
    expect(campos).toContain('falta partes.responsable');
  });
});
