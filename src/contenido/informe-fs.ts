import type { Revision } from './cargar-fs.ts';
import { revisarCalidad } from './calidad-fs.ts';
import { formatearProblema } from './errores.ts';

/**
 * The report that both `npm run validar` and a refused build print: errors first, then warnings,
 * then a count. With a convenio that failed to read, «ningún convenio usa…» warnings are held back
 * (they would be false) and a line says so.
 */
export function informar(
  carpeta: string,
  { contenido, problemas: errores, fallidos, duplicados }: Revision,
): { codigo: number; lineas: string[] } {
  // With errors, the warnings still cover every file that reads well.
  const sinUso = fallidos.convenios.size === 0;
  // A duplicate ente or program is unused by nature: the duplicate error already says what to do with it.
  const { avisos } = revisarCalidad(contenido, Infinity, { sinUso, omitirSinUso: duplicados });
  const n = (k: number, uno: string, varios: string) => `${k} ${k === 1 ? uno : varios}`;
  const lineas: string[] = [];
  if (errores.length > 0) {
    lineas.push(`Errores (${errores.length}): la construcción se detiene hasta corregirlos.`);
    errores.forEach((p) => lineas.push(`  ${formatearProblema(p)}`));
    lineas.push('');
  }
  if (avisos.length > 0) {
    lineas.push(`Avisos (${avisos.length}): datos válidos pero sospechosos; revíselos, no detienen la construcción.`);
    avisos.forEach((p) => lineas.push(`  ${formatearProblema(p)}`));
    lineas.push('');
  }
  if (!sinUso) {
    lineas.push(
      `Los avisos de entes y programas que ningún convenio usa esperan a que se corrija ${fallidos.convenios.size === 1 ? 'el convenio que no se pudo leer' : `los ${fallidos.convenios.size} convenios que no se pudieron leer`}.`,
    );
    lineas.push('');
  }
  const archivos =
    contenido.convenios.length +
    contenido.entes.length +
    contenido.programas.length +
    contenido.gobiernos.length +
    contenido.evaluaciones.length;
  lineas.push(
    errores.length > 0
      ? `${carpeta}: ${n(errores.length, 'error', 'errores')} y ${n(avisos.length, 'aviso', 'avisos')}.`
      : `${carpeta}: ${n(archivos, 'archivo válido', 'archivos válidos')}, ${n(avisos.length, 'aviso', 'avisos')}.`,
  );
  return { codigo: errores.length > 0 ? 1 : 0, lineas };
}
