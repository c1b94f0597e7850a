import type { Pesos } from './pesos.ts';

export interface Informe {
  n: number;
  fecha_corte: string;
  maquina: { nucleos: number; procesador: string; memoria_bytes: number; node: string };
  fases_ms: Record<string, number>;
  total_ms: number;
  paginas: number;
  paginas_por_segundo: number;
  memoria_pico_bytes: number;
  /** The peak of each step of npm run build (astro build, then the search index in its own process). */
  memoria_pico_por_paso_bytes: { astro: number; busqueda: number };
  salida: { bytes: number; archivos: number };
  indice_busqueda: { bytes: number; archivos: number; partes: number };
  pesos_gzip: Record<string, Pesos>;
  pagina_mas_pesada_gzip: { ruta: string; bytes: number };
  /** The bare peer (bench/par/) over the same files: plain Astro, then the Pagefind CLI. */
  /** Absent when run with --sin-par. */
  par:
    | {
        total_ms: number;
        fases_ms: { astro: number; pagefind: number };
        memoria_pico_bytes: number;
        memoria_pico_por_paso_bytes: { astro: number; pagefind: number };
        paginas: number;
      }
    | undefined;
  /** npm run build again after editing one convenio, over the previous output and caches. */
  /** Absent when run with --sin-reconstruccion. */
  reconstruccion: { total_ms: number; pasos_ms: { astro: number; busqueda: number }; memoria_pico_bytes: number } | undefined;
  /** Project ÷ peer: the figures the scale goals are set in; and the rebuild ÷ the full build. */
  razon: { tiempo: number | undefined; memoria: number | undefined; reconstruccion: number | undefined };
}

const NOMBRES_FASE: Record<string, string> = {
  arranque: 'Arranque y configuración',
  contenido: 'Lectura y validación del contenido',
  compilacion: 'Compilación (Vite)',
  paginas: 'Generación de páginas',
  busqueda: 'Índice de búsqueda (proceso aparte)',
};

const num = (n: number) => n.toLocaleString('es-MX');
const kb = (b: number) => `${(b / 1024).toLocaleString('es-MX', { maximumFractionDigits: 1 })} KB`;
const mb = (b: number) => `${(b / 1024 ** 2).toLocaleString('es-MX', { maximumFractionDigits: 0 })} MB`;
const s = (ms: number) => `${(ms / 1000).toLocaleString('es-MX', { maximumFractionDigits: 1 })} s`;

function comparacion(i: Informe): string {
  const { par, razon } = i;
  if (!par || razon.tiempo === undefined || razon.memoria === undefined) return 'No se construyó (`--sin-par`).';
  return `| medida | portal | par desnudo | razón |
| --- | --- | --- | --- |
| tiempo de construcción | ${s(i.total_ms)} | ${s(par.total_ms)} (Astro ${s(par.fases_ms.astro)} + Pagefind ${s(par.fases_ms.pagefind)}) | ${num(razon.tiempo)}× |
| memoria pico del árbol de procesos | ${mb(i.memoria_pico_bytes)} | ${mb(par.memoria_pico_bytes)} | ${num(razon.memoria)}× |
| memoria pico por paso | \`astro build\` ${mb(i.memoria_pico_por_paso_bytes.astro)}, índice ${mb(i.memoria_pico_por_paso_bytes.busqueda)} | Astro ${mb(par.memoria_pico_por_paso_bytes.astro)}, Pagefind ${mb(par.memoria_pico_por_paso_bytes.pagefind)} | |
| páginas | ${num(i.paginas)} | ${num(par.paginas)} | |`;
}

export function informeMarkdown(i: Informe): string {
  const fases = Object.entries(i.fases_ms).map(([f, ms]) => `| ${NOMBRES_FASE[f] ?? f} | ${s(ms)} |`);
  const pesos = Object.entries(i.pesos_gzip).map(([t, p]) => `| ${t} | ${kb(p.html)} | ${kb(p.css)} | ${kb(p.js)} | ${kb(p.jsDiferido)} |`);
  return `# Rendimiento con ${num(i.n)} convenios sintéticos

Máquina: ${i.maquina.nucleos} núcleos (${i.maquina.procesador}), ${mb(i.maquina.memoria_bytes)} de memoria, Node ${i.maquina.node}. Fecha de corte ${i.fecha_corte}.

| medida | valor |
| --- | --- |
| tiempo total de construcción | ${s(i.total_ms)} |
| páginas | ${num(i.paginas)} |
| páginas por segundo | ${num(i.paginas_por_segundo)} |
| memoria pico (todo el árbol de procesos) | ${mb(i.memoria_pico_bytes)} |
| tamaño de la salida | ${mb(i.salida.bytes)} en ${num(i.salida.archivos)} archivos |
| índice de búsqueda | ${mb(i.indice_busqueda.bytes)} en ${num(i.indice_busqueda.archivos)} archivos, ${i.indice_busqueda.partes === 1 ? 'una parte' : `${num(i.indice_busqueda.partes)} partes`} |
| página HTML más pesada (gzip) | ${i.pagina_mas_pesada_gzip.ruta ? `${kb(i.pagina_mas_pesada_gzip.bytes)}, ${i.pagina_mas_pesada_gzip.ruta}` : 'ninguna pasa de 50 KB sin comprimir'} |

## Frente al par desnudo (los mismos archivos con Astro y Pagefind sin nada más)

${comparacion(i)}

## Un convenio editado

| medida | valor |
| --- | --- |
${
  i.reconstruccion && i.razon.reconstruccion !== undefined
    ? `| volver a construir tras editar un convenio | ${s(i.reconstruccion.total_ms)} (${num(Math.round(i.razon.reconstruccion * 100))} % de la construcción completa) |
| de eso, \`astro build\` y el índice | ${s(i.reconstruccion.pasos_ms.astro)} y ${s(i.reconstruccion.pasos_ms.busqueda)} |
| memoria pico | ${mb(i.reconstruccion.memoria_pico_bytes)} |`
    : '| volver a construir tras editar un convenio | no se midió (`--sin-reconstruccion`) |'
}

## Tiempo por fase

| fase | tiempo |
| --- | --- |
${fases.join('\n')}

## Peso por tipo de página (gzip)

| página | HTML | CSS | JavaScript inicial | JavaScript diferido |
| --- | --- | --- | --- | --- |
${pesos.join('\n')}
`;
}
