import { carpetaDeContenido } from '../configuracion.ts';
import { leerArgumentos } from './ejecutar-orden.ts';
import { cargarContenido, type Contenido } from '../contenido/cargar-fs.ts';
import { leerCatalogo } from '../contenido/catalogo-fs.ts';
import { revisarCalidad } from '../contenido/calidad-fs.ts';
import { ErrorDeContenido, formatearProblema, type Problema } from '../contenido/errores.ts';

export const AYUDA_VALIDAR = `Uso: npm run validate [-- --contenido <carpeta>]

Revisa todo el contenido con los mismos esquemas y referencias que la construcción del sitio.
Primero lista los errores (archivo:línea: campo: problema (se esperaba …)), que detienen la construcción;
después los avisos: datos legales pero sospechosos, que no la detienen.
Sale con 1 si hay errores y con 0 si sólo hay avisos o nada.`;

/** The validator command: never throws; errors give exit status 1, warnings alone 0. */
export function validar(argv: string[], entorno: Record<string, string | undefined> = process.env): { codigo: number; lineas: string[] } {
  const args = leerArgumentos(argv, { contenido: { type: 'string' } }, AYUDA_VALIDAR);
  if (!args.ok) return args.salida;
  if (args.posicionales.length > 0) return { codigo: 1, lineas: [`Sobran argumentos: ${args.posicionales.join(' ')}.`, '', AYUDA_VALIDAR] };
  const carpeta = carpetaDeContenido(args.valores.contenido, entorno);

  let errores: Problema[] = [];
  let contenido: Contenido | undefined;
  try {
    contenido = cargarContenido(carpeta);
  } catch (e) {
    if (!(e instanceof ErrorDeContenido)) return { codigo: 1, lineas: [`No se pudo revisar ${carpeta}: ${e instanceof Error ? e.message : String(e)}`] };
    errores = e.problemas;
  }
  // With errors, the warnings still cover every file that reads well.
  const revisable = contenido ?? leerCatalogo(carpeta);
  const { avisos } = revisarCalidad(revisable);
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
  const archivos = revisable.convenios.length + revisable.entes.length + revisable.programas.length + revisable.gobiernos.length + (contenido?.evaluaciones.length ?? 0);
  lineas.push(
    errores.length > 0
      ? `${carpeta}: ${n(errores.length, 'error', 'errores')} y ${n(avisos.length, 'aviso', 'avisos')}.`
      : `${carpeta}: ${n(archivos, 'archivo válido', 'archivos válidos')}, ${n(avisos.length, 'aviso', 'avisos')}.`,
  );
  return { codigo: errores.length > 0 ? 1 : 0, lineas };
}
