import { carpetaDeContenido } from '../configuracion.ts';
import { leerArgumentos } from './ejecutar-orden.ts';
import { revisarCarpeta, type Revision } from '../contenido/cargar-fs.ts';
import { informar } from '../contenido/informe-fs.ts';

export const AYUDA_VALIDAR = `Uso: npm run validar [-- --contenido <carpeta>]

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

  let revision: Revision;
  try {
    revision = revisarCarpeta(carpeta);
  } catch (e) {
    return { codigo: 1, lineas: [`No se pudo revisar ${carpeta}: ${e instanceof Error ? e.message : String(e)}`] };
  }
  // The same report a refused build prints (src/integraciones/revision-contenido-fs.ts).
  return informar(carpeta, revision);
}
