// npm run importar:comparar: imports each seed as text, Word with a table, PDF with a table and scanned PDF,
// and reports field-level agreement with its curated file (and how long each import took).
import { basename } from 'node:path';
import { leerCatalogo } from '../src/contenido/catalogo-fs.ts';
import { compararImportacion, FORMATOS, SEMILLAS } from '../src/importador/comparar-fs.ts';
import { resumenPorGrupo } from '../src/lib/importador/comparar.ts';

const catalogo = leerCatalogo('content');
const detalle = process.argv.includes('--detalle');
// --formato pdf (or texto, docx, escaneo): only that format, for a quicker look.
const opcion = (nombre: string) => (process.argv.includes(nombre) ? process.argv[process.argv.indexOf(nombre) + 1] : undefined);
const soloFormato = opcion('--formato');
// --carpeta tmp/otra: the copies made by «node scripts/generar-fixtures-importador.ts --salida tmp/otra» (another
// typeface, column widths or scan resolution) instead of the committed ones.
const carpeta = opcion('--carpeta');
const tabla: string[] = [];
let inventados = 0;
const porFormato = new Map<string, { coinciden: number; total: number }>();
for (const semilla of SEMILLAS) {
  console.log(`\n${semilla.curado}`);
  for (const f of FORMATOS.filter((x) => !soloFormato || x.formato === soloFormato)) {
    const documento = f.ruta(semilla.texto, carpeta);
    const t0 = performance.now();
    let c;
    try {
      ({ comparacion: c } = await compararImportacion(documento, semilla, catalogo));
    } catch (e) {
      console.log(`  ${f.nombre.padEnd(16)} no se pudo importar: ${e instanceof Error ? e.message : String(e)}`);
      tabla.push(`| ${basename(semilla.curado, '.md')} | ${f.nombre} | — | — | — |`);
      continue;
    }
    const segundos = (performance.now() - t0) / 1000;
    const pct = (100 * c.coinciden) / c.total;
    inventados += c.discrepancias.length;
    const g = porFormato.get(f.nombre) ?? { coinciden: 0, total: 0 };
    porFormato.set(f.nombre, { coinciden: g.coinciden + c.coinciden, total: g.total + c.total });
    console.log(
      `  ${f.nombre.padEnd(16)} ${c.coinciden}/${c.total} campos coinciden (${pct.toFixed(1)} %), ${c.discrepancias.length} distintos (inventados), ${segundos.toFixed(1)} s`,
    );
    for (const x of c.campos.filter((x) => !x.coincide)) {
      console.log(
        `      ${x.obtenido === undefined ? 'sin valor' : 'DISTINTO '} ${x.campo}${detalle && x.obtenido !== undefined ? `: «${String(x.obtenido).slice(0, 100)}» en vez de «${String(x.esperado).slice(0, 100)}»` : ''}`,
      );
    }
    if (f.formato === 'texto')
      console.log(
        `      por grupo: ${resumenPorGrupo(c)
          .map((x) => `${x.grupo} ${x.coinciden}/${x.total}`)
          .join(', ')}`,
      );
    tabla.push(
      `| ${basename(semilla.curado, '.md')} | ${f.nombre} | ${c.coinciden}/${c.total} | ${pct.toFixed(1)} % | ${c.discrepancias.length} |`,
    );
  }
}
console.log('\n| convenio | formato | campos que coinciden | % | distintos (inventados) |\n| --- | --- | --- | --- | --- |');
console.log(tabla.join('\n'));
console.log(
  `\nPor formato: ${[...porFormato.entries()].map(([k, v]) => `${k} ${((100 * v.coinciden) / v.total).toFixed(1)} %`).join(', ')}.`,
);
console.log(`Valores distintos del archivo curado (inventados): ${inventados}.`);
