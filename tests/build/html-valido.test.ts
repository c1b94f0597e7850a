import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, paginas } from './sitio.ts';

// html-validate checks the markup against the HTML Living Standard and WAI-ARIA in HTML, offline.
// "standard" holds only rules the specifications make; style preferences (title length, <section>
// over role=region) are left to review.
const validador = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:standard'],
    rules: {
      'missing-doctype': 'error',
      'no-dup-id': 'error',
      // An aria-labelledby or label[for] that names an id no element has.
      'no-missing-references': 'error',
      'valid-id': ['error', { relaxed: true }],
    },
  }),
);

describe('el HTML de cada página es válido', () => {
  it.each(paginas())('%s', async (ruta) => {
    const archivo = ruta.endsWith('/') ? join(DIST, ruta, 'index.html') : join(DIST, ruta);
    const informe = await validador.validateString(readFileSync(archivo, 'utf8'), archivo);
    const errores = informe.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
    );
    expect(errores).toEqual([]);
  });
});
