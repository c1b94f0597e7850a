import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { construirSitio } from '../ayudas/construir-sitio.ts';
import { leerPagina } from './sitio.ts';

// A follow-up recorded with npm run seguimiento shows on the convenio page, with its evidence, and changes the rate.
const ID = 'edomex-issemym-prestaciones-potestativas-2021';
const sitio = construirSitio({
  nombre: 'seguimiento-build',
  curado: true,
  preparar: (contenido) => {
    const r = spawnSync(
      process.execPath,
      [
        'scripts/seguimiento.ts',
        ID,
        'asm-3-bis',
        '--estado',
        'atendido',
        '--fecha',
        '2021-07-20',
        '--evidencia',
        'https://example.gob.mx/mir-2021.pdf',
        '--contenido',
        contenido,
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stdout + r.stderr).toBe(0);
  },
  entorno: { FECHA_CORTE: '2025-01-15' },
});

describe('seguimiento registrado con la orden, en el sitio construido', () => {
  it('la página del convenio muestra el reporte, su evidencia y la nueva tasa', () => {
    const pagina = leerPagina(`/convenios/${ID}/`, sitio.dist);
    // The anchor is the card's heading; the card is its list item.
    const compromiso = pagina.querySelector('#compromiso-asm-3-bis')!.closest('li.compromiso')!;
    expect(compromiso.textContent).toContain('Atendido a tiempo');
    expect(compromiso.querySelector('a[href="https://example.gob.mx/mir-2021.pdf"]')).not.toBeNull();
    expect(pagina.textContent.replace(/\s+/g, ' ')).toMatch(/1 de 5 compromisos exigibles atendidos/);
  });

  it('la construcción imprime los avisos de calidad sin detenerse', () => {
    expect(sitio.salida).toMatch(
      /aviso de calidad: .*edomex-issemym-prestaciones-potestativas-2021\.md:\d+: compromisos\[3\]\.numero: El documento imprime el número «3»/,
    );
  });
});
