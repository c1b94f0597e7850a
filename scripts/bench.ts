/**
 * Benchmark of the full production build over N synthetic convenios (never the real content), beside the bare
 * peer of bench/par/ built from the same files in the same run; the ratios between the two are the figures to quote:
 *
 *   npm run medir -- --n 10000 [--semilla 1] [--informes informes] [--sin-reconstruccion] [--sin-par]
 *
 * --sin-reconstruccion skips the rebuild after editing one convenio (the goal for it is at 10,000; at 30,000 it adds
 * about twenty minutes). --sin-par skips the bare peer, for sizes it cannot build: at 100,000 its Pagefind CLI, one
 * index in memory, would need ≈ 33 GB.
 *
 * Prints a Markdown report and writes it, with its JSON, to informes/bench-N.{md,json}.
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { correr } from './bench/correr.ts';
import { paginaMasPesada, pesosDePagina, tamanoDeCarpeta, type Pesos } from './bench/pesos.ts';
import { informeMarkdown, type Informe } from './bench/informe.ts';
import { ARCHIVO_DEL_INDICE, type DescripcionDelIndice } from '../src/lib/partes-del-indice.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    semilla: { type: 'string', default: '1' },
    informes: { type: 'string', default: 'informes' },
    'sin-reconstruccion': { type: 'boolean', default: false },
    'sin-par': { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) {
  console.error(
    'Uso: npm run medir -- --n 10000 [--semilla 1] [--informes informes] [--sin-reconstruccion] [--sin-par]\n--n: se esperaba un número entero positivo de convenios.',
  );
  process.exit(2);
}
const CORTE = '2026-11-21';
const contenido = resolve(`sinteticos/bench-n${n}`);
const salida = resolve(`sinteticos/bench-n${n}-dist`);
const salidaPar = resolve(`sinteticos/bench-n${n}-par`);
const redondear = (x: number) => Math.round(x * 100) / 100;
const node = process.execPath;

console.log(`Generando ${n.toLocaleString('es-MX')} convenios sintéticos en ${contenido}…`);
const gen = spawnSync(
  node,
  ['scripts/generar-sinteticos.ts', '--n', String(n), '--semilla', values.semilla!, '--corte', CORTE, '--salida', contenido],
  { stdio: 'inherit' },
);
if (gen.status !== 0) process.exit(gen.status ?? 1);
rmSync(salida, { recursive: true, force: true });
rmSync(`${salida}.cache`, { recursive: true, force: true });

// Phases are told apart by the lines Astro and the integrations print as they go.
const MARCAS: [RegExp, string][] = [
  [/Syncing content/, 'contenido'],
  [/Building static entrypoints/, 'compilacion'],
  [/generating static routes/, 'paginas'],
];
const binarios = resolve('node_modules/.bin');
// Astro's and Pagefind's launchers run on the project's own Node (the `node` package), as npm scripts do.
const entorno = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH: `${binarios}:${process.env.PATH ?? ''}`,
  ...extra,
});

/**
 * Waits until what was written before is on disk, untimed. The two builds run one after the other on one disk: the
 * second paid for writing out the first one's output (≈ 1.3 GB at 10,000), and by hand the peer's Astro took 76 s
 * right after the project and 49 s later on the same files (docs/escala.md). Each build still pays for its own.
 */
function vaciarEscrituras(): void {
  spawnSync('sync', { stdio: 'inherit' });
}

const envProyecto = entorno({ CONTENIDO_DIR: contenido, SALIDA_DIR: salida, FECHA_CORTE: CORTE, SOURCE_DATE_EPOCH: '1795392000' });
/** npm run build: the two steps in sequence, so their times add up and the peak is the larger of the two. */
async function construirProyecto() {
  vaciarEscrituras();
  const astro = await correr(node, [resolve('scripts/construir.ts')], { env: envProyecto, marcas: MARCAS });
  const indice = astro.estado === 0 ? await correr(node, [resolve('scripts/indexar-busqueda.ts')], { env: envProyecto }) : astro;
  if (indice.estado !== 0) {
    console.error(`La construcción falló (código ${indice.estado}).`);
    process.exit(indice.estado);
  }
  return {
    ms: astro.ms + indice.ms,
    picoBytes: Math.max(astro.picoBytes, indice.picoBytes),
    picoPorPaso: { astro: astro.picoBytes, busqueda: indice.picoBytes },
    pasosMs: { astro: Math.round(astro.ms), busqueda: Math.round(indice.ms) },
    fases: { ...astro.fases, busqueda: indice.ms },
  };
}

console.log('Construyendo el sitio completo (páginas, datos y luego el índice de búsqueda, como npm run build)…');
const proyecto = await construirProyecto();

