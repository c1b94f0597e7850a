/**
 * content/ holds the curated convenios and, once it is published, the SHCP's full federal record (1,436 ASM in
 * some 470 follow-up documents, their bodies and programs, and 1,438 evaluations), written by importar:shcp and
 * importar:evaluaciones. Tests that count or rewrite the curated files work on a copy without that record: it is
 * faster to copy, and their expectations stay about the files they were written for. Not a test file.
 */
import { cpSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Whether a path of content/ belongs to the imported SHCP record (a federal document, a catalogue file it created, an evaluation). */
export function esDelRegistroShcp(ruta: string): boolean {
  if (basename(dirname(ruta)) === 'evaluaciones' || basename(ruta) === 'evaluaciones') return true;
  if (!/\.(md|yaml)$/.test(ruta) || !statSync(ruta).isFile()) return false;
  const inicio = readFileSync(ruta, 'utf8').slice(0, 400);
  return inicio.includes('«npm run importar:shcp»') || /^tipo:\s*seguimiento_federal\s*$/m.test(inicio);
}

/** Copies content/ (or `origen`) to `destino` without the SHCP record. */
export function copiarContenidoCurado(destino: string, origen = 'content'): void {
  cpSync(origen, destino, { recursive: true, filter: (ruta) => !esDelRegistroShcp(ruta) });
}
