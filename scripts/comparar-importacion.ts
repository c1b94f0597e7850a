// npm run import:comparar: imports each seed (text, Word, PDF) and reports field-level agreement with its curated file.
import { basename } from 'node:path';
import { leerCatalogo } from '../src/contenido/catalogo-fs.ts';
import { compararImportacion, SEMILLAS } from '../src/importador/comparar-fs.ts';
import { resumenPorGrupo } from '../src/lib/importador/comparar.ts';

const catalogo = leerCatalogo('content');
const formatos = (texto: string) => {
  const base = basename(texto, '.txt');
  return [texto, `tests/fixtures/importador/${base}.docx`, `tests/fixtures/importador/${base}.pdf`];
};
let coinciden = 0;
let total = 0;
for (const semilla of SEMILLAS) {
  console.log(`\n${semilla.curado}`);
  for (const documento of formatos(semilla.texto)) {
    const { comparacion: c } = await compararImportacion(documento, semilla, catalogo);
    coinciden += c.coinciden;
    total += c.total;
    console.log(`  ${basename(documento).padEnd(62)} ${c.coinciden}/${c.total} campos coinciden`);
    const fallan = c.campos.filter((f) => !f.coincide);
    for (const f of fallan) console.log(`      ${f.obtenido === undefined ? 'sin valor' : 'distinto '} ${f.campo}`);
    if (documento.endsWith('.txt')) {
      console.log(`      por grupo: ${resumenPorGrupo(c).map((g) => `${g.grupo} ${g.coinciden}/${g.total}`).join(', ')}`);
    }
  }
}
console.log(`\nTotal: ${coinciden}/${total} campos coinciden (${((100 * coinciden) / total).toFixed(1)} %).`);