// The bare peer (bench/par/): the same files through plain Astro, then the Pagefind CLI, in this same run.
async function construirPar() {
  console.log('Construyendo el par desnudo (Astro + Pagefind, bench/par/) con los mismos archivos…');
  rmSync(salidaPar, { recursive: true, force: true });
  rmSync(`${salidaPar}.cache`, { recursive: true, force: true });
  vaciarEscrituras();
  const astro = await correr(node, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: resolve('bench/par'),
    env: entorno({ CONTENIDO_DIR: contenido, SALIDA_DIR: salidaPar }),
  });
  const pagefind = astro.estado === 0 ? await correr(join(binarios, 'pagefind'), ['--site', salidaPar], { env: entorno({}) }) : astro;
  if (pagefind.estado !== 0) {
    console.error(`La construcción del par desnudo falló (código ${pagefind.estado}).`);
    process.exit(pagefind.estado);
  }
  return { astro, pagefind, ms: astro.ms + pagefind.ms, picoBytes: Math.max(astro.picoBytes, pagefind.picoBytes) };
}
const par = values['sin-par'] ? undefined : await construirPar();

// One convenio edited, then npm run build again over the previous output and caches (issue 15, goal 5).
async function reconstruirTrasEditar() {
  const editado = join(contenido, 'convenios', readdirSync(join(contenido, 'convenios')).sort()[0]!);
  writeFileSync(editado, readFileSync(editado, 'utf8').replace(/^titulo: (.*)$/m, 'titulo: $1 (editado)'));
  console.log(`Construyendo otra vez tras editar un convenio (${editado})…`);
  return construirProyecto();
}
const reconstruccion = values['sin-reconstruccion'] ? undefined : await reconstruirTrasEditar();

const paginas = (carpeta: string): number =>
  readdirSync(carpeta, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
const primera = (carpeta: string) =>
  readdirSync(join(salida, carpeta), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()[0];
const base = '/';
const tipos: Record<string, string | undefined> = {
  inicio: '/',
  convenio: `/convenios/${primera('convenios')}/`,
  ente: `/entes/${primera('entes')}/`,
  programa: `/programas/${primera('programas')}/`,
  ejercicio: `/ejercicios/${primera('ejercicios')}/`,
  buscar: tamanoDeCarpeta(join(salida, 'buscar')).archivos > 0 ? '/buscar/' : undefined,
};
const pesos: Record<string, Pesos> = {};
for (const [tipo, ruta] of Object.entries(tipos)) if (ruta) pesos[tipo] = pesosDePagina(salida, base, ruta);

const numeroPaginas = paginas(salida);
const informe: Informe = {
  n,
  fecha_corte: CORTE,
  maquina: { nucleos: cpus().length, procesador: cpus()[0]?.model ?? 'desconocido', memoria_bytes: totalmem(), node: process.version },
  fases_ms: Object.fromEntries(Object.entries(proyecto.fases).map(([k, v]) => [k, Math.round(v)])),
  total_ms: Math.round(proyecto.ms),
  paginas: numeroPaginas,
  paginas_por_segundo: Math.round(numeroPaginas / (proyecto.ms / 1000)),
  memoria_pico_bytes: proyecto.picoBytes,
  memoria_pico_por_paso_bytes: proyecto.picoPorPaso,
  salida: tamanoDeCarpeta(salida),
  indice_busqueda: {
    ...tamanoDeCarpeta(join(salida, 'pagefind')),
    partes: (JSON.parse(readFileSync(join(salida, 'pagefind', ARCHIVO_DEL_INDICE), 'utf8')) as DescripcionDelIndice).partes,
  },
  pesos_gzip: pesos,
  pagina_mas_pesada_gzip: paginaMasPesada(salida),
  par: par && {
    total_ms: Math.round(par.ms),
    fases_ms: { astro: Math.round(par.astro.ms), pagefind: Math.round(par.pagefind.ms) },
    memoria_pico_bytes: par.picoBytes,
    memoria_pico_por_paso_bytes: { astro: par.astro.picoBytes, pagefind: par.pagefind.picoBytes },
    paginas: paginas(salidaPar),
  },
  reconstruccion: reconstruccion && {
    total_ms: Math.round(reconstruccion.ms),
    pasos_ms: reconstruccion.pasosMs,
    memoria_pico_bytes: reconstruccion.picoBytes,
  },
  razon: {
    reconstruccion: reconstruccion && redondear(reconstruccion.ms / proyecto.ms),
    tiempo: par && redondear(proyecto.ms / par.ms),
    memoria: par && redondear(proyecto.picoBytes / par.picoBytes),
  },
};
mkdirSync(values.informes!, { recursive: true });
const md = informeMarkdown(informe);
writeFileSync(join(values.informes!, `bench-${n}.json`), `${JSON.stringify(informe, null, 2)}\n`);
writeFileSync(join(values.informes!, `bench-${n}.md`), md);
console.log(`\n${md}`);
console.log(`Informe escrito en ${join(values.informes!, `bench-${n}.md`)} y .json`);
