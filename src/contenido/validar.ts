import { parseArgs } from 'node:util';
import { revisarCarpeta, type Revision } from './cargar.ts';
import { revisarCalidad } from './calidad.ts';
import { formatearProblema } from './errores.ts';

export const AYUDA_VALIDAR = `Uso: npm run validate [-- --contenido <carpeta>]

Revisa todo el contenido con los mismos esquemas y referencias que la construcción del sitio.
Primero lista los errores (archivo:línea: campo: problema (se esperaba …)), que detienen la construcción;
después los avisos: datos legales pero sospechosos, que no la detienen.
Sale con 1 si hay errores y con 0 si sólo hay avisos o nada.`;

/** The validator command: never throws; errors give exit status 1, warnings alone 0. */
export function validar(argv: string[], entorno: Record<string, string | undefined> = process.env): { codigo: number; lineas: string[] } {
  let carpeta: string;
  try {
    const { values } = parseArgs({ args: argv, options: { contenido: { type: 'string' }, ayuda: { type: 'boolean' }, help: { type: 'boolean' } } });
    if (values.ayuda || values.help) return { codigo: 0, lineas: [AYUDA_VALIDAR] };
    carpeta = values.contenido ?? entorno.CONTENIDO_DIR ?? 'content';
  } catch {
    return { codigo: 1, lineas: ['Opción no reconocida.', '', AYUDA_VALIDAR] };
  }

  let revision: Revision;
  try {
    revision = revisarCarpeta(carpeta);
  } catch (e) {
    return { codigo: 1, lineas: [`No se pudo revisar ${carpeta}: ${e instanceof Error ? e.message : String(e)}`] };
  }
  return informar(carpeta, revision);
}

/**
 * The report that both `npm run validate` and a refused build print: errors first, then warnings,
 * then a count. With a convenio that failed to read, «ningún convenio usa…» warnings are held back
 * (they would be false) and a line says so.
 */
export function informar(carpeta: string, { contenido, problemas: errores, fallidos, duplicados }: Revision): { codigo: number; lineas: string[] } {
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
    lineas.push(`Los avisos de entes y programas que ningún convenio usa esperan a que se corrija ${fallidos.convenios.size === 1 ? 'el convenio que no se pudo leer' : `los ${fallidos.convenios.size} convenios que no se pudieron leer`}.`);
    lineas.push('');
  }
  const archivos = contenido.convenios.length + contenido.entes.length + contenido.programas.length + contenido.gobiernos.length;
  lineas.push(
    errores.length > 0
      ? `${carpeta}: ${n(errores.length, 'error', 'errores')} y ${n(avisos.length, 'aviso', 'avisos')}.`
      : `${carpeta}: ${n(archivos, 'archivo válido', 'archivos válidos')}, ${n(avisos.length, 'aviso', 'avisos')}.`,
  );
  return { codigo: errores.length > 0 ? 1 : 0, lineas };
}
