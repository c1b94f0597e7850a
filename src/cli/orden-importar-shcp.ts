import { carpetaDeContenido } from '../configuracion.ts';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { leerArgumentos } from './ejecutar-orden.ts';
import { leerCodificacion, revisarUrl } from './opciones-comunes.ts';
import { cargarContenido } from '../contenido/cargar-fs.ts';
import { leerCatalogo } from '../contenido/catalogo-fs.ts';
import { ErrorDeContenido, formatearProblema, type Problema } from '../contenido/errores.ts';
import { importarShcp } from '../lib/importador-shcp/index.ts';
import { lineasDeResumen } from '../lib/importador-shcp/resumen.ts';
import type { SeguimientoFederal } from '../schemas/seguimiento-federal.ts';

export const AYUDA_SHCP = `Uso: npm run importar:shcp -- <archivo.csv> [opciones]

Importa el conjunto de datos abiertos de seguimiento de Aspectos Susceptibles de Mejora (ASM) de la SHCP
(Transparencia Presupuestaria): un documento de seguimiento federal por ente, programa, tipo de evaluación
y año, con los entes, programas y el gobierno federal que falten. Cada ID_ASM es un compromiso; importar
una publicación más reciente agrega su reporte al historial sin duplicar nada.

Opciones:
  --contenido <carpeta>      carpeta de contenido (por omisión CONTENIDO_DIR o content)
  --url <dirección>          dirección pública del conjunto de datos (se anota como fuente)
  --codificacion <nombre>    utf-8 o windows-1252, si la detección automática se equivoca
  --sin-escribir             sólo mostrar el resumen, sin escribir archivos

Salida: 0 todos los renglones importados; 2 se escribió lo importable pero algún renglón no se pudo
importar (la lista dice cuál y por qué) o el resultado no pasa la validación; 1 no se importó nada.`;

export interface SalidaShcp {
  codigo: number;
  lineas: string[];
}

const CARPETAS = ['convenios', 'entes', 'gobiernos', 'programas'] as const;

/** The importer command. Never throws for bad input: every failure is a Spanish message and an exit code. */
export function importarShcpCli(argv: string[], entorno: Record<string, string | undefined> = process.env): SalidaShcp {
  const args = leerArgumentos(
    argv,
    {
      contenido: { type: 'string' },
      url: { type: 'string' },
      codificacion: { type: 'string' },
      'sin-escribir': { type: 'boolean', default: false },
    },
    AYUDA_SHCP,
  );
  if (!args.ok) return args.salida;
  const { valores: o, posicionales: positionals } = args;
  if (positionals.length !== 1)
    return {
      codigo: 1,
      lineas: [positionals.length === 0 ? 'Falta el archivo CSV de la SHCP.' : 'Indique un solo archivo.', '', AYUDA_SHCP],
    };
  const urlMala = revisarUrl(o.url);
  if (urlMala) return urlMala;
  const leida = leerCodificacion(o.codificacion);
  if (!leida.ok) return leida.salida;
  const { codificacion } = leida;

  const ruta = positionals[0]!;
  if (!existsSync(ruta) || !statSync(ruta).isFile()) return { codigo: 1, lineas: [`No existe el archivo ${ruta}.`] };
  const carpeta = carpetaDeContenido(o.contenido, entorno);

  // The current content: every valid file, and every document id (a new one must not take an existing name).
  const catalogo = leerCatalogo(carpeta);
  const dirConvenios = join(carpeta, 'convenios');
  const nombres = existsSync(dirConvenios)
    ? readdirSync(dirConvenios)
        .filter((n) => n.endsWith('.md'))
        .map((n) => n.slice(0, -3))
    : [];
  const leidos = new Set(catalogo.convenios.map((c) => c.id));
  const federalesRotos = nombres.filter(
    (id) => !leidos.has(id) && /^tipo:\s*seguimiento_federal\s*$/m.test(readFileSync(join(dirConvenios, `${id}.md`), 'utf8')),
  );
  if (federalesRotos.length > 0) {
    return {
      codigo: 1,
      lineas: [
        `No se importó nada: ${federalesRotos.map((id) => join(dirConvenios, `${id}.md`)).join(', ')} no pasa la validación y la importación lo reescribiría. Corríjalo primero (npm run validar dice qué tiene).`,
      ],
    };
  }
  const federales = catalogo.convenios.filter((c): c is typeof c & { datos: SeguimientoFederal } => c.datos.tipo === 'seguimiento_federal');
  const existentes = { get: (r: string) => (existsSync(join(carpeta, r)) ? readFileSync(join(carpeta, r), 'utf8') : undefined) };

  const { resumen, archivos } = importarShcp(
    readFileSync(ruta),
    { gobiernos: catalogo.gobiernos, entes: catalogo.entes, programas: catalogo.programas, idsDeDocumentos: nombres, federales },
    existentes,
    { url: o.url, codificacion },
  );
  const escribir = !o['sin-escribir'] && !resumen.fatal && resumen.importados > 0;
  const lineas = lineasDeResumen(resumen, archivos, ruta, escribir);
  if (resumen.fatal || resumen.importados === 0) {
    if (!resumen.fatal) lineas.push('', 'Ningún renglón se pudo importar; no se escribió nada.');
    return { codigo: 1, lineas };
  }
  if (!escribir) return { codigo: resumen.rechazados.length > 0 || resumen.sinLeer ? 2 : 0, lineas };

  const escritos: string[] = [];
  for (const a of archivos) {
    if (a.estado === 'igual') continue;
    const destino = join(carpeta, a.ruta);
    mkdirSync(dirname(destino), { recursive: true });
    // A temporary file first: an interrupted import never leaves half a document.
    const temporal = `${destino}.${process.pid}.tmp`;
    writeFileSync(temporal, a.texto);
    renameSync(temporal, destino);
    escritos.push(destino);
  }
  lineas.push(
    '',
    escritos.length === 0
      ? 'No cambió ningún archivo: esta publicación ya estaba importada.'
      : `Escritos ${escritos.length} archivos en ${carpeta}/ (${CARPETAS.filter((c) => archivos.some((a) => a.estado !== 'igual' && a.ruta.startsWith(`${c}/`))).join(', ')}).`,
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
    propios.forEach((p) => lineas.push(`  ${formatearProblema(p)}`));
  } else lineas.push('Lo importado pasa la validación.');
  const ajenos = problemas.length - propios.length;
  if (ajenos > 0)
    lineas.push(
      `Además hay ${ajenos} ${ajenos === 1 ? 'problema' : 'problemas'} en otros archivos del contenido; ejecute npm run validar para verlos.`,
    );
  return { codigo: propios.length > 0 || resumen.rechazados.length > 0 || resumen.sinLeer ? 2 : 0, lineas };
}
