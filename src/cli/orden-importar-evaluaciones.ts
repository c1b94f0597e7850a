import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { carpetaDeContenido } from '../configuracion.ts';
import { leerArgumentos } from './ejecutar-orden.ts';
import { leerCodificacion, revisarUrl } from './opciones-comunes.ts';
import { cargarContenido } from '../contenido/cargar-fs.ts';
import { leerCatalogo } from '../contenido/catalogo-fs.ts';
import { ErrorDeContenido, formatearProblema, type Problema } from '../contenido/errores.ts';
import { esFechaReal } from '../lib/fechas.ts';
import { importarEvaluaciones } from '../lib/evaluaciones/importar.ts';
import { lineasDeResumenEv } from '../lib/evaluaciones/resumen.ts';

export const AYUDA_EVALUACIONES = `Uso: npm run importar:evaluaciones -- <archivo.csv> [opciones]

Importa el conjunto de datos abiertos de evaluaciones de programas presupuestarios federales de la SHCP
(Transparencia Presupuestaria): un archivo content/evaluaciones/<id>.yaml por evaluación, con su programa
enlazado al de content/programas/ cuando es el mismo (importe antes el seguimiento de ASM con
npm run importar:shcp, que crea los programas federales). Importar dos veces el mismo archivo no cambia nada.

Opciones:
  --contenido <carpeta>      carpeta de contenido (por omisión CONTENIDO_DIR o content)
  --url <dirección>          dirección pública del conjunto de datos (se anota como fuente)
  --fecha <AAAA-MM-DD>       fecha de la publicación (o AAAA-MM); si falta, se conserva la ya escrita
  --codificacion <nombre>    utf-8 o windows-1252, si la detección automática se equivoca
  --sin-escribir             sólo mostrar el resumen, sin escribir archivos

Salida: 0 todos los renglones importados; 2 se escribió lo importable pero algún renglón no se pudo
importar (la lista dice cuál y por qué) o el resultado no pasa la validación; 1 no se importó nada.`;

export interface SalidaEvaluaciones {
  codigo: number;
  lineas: string[];
}

/** The importer command. Never throws for bad input: every failure is a Spanish message and an exit code. */
export function importarEvaluacionesCli(argv: string[], entorno: Record<string, string | undefined> = process.env): SalidaEvaluaciones {
  const args = leerArgumentos(
    argv,
    {
      contenido: { type: 'string' },
      url: { type: 'string' },
      fecha: { type: 'string' },
      codificacion: { type: 'string' },
      'sin-escribir': { type: 'boolean', default: false },
    },
    AYUDA_EVALUACIONES,
  );
  if (!args.ok) return args.salida;
  const { valores: o, posicionales: positionals } = args;
  if (positionals.length !== 1)
    return {
      codigo: 1,
      lineas: [
        positionals.length === 0 ? 'Falta el archivo CSV de evaluaciones de la SHCP.' : 'Indique un solo archivo.',
        '',
        AYUDA_EVALUACIONES,
      ],
    };
  const urlMala = revisarUrl(o.url);
  if (urlMala) return urlMala;
  if (o.fecha !== undefined && !(esFechaReal(o.fecha) || /^\d{4}-(0[1-9]|1[0-2])$/.test(o.fecha)))
    return { codigo: 1, lineas: [`--fecha «${o.fecha}» no es una fecha real (se esperaba AAAA-MM-DD o AAAA-MM)`] };
  const leida = leerCodificacion(o.codificacion);
  if (!leida.ok) return leida.salida;
  const { codificacion } = leida;

  const ruta = positionals[0]!;
  if (!existsSync(ruta) || !statSync(ruta).isFile()) return { codigo: 1, lineas: [`No existe el archivo ${ruta}.`] };
  const carpeta = carpetaDeContenido(o.contenido, entorno);
  const { programas } = leerCatalogo(carpeta);
  const existentes = { get: (r: string) => (existsSync(join(carpeta, r)) ? readFileSync(join(carpeta, r), 'utf8') : undefined) };

  const { resumen, archivos } = importarEvaluaciones(readFileSync(ruta), programas, existentes, {
    url: o.url,
    fecha: o.fecha,
    codificacion,
  });
  const escribir = !o['sin-escribir'] && !resumen.fatal && resumen.importados > 0;
  const lineas = lineasDeResumenEv(resumen, archivos, ruta, escribir);
  if (resumen.fatal || resumen.importados === 0) {
    if (!resumen.fatal) lineas.push('', 'Ningún renglón se pudo importar; no se escribió nada.');
    return { codigo: 1, lineas };
  }
  const incompleto = resumen.rechazados.length > 0 || resumen.sinLeer !== undefined;
  if (!escribir) return { codigo: incompleto ? 2 : 0, lineas };

  let escritos = 0;
  for (const a of archivos) {
    if (a.estado === 'igual') continue;
    const destino = join(carpeta, a.ruta);
    mkdirSync(dirname(destino), { recursive: true });
    // A temporary file first: an interrupted import never leaves half a file.
    const temporal = `${destino}.${process.pid}.tmp`;
    writeFileSync(temporal, a.texto);
    renameSync(temporal, destino);
    escritos++;
  }
  lineas.push(
    '',
    escritos === 0
      ? 'No cambió ningún archivo: esta publicación ya estaba importada.'
      : `Escritos ${escritos.toLocaleString('es-MX')} archivos en ${join(carpeta, 'evaluaciones')}/.`,
  );

  // The same checks as the build.
  let problemas: Problema[] = [];
  try {
    cargarContenido(carpeta);
  } catch (e) {
    if (!(e instanceof ErrorDeContenido)) throw e;
    problemas = e.problemas;
  }
  const mios = new Set(archivos.map((a) => relative(process.cwd(), resolve(join(carpeta, a.ruta)))));
  const propios = problemas.filter((p) => mios.has(p.archivo));
  if (propios.length > 0) {
    lineas.push('', `Lo importado NO pasa la validación (${propios.length}); la construcción se detendrá:`);
    propios.slice(0, 50).forEach((p) => lineas.push(`  ${formatearProblema(p)}`));
    if (propios.length > 50) lineas.push(`  … y ${propios.length - 50} más (npm run validar los lista todos).`);
  } else lineas.push('Lo importado pasa la validación.');
  const ajenos = problemas.length - propios.length;
  if (ajenos > 0)
    lineas.push(
      `Además hay ${ajenos} ${ajenos === 1 ? 'problema' : 'problemas'} en otros archivos del contenido; ejecute npm run validar para verlos.`,
    );
  return { codigo: propios.length > 0 || incompleto ? 2 : 0, lineas };
}
