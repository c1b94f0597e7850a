/**
 * Measures the search of a built site: the size of its Pagefind index and what a first search downloads in Chromium.
 *
 *   node scripts/medir-busqueda.ts [--sitio dist] [--sin-comprimir] [--limite 300000]
 *                                  [--contenido carpeta --convenio id …] [consulta …]
 *
 * Each query runs in a fresh browser (empty cache) on /buscar/?q=…; an empty query is browsing by filters alone.
 * The server gzips HTML, CSS, JS and JSON as docs/escala.md asks of a host (--sin-comprimir: everything as on disk).
 * With --convenio (a convenio of --contenido, by default CONTENIDO_DIR or content/), it also runs the searches a
 * journalist would type to find it (src/lib/consultas-periodista.ts) and says whether it comes first.
 * --limite: a first search that downloads more bytes than this, or a convenio that is not first, ends with code 1.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { abrirNavegador, servirSitio } from './navegador.ts';
import { cargarContenido } from '../src/contenido/cargar-fs.ts';
import { plegar } from '../src/lib/busqueda.ts';
import { consultasDePeriodista } from '../src/lib/consultas-periodista.ts';

const { values, positionals } = parseArgs({
  options: {
    sitio: { type: 'string' },
    'sin-comprimir': { type: 'boolean', default: false },
    limite: { type: 'string' },
    contenido: { type: 'string' },
    convenio: { type: 'string', multiple: true, default: [] },
  },
  allowPositionals: true,
});
const sitio = values.sitio ?? process.env.SALIDA_DIR ?? 'dist';
const comprimir = !values['sin-comprimir'];
const limite = values.limite === undefined ? undefined : Number(values.limite);
if (limite !== undefined && !(limite > 0)) {
  console.error(`--limite: se esperaba un número de bytes, no «${values.limite}»`);
  process.exit(2);
}
const entero = new Intl.NumberFormat('es-MX');

/** Each search to run, and the page that must come first, if any. */
interface Prueba {
  consulta: string;
  que?: string;
  primero?: string;
}
const pruebas: Prueba[] = (
  positionals.length > 0 || values.convenio.length > 0 ? positionals : ['', 'agua', 'prorroga', '01020401', '"sujeto evaluado"']
).map((consulta) => ({ consulta }));
if (values.convenio.length > 0) {
  const contenido = cargarContenido(values.contenido ?? process.env.CONTENIDO_DIR ?? 'content');
  // In how many documents each word is (text and commitments), to find the ones only a convenio has.
  const palabrasDe = (c: (typeof contenido.convenios)[number]) =>
    new Set(
      plegar(
        [c.cuerpo, ...c.datos.compromisos.flatMap((k: { aspecto?: string; accion?: string }) => [k.aspecto, k.accion])].join(' '),
      ).match(/[\p{L}\p{N}]+/gu) ?? [],
    );
  const documentos = new Map<string, number>();
  for (const c of contenido.convenios) for (const w of palabrasDe(c)) documentos.set(w, (documentos.get(w) ?? 0) + 1);
  for (const id of values.convenio) {
    const c = contenido.convenios.find((x) => x.id === id);
    if (!c || c.datos.tipo === 'seguimiento_federal') {
      console.error(`--convenio: no hay un convenio firmado «${id}» en el contenido`);
      process.exit(2);
    }
    const enteId = c.datos.partes.find((p) => p.rol === 'sujeto_evaluado')?.ente;
    const ente = contenido.entes.find((e) => e.id === enteId)?.datos;
    const programa = contenido.programas.find((p) => p.id === c.datos.programa)?.datos;
    const gobierno = contenido.gobiernos.find((g) => g.id === c.datos.gobierno)?.datos;
    if (!ente || !programa || !gobierno) throw new Error(`${id}: faltan su ente evaluado, su programa o su gobierno`);
    const distintivas = new Set([...palabrasDe(c)].filter((w) => w.length >= 6 && documentos.get(w) === 1));
    for (const p of consultasDePeriodista({ datos: c.datos, ente, programa, gobierno, distintivas }))
      pruebas.push({ ...p, primero: `/convenios/${id}/` });
  }
}

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

const servidor = await servirSitio(sitio, { comprimir });
const navegador = await abrirNavegador();
console.log(
  `\nPrimera búsqueda, con la caché vacía (bytes transferidos, con cabeceras; ${
    comprimir ? 'el servidor comprime HTML, CSS, JS y JSON con gzip, como pide docs/escala.md' : 'el servidor no comprime nada'
  }):`,
);
const fallas: string[] = [];
for (const { consulta: q, que, primero } of pruebas) {
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
  await pagina.waitForSelector('#buscador[data-estado="listo"]', { timeout: 120_000 });
  const resultados = Math.round(performance.now() - inicio);
  await pagina.waitForLoadState('networkidle');
  const conteo = await pagina.locator('#conteo').textContent();
  const enlaces = await pagina
    .locator('#resultados > li h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const deIndice = [...bytes].filter(([c]) => c !== 'página');
  const suma = deIndice.reduce((s, [, t]) => s + t.bytes, 0);
  console.log(`\n«${q}»${que ? ` (${que})` : ''}, ${resultados} ms hasta ver resultados: ${conteo}`);
  if (primero) {
    const lugar = enlaces.indexOf(primero);
    console.log(`  ${primero}: ${lugar === 0 ? 'primero' : lugar > 0 ? `lugar ${lugar + 1}` : 'no está entre los que se muestran'}`);
    if (lugar !== 0) fallas.push(`«${q}»: ${primero} no sale primero`);
  }
  console.log(
    `  búsqueda: ${entero.format(suma)} bytes en ${deIndice.reduce((s, [, t]) => s + t.n, 0)} peticiones; página /buscar/: ${entero.format(bytes.get('página')?.bytes ?? 0)} bytes`,
  );
  for (const [c, t] of deIndice.sort(([a], [b]) => a.localeCompare(b, 'es')))
    console.log(`    ${c.padEnd(18)} ${String(t.n).padStart(4)} × ${entero.format(t.bytes).padStart(11)} bytes`);
  if (limite !== undefined && suma > limite) fallas.push(`«${q}»: ${entero.format(suma)} bytes, más que ${entero.format(limite)}`);
  await contexto.close();
}
await navegador.close();
await servidor.cerrar();
if (fallas.length > 0) {
  console.log(`\nNo cumple:\n  ${fallas.join('\n  ')}`);
  process.exit(1);
}
