/**
 * Benchmark of the full production build over N synthetic convenios (never the real content):
 *
 *   npm run bench -- --n 10000 [--semilla 1] [--informes informes]
 *
 * Prints a Markdown report and writes it, with its JSON, to informes/bench-N.{md,json}.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { memoriaDelArbol } from './bench/arbol.ts';
import { pesosDePagina, tamanoDeCarpeta, type Pesos } from './bench/pesos.ts';
import { informeMarkdown, type Informe } from './bench/informe.ts';

const { values } = parseArgs({ options: { n: { type: 'string' }, semilla: { type: 'string', default: '1' }, informes: { type: 'string', default: 'informes' } } });
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) {
  console.error('Uso: npm run bench -- --n 10000 [--semilla 1] [--informes informes]\n--n: se esperaba un número entero positivo de convenios.');
  process.exit(2);
}
const CORTE = '2026-11-21';
const contenido = resolve(`sinteticos/bench-n${n}`);
const salida = resolve(`sinteticos/bench-n${n}-dist`);
const node = process.execPath;

console.log(`Generando ${n.toLocaleString('es-MX')} convenios sintéticos en ${contenido}…`);
const gen = spawnSync(node, ['scripts/generar-sinteticos.ts', '--n', String(n), '--semilla', values.semilla!, '--corte', CORTE, '--salida', contenido], { stdio: 'inherit' });
if (gen.status !== 0) process.exit(gen.status ?? 1);
rmSync(salida, { recursive: true, force: true });
rmSync(`${salida}.cache`, { recursive: true, force: true });

// Phases are told apart by the lines Astro and the integrations print as they go.
const MARCAS: [RegExp, string][] = [
  [/Syncing content/, 'contenido'],
  [/Building static entrypoints/, 'compilacion'],
  [/generating static routes/, 'paginas'],
  [/Construyendo el índice de búsqueda/, 'busqueda'],
];
const fases: Record<string, number> = {};
let faseActual = 'arranque';
let inicioFase = performance.now();
const inicio = inicioFase;
let picoMemoria = 0;

console.log('Construyendo el sitio completo (páginas, índice de búsqueda y datos)…');
const hijo = spawn(node, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  env: { ...process.env, CONTENIDO_DIR: contenido, SALIDA_DIR: salida, FECHA_CORTE: CORTE, SOURCE_DATE_EPOCH: '1795392000' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const muestreo = setInterval(() => {
  picoMemoria = Math.max(picoMemoria, memoriaDelArbol(hijo.pid!));
}, 100);
let resto = '';
hijo.stdout.on('data', (trozo: Buffer) => {
  const lineas = (resto + trozo.toString('utf8')).split('\n');
  resto = lineas.pop() ?? '';
  for (const linea of lineas) {
    for (const [marca, fase] of MARCAS) {
      if (marca.test(linea) && fase !== faseActual && !(fase in fases)) {
        fases[faseActual] = (fases[faseActual] ?? 0) + performance.now() - inicioFase;
        faseActual = fase;
        inicioFase = performance.now();
      }
    }
  }
});
const estado: number = await new Promise((listo) => hijo.on('close', (c) => listo(c ?? 1)));
clearInterval(muestreo);
fases[faseActual] = (fases[faseActual] ?? 0) + performance.now() - inicioFase;
const total = performance.now() - inicio;
if (estado !== 0) {
  console.error(`La construcción falló (código ${estado}).`);
  process.exit(estado);
}

const paginas = (carpeta: string): number =>
  readdirSync(carpeta, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
const primera = (carpeta: string) => readdirSync(join(salida, carpeta), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()[0];
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
  fases_ms: Object.fromEntries(Object.entries(fases).map(([k, v]) => [k, Math.round(v)])),
  total_ms: Math.round(total),
  paginas: numeroPaginas,
  paginas_por_segundo: Math.round(numeroPaginas / (total / 1000)),
  memoria_pico_bytes: picoMemoria,
  salida: tamanoDeCarpeta(salida),
  indice_busqueda: tamanoDeCarpeta(join(salida, 'pagefind')),
  pesos_gzip: pesos,
};
mkdirSync(values.informes!, { recursive: true });
const md = informeMarkdown(informe);
writeFileSync(join(values.informes!, `bench-${n}.json`), `${JSON.stringify(informe, null, 2)}\n`);
writeFileSync(join(values.informes!, `bench-${n}.md`), md);
console.log(`\n${md}`);
console.log(`Informe escrito en ${join(values.informes!, `bench-${n}.md`)} y .json`);
