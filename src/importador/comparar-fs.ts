import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { compararConvenios, type Comparacion } from '../lib/importador/comparar.ts';
import { importarTexto, type CatalogoExistente, type ResultadoImportacion } from '../lib/importador/index.ts';
import { extraerTexto } from './extraer-texto-fs.ts';

/** Where the seeds' Word, PDF and scanned copies are (tests/fixtures/importador/README.md). */
export const CARPETA_COPIAS = 'tests/fixtures/importador';

/** The formats each seed is published in, and where its copy is; `carpeta` holds other copies of the same kinds. */
export const FORMATOS = [
  { formato: 'texto', nombre: 'texto', ruta: (texto: string) => texto },
  {
    formato: 'docx',
    nombre: 'Word con tabla',
    ruta: (texto: string, carpeta = CARPETA_COPIAS) => `${carpeta}/${basename(texto, '.txt')}.docx`,
  },
  {
    formato: 'pdf',
    nombre: 'PDF con tabla',
    ruta: (texto: string, carpeta = CARPETA_COPIAS) => `${carpeta}/${basename(texto, '.txt')}.pdf`,
  },
  {
    formato: 'escaneo',
    nombre: 'PDF escaneado',
    ruta: (texto: string, carpeta = CARPETA_COPIAS) => `${carpeta}/${basename(texto, '.txt')}-escaneado.pdf`,
  },
] as const;

/** The seeds: each source text in content/documentos/ and its hand-curated convenio. */
export const SEMILLAS = [
  {
    texto: 'content/documentos/convenio-edomex-issemym-prestaciones-potestativas-2021.txt',
    curado: 'content/convenios/edomex-issemym-prestaciones-potestativas-2021.md',
  },
  {
    texto: 'content/documentos/convenio-cuautitlan-izcalli-derechos-humanos-2022.txt',
    curado: 'content/convenios/cuautitlan-izcalli-derechos-humanos-2022.md',
  },
] as const;

export function frontMatter(archivo: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(archivo, 'utf8'));
  if (!m) throw new Error(`${archivo} no tiene encabezado YAML`);
  return parse(m[1]!) as Record<string, unknown>;
}

/**
 * Imports `documento` (text, Word or PDF) and compares it field by field with the curated file.
 * The source document named in the draft is the seed's text, as in the curated file, so that a
 * Word or PDF copy is judged on what it reads, not on its own file name and hash.
 */
export async function compararImportacion(
  documento: string,
  semilla: (typeof SEMILLAS)[number],
  catalogo: CatalogoExistente,
): Promise<{ comparacion: Comparacion; resultado: ResultadoImportacion }> {
  const extraido = await extraerTexto(documento, readFileSync(documento));
  if (!extraido.ok) throw new Error(`${documento}: ${extraido.mensaje}`);
  const datos = readFileSync(semilla.texto);
  const resultado = importarTexto(
    extraido.texto,
    catalogo,
    { archivo: basename(semilla.texto), sha256: createHash('sha256').update(datos).digest('hex') },
    { fuente: basename(documento), hoy: '2000-01-01', donde: extraido.donde, ocr: extraido.ocr !== undefined },
  );
  return { comparacion: compararConvenios(frontMatter(semilla.curado), resultado.importacion.convenio), resultado };
}
