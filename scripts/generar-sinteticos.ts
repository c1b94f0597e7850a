/**
 * Writes synthetic convenios (for tests and benchmarks, never real content) into a folder.
 *
 *   node scripts/generar-sinteticos.ts --n 1000 [--salida sinteticos/n1000] [--semilla 1] [--corte 2026-11-21]
 */
import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { CORTE_PREDETERMINADO, generarSinteticos, SEMILLA_PREDETERMINADA } from './sinteticos/generador.ts';

const COLECCIONES = ['convenios', 'entes', 'gobiernos', 'programas'] as const;
const RAIZ = resolve(import.meta.dirname, '..');

const USO = `Uso: node scripts/generar-sinteticos.ts --n 1000 [--salida sinteticos/n1000] [--semilla ${SEMILLA_PREDETERMINADA}] [--corte ${CORTE_PREDETERMINADO}]

  --n        número de convenios sintéticos (obligatorio)
  --salida   carpeta de destino (predeterminada: sinteticos/n{N}); nunca content/
  --semilla  semilla del generador pseudoaleatorio, número entero (predeterminada: ${SEMILLA_PREDETERMINADA})
  --corte    fecha de corte AAAA-MM-DD: ningún reporte se fecha después (predeterminada: ${CORTE_PREDETERMINADO})`;

function fallar(mensaje: string): never {
  console.error(`${mensaje}\n\n${USO}`);
  process.exit(2);
}

function entero(nombre: string, texto: string | undefined, predeterminado?: number): number {
  if (texto === undefined) {
    if (predeterminado === undefined) fallar(`Falta --${nombre}.`);
    return predeterminado;
  }
  if (!/^-?\d+$/.test(texto.trim())) fallar(`--${nombre}: «${texto}» no es un número entero.`);
  return Number(texto);
}

/** Real path of a folder that may not exist yet: resolve the nearest existing ancestor. */
function rutaReal(ruta: string): string {
  let actual = resolve(ruta);
  const resto: string[] = [];
  while (!existsSync(actual)) {
    const padre = dirname(actual);
    if (padre === actual) break;
    resto.unshift(basename(actual));
    actual = padre;
  }
  return join(existsSync(actual) ? realpathSync(actual) : actual, ...resto);
}

function dentroDe(ruta: string, carpeta: string): boolean {
  return ruta === carpeta || ruta.startsWith(carpeta.endsWith(sep) ? carpeta : carpeta + sep);
}

let args: ReturnType<typeof leerArgumentos>;
function leerArgumentos() {
  return parseArgs({
    options: {
      n: { type: 'string' },
      salida: { type: 'string' },
      semilla: { type: 'string' },
      corte: { type: 'string' },
      ayuda: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}
try {
  args = leerArgumentos();
} catch (e) {
  const { code, message } = e as { code?: string; message: string };
  const opcion = /'([^']+)'/.exec(message)?.[1] ?? '';
  fallar(
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? `Opción desconocida: ${opcion}.`
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? `Falta el valor de ${opcion.replace(/ <value>$/, '')}.`
        : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? `Argumento inesperado: ${opcion} (cada valor va después de su opción, p. ej. --n 1000).`
          : `Argumentos no válidos: ${message}`,
  );
}
if (args.ayuda) {
  console.log(USO);
  process.exit(0);
}

const n = entero('n', args.n);
if (n < 1) fallar(`--n: «${n}» no es válido (se esperaba 1 o más convenios).`);
const semilla = entero('semilla', args.semilla, SEMILLA_PREDETERMINADA);
const corte = args.corte ?? CORTE_PREDETERMINADO;
const salida = args.salida ?? join('sinteticos', `n${n}`);

// Synthetic data must never reach the real content.
const destino = rutaReal(salida);
for (const contenido of new Set([resolve(RAIZ, 'content'), rutaReal(join(RAIZ, 'content'))])) {
  if (dentroDe(destino, contenido)) {
    console.error(
      `No escribo datos sintéticos en ${salida}: está dentro de la carpeta content/ del repositorio, que guarda el contenido real. Elija otra carpeta con --salida (por ejemplo, sinteticos/n${n}).`,
    );
    process.exit(2);
  }
}

let archivos: Map<string, string>;
try {
  ({ archivos } = generarSinteticos({ n, semilla, corte }));
} catch (e) {
  fallar((e as Error).message);
}

for (const c of COLECCIONES) {
  rmSync(join(destino, c), { recursive: true, force: true });
  mkdirSync(join(destino, c), { recursive: true });
}
const cuenta: Record<string, number> = { convenios: 0, entes: 0, gobiernos: 0, programas: 0 };
for (const [ruta, texto] of archivos) {
  writeFileSync(join(destino, ruta), texto);
  const coleccion = ruta.slice(0, ruta.indexOf('/'));
  cuenta[coleccion] = (cuenta[coleccion] ?? 0) + 1;
}

const mostrada = isAbsolute(salida) ? salida : relative(process.cwd(), resolve(salida)) || '.';
console.log(
  `Escribí ${cuenta.convenios} convenios, ${cuenta.entes} entes, ${cuenta.gobiernos} gobiernos y ${cuenta.programas} programas en ${mostrada} (semilla ${semilla}, corte ${corte}; datos sintéticos, no reales).`,
);
