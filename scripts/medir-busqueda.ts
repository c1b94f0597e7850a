/**
 * Measures the search of a built site: the size of its Pagefind index and what a first search downloads in Chromium.
 *
 *   node scripts/medir-busqueda.ts [--sitio dist] [consulta …]
 *
 * Each query runs in a fresh browser (empty cache) on /buscar/?q=…; an empty query is browsing by filters alone.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { abrirNavegador, servirSitio } from './navegador.ts';

const { values, positionals } = parseArgs({ options: { sitio: { type: 'string' } }, allowPositionals: true });
const sitio = values.sitio ?? process.env.SALIDA_DIR ?? 'dist';
const consultas = positionals.length > 0 ? positionals : ['', 'agua', 'prorroga', '01020401', '"sujeto evaluado"'];
const entero = new Intl.NumberFormat('es-MX');

// What Pagefind wrote, by kind of file.
const CLASES: [string, RegExp][] = [
  ['pagefind.js', /\/pagefind\.js$/],
  ['worker', /\/pagefind-worker\.js$/],
  ['wasm', /\/wasm\.[\w-]+\.pagefind$/],
  ['entrada', /\/pagefind-entry\.json/],
  ['metadatos', /\.pf_meta/],
  ['filtros', /\.pf_filter$/],
  ['índice', /\.pf_index$/],
  ['fragmentos', /\.pf_fragment$/],
];
const clase = (url: string) => CLASES.find(([, re]) => re.test(url))?.[0] ?? (url.includes('/pagefind/') ? 'otros de pagefind' : 'página');

function recorrer(carpeta: string): string[] {
  return readdirSync(carpeta, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? recorrer(join(carpeta, e.name)) : [join(carpeta, e.name)],
  );
}

const archivos = recorrer(join(sitio, 'pagefind'));
const porClase = new Map<string, { archivos: number; bytes: number }>();
for (const a of archivos) {
  const c = clase(`/${relative(sitio, a)}`);
  const t = porClase.get(c) ?? { archivos: 0, bytes: 0 };
  t.archivos++;
  t.bytes += statSync(a).size;
  porClase.set(c, t);
}
const total = [...porClase.values()].reduce((s, t) => ({ archivos: s.archivos + t.archivos, bytes: s.bytes + t.bytes }), {
  archivos: 0,
  bytes: 0,
});
console.log(`Índice en ${join(sitio, 'pagefind')}: ${entero.format(total.archivos)} archivos, ${entero.format(total.bytes)} bytes`);
for (const [c, t] of [...porClase].sort(([a], [b]) => a.localeCompare(b, 'es'))) {
  console.log(`  ${c.padEnd(18)} ${entero.format(t.archivos).padStart(7)} archivos ${entero.format(t.bytes).padStart(13)} bytes`);
}

const servidor = await servirSitio(sitio);
const navegador = await abrirNavegador();
console.log('\nPrimera búsqueda, con la caché vacía (bytes transferidos; el servidor de prueba no comprime):');
for (const q of consultas) {
  const contexto = await navegador.newContext();
  const bytes = new Map<string, { n: number; bytes: number }>();
  contexto.on('requestfinished', async (r) => {
    const { responseBodySize, responseHeadersSize } = await r.sizes();
    // Chromium reports no body size for a worker's own script: the Content-Length header has it.
    const declarado = Number((await r.response())?.headers()['content-length'] ?? 0);
    const c = clase(new URL(r.url()).pathname);
    const t = bytes.get(c) ?? { n: 0, bytes: 0 };
    t.n++;
    t.bytes += Math.max(responseBodySize, declarado) + responseHeadersSize;
    bytes.set(c, t);
  });
  const pagina = await contexto.newPage();
  const inicio = performance.now();
  await pagina.goto(`${servidor.url}/buscar/${q ? `?${new URLSearchParams({ q })}` : ''}`);
  await pagina.waitForFunction(() => document.getElementById('conteo')?.textContent !== '', null, { timeout: 120_000 });
  const resultados = Math.round(performance.now() - inicio);
  await pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 120_000 });
  const completa = Math.round(performance.now() - inicio);
  await pagina.waitForLoadState('networkidle');
  const conteo = await pagina.locator('#conteo').textContent();
  const deIndice = [...bytes].filter(([c]) => c !== 'página');
  const suma = deIndice.reduce((s, [, t]) => s + t.bytes, 0);
  console.log(`\n«${q}» (${resultados} ms hasta ver resultados, ${completa} ms hasta los conteos de las facetas): ${conteo}`);
  console.log(
    `  búsqueda: ${entero.format(suma)} bytes en ${deIndice.reduce((s, [, t]) => s + t.n, 0)} peticiones; página /buscar/: ${entero.format(bytes.get('página')?.bytes ?? 0)} bytes`,
  );
  for (const [c, t] of deIndice.sort(([a], [b]) => a.localeCompare(b, 'es')))
    console.log(`    ${c.padEnd(18)} ${String(t.n).padStart(4)} × ${entero.format(t.bytes).padStart(11)} bytes`);
  await contexto.close();
}
await navegador.close();
await servidor.cerrar();
