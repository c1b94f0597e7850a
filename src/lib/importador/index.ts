import { Document } from 'yaml';
import { escribirBorrador, OPCIONES_YAML } from './borrador.ts';
import { leerConvenio, type Lectura, type Nota } from './extraer.ts';
import { resolverImportacion, type CatalogoExistente, type DocumentoFuente, type Importacion } from './resolver.ts';

export type { CatalogoExistente, DocumentoFuente, Importacion, Lectura, Nota };

export interface ArchivoNuevo {
  /** Path inside the content folder: "convenios/x.md", "entes/y.yaml". */
  ruta: string;
  texto: string;
}

export interface ResultadoImportacion {
  lectura: Lectura;
  importacion: Importacion;
  archivos: ArchivoNuevo[];
}

function yamlCatalogo(datos: object, fuente: string): string {
  const doc = new Document(datos);
  doc.commentBefore = ` Creado por «npm run import» a partir de ${fuente}. Revise el nombre con el documento.`;
  return doc.toString(OPCIONES_YAML);
}

/**
 * From a convenio's text to the files to write: the draft convenio and any new government,
 * body or program. Pure: reading and writing files is the caller's job.
 */
export function importarTexto(
  original: string,
  catalogo: CatalogoExistente,
  documento: DocumentoFuente,
  opciones: { fuente: string; hoy: string; id?: string },
): ResultadoImportacion {
  // pdftotext starts each page with a form feed: a page mark, not text. Dropped here, line numbers stay the same.
  const texto = original.replace(/\f/g, '');
  const lectura = leerConvenio(texto);
  const importacion = resolverImportacion(lectura, catalogo, documento, { id: opciones.id });
  const archivos: ArchivoNuevo[] = [];
  if (lectura.compromisos.length > 0) {
    archivos.push({ ruta: `convenios/${importacion.id}.md`, texto: escribirBorrador(importacion.convenio, texto, importacion.notas, opciones.fuente, opciones.hoy) });
    for (const g of importacion.nuevos.gobiernos) archivos.push({ ruta: `gobiernos/${g.id}.yaml`, texto: yamlCatalogo(g.datos, opciones.fuente) });
    for (const e of importacion.nuevos.entes) archivos.push({ ruta: `entes/${e.id}.yaml`, texto: yamlCatalogo(e.datos, opciones.fuente) });
    for (const p of importacion.nuevos.programas) archivos.push({ ruta: `programas/${p.id}.yaml`, texto: yamlCatalogo(p.datos, opciones.fuente) });
  }
  return { lectura, importacion, archivos };
}

/** The review list the importer prints: one line per field to check, with the source line. */
export function listaDeRevision(notas: Nota[]): string[] {
  const orden = (n: Nota) => (n.tipo === 'falta' ? 0 : 1);
  return [...notas]
    .sort((a, b) => orden(a) - orden(b))
    .map((n) => {
      const donde = n.origen ? `\n      línea ${n.origen.linea}: «${n.origen.texto}»` : '';
      return `  ${n.tipo === 'falta' ? 'FALTA  ' : 'REVISAR'} ${n.campo}: ${n.mensaje}${donde}`;
    });
}
