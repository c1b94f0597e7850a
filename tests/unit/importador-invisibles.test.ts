import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leerCatalogo } from '../../src/contenido/catalogo-fs.ts';
import { leerArchivo } from '../../src/contenido/leer-archivo.ts';
import { SEMILLAS } from '../../src/importador/comparar-fs.ts';
import { importarTexto } from '../../src/lib/importador/index.ts';
import { documento } from '../../src/schemas/documento.ts';

// pdftotext marks each new page with a form feed (U+000C). The build refuses invisible characters, so
// the importer must not copy page marks into the draft; the text itself stays, line for line.
const catalogo = leerCatalogo('content');

describe.each(SEMILLAS)('importar $texto con saltos de página', (semilla) => {
  it('el borrador no lleva saltos de página, pasa la validación y dice lo mismo que sin ellos', () => {
    const texto = readFileSync(semilla.texto, 'utf8');
    const conPaginas = texto
      .split('\n')
      .map((l, i) => (i > 0 && i % 40 === 0 ? `\f${l}` : l))
      .join('\n');
    expect(conPaginas).toContain('\f');
    const importar = (t: string) =>
      importarTexto(
        t,
        catalogo,
        { archivo: basename(semilla.texto), sha256: '0'.repeat(64) },
        { fuente: basename(semilla.texto), hoy: '2000-01-01' },
      );
    const con = importar(conPaginas);
    const sin = importar(texto);
    const borrador = con.archivos.find((a) => a.ruta.startsWith('convenios/'))!;
    expect(borrador.texto).not.toContain('\f');
    expect(borrador.texto).toBe(sin.archivos.find((a) => a.ruta.startsWith('convenios/'))!.texto);
    const leido = leerArchivo(`content/${borrador.ruta}`, borrador.texto, documento);
    expect(leido.ok ? [] : leido.problemas).toEqual([]);
  });
});
