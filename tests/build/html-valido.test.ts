import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, paginas } from './sitio.ts';
import { validador } from '../ayudas/validar-html.ts';

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
