import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as leerCsv } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existeEnSitio as existeEn, leerPagina as leerEn } from './sitio.ts';

/**
 * The whole record against its source: every ASM and every evaluation of the SHCP files in
 * ../shared/reference/shcp (beside the repository, in CI too), imported with the project's own commands into a
 * copy of the content and built, must be in the downloads and pages. Counted here from the source files,
 * independently of the importers. content/ carries the record: importing the same files again must change nothing
 * (so what is published is the whole source, nothing dropped or added by hand), and the copy is built at a fixed
 * cut-off so the figures do not depend on the day the test runs.
 */
const FUENTE = resolve('..', 'shared', 'reference', 'shcp');
const ARCHIVO_ASM = join(FUENTE, 'aspectos_susceptibles_mejora.csv');
const ARCHIVO_EV = join(FUENTE, 'evaluaciones.csv');

function fuente(archivo: string): Record<string, string>[] {
  if (!existsSync(archivo)) {
    throw new Error(
      `No existe ${archivo}: esta prueba compara lo publicado con los archivos de la SHCP, que deben estar en ../shared/reference/shcp junto al repositorio.`,
    );
  }
  return leerCsv(iconv.decode(readFileSync(archivo), 'win1252'), { columns: (h: string[]) => h.map((x) => x.trim()), bom: true }) as Record<
    string,
    string
  >[];
}
/**
 * The build's cut-off, fixed so the statuses do not depend on the day the test runs: an ASM in progress whose last
 * report is over a year older is «sin reporte reciente» (src/lib/estados.ts).
 */
const CORTE = '2025-01-15';
const temporal = mkdtempSync(join(tmpdir(), 'registro-federal-'));
const DIST = join(temporal, 'dist');
const existeEnSitio = (ruta: string) => existeEn(ruta, DIST);
const leerPagina = (ruta: string) => leerEn(ruta, DIST);
const descarga = (nombre: string) =>
  leerCsv(readFileSync(join(DIST, 'datos', nombre), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];

const reimportaciones: string[] = [];
beforeAll(() => {
  const contenido = join(temporal, 'content');
  cpSync('content', contenido, { recursive: true });
  const correr = (args: string[]) => {
    const r = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      env: { ...process.env, CONTENIDO_DIR: contenido, SALIDA_DIR: DIST, FECHA_CORTE: CORTE },
    });
    expect(r.status, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
    return r.stdout;
  };
  reimportaciones.push(correr(['scripts/importar-shcp.ts', ARCHIVO_ASM, '--contenido', contenido]));
  reimportaciones.push(correr(['scripts/importar-evaluaciones.ts', ARCHIVO_EV, '--contenido', contenido]));
  // npm run build: astro build, then the search index in its own process.
  correr(['scripts/construir.ts']);
  correr(['scripts/indexar-busqueda.ts']);
}, 900_000);
afterAll(() => rmSync(temporal, { recursive: true, force: true }));

const asm = fuente(ARCHIVO_ASM);
const evaluaciones = fuente(ARCHIVO_EV);

describe('el registro federal completo de la SHCP está publicado', () => {
  it('content/ ya lo tiene todo: importar otra vez los mismos archivos no cambia nada', () => {
    expect(reimportaciones).toHaveLength(2);
    for (const salida of reimportaciones) expect(salida).toContain('No cambió ningún archivo: esta publicación ya estaba importada.');
  });

  it('los archivos de la SHCP tienen 1,436 ASM y 1,438 evaluaciones', () => {
    expect(asm).toHaveLength(1436);
    expect(evaluaciones).toHaveLength(1438);
  });

  it('cada ID_ASM de la fuente está una vez en /datos/compromisos.csv', () => {
    const publicados = descarga('compromisos.csv')
      .filter((f) => f.id_asm)
      .map((f) => f.id_asm!);
    expect(publicados).toHaveLength(asm.length);
    expect(new Set(publicados)).toEqual(new Set(asm.map((f) => f.ID_ASM!)));
  });

  it('cada ID_EVALUACION de la fuente está una vez en /datos/evaluaciones.csv y tiene su página', () => {
    const filas = descarga('evaluaciones.csv');
    expect(filas).toHaveLength(evaluaciones.length);
    expect(new Set(filas.map((f) => f.id_evaluacion))).toEqual(new Set(evaluaciones.map((f) => f.ID_EVALUACION!)));
    for (const f of filas) expect(existeEnSitio(`/evaluaciones/${f.id}/`), f.id).toBe(true);
  });

  it('los costos publicados son los de la fuente cuando son pesos', () => {
    const porId = new Map(descarga('evaluaciones.csv').map((f) => [f.id_evaluacion!, f]));
    for (const e of evaluaciones) {
      const costo = e.COSTOS!.trim();
      const publicado = porId.get(e.ID_EVALUACION!)!.costo;
      if (/^\d+(\.\d+)?$/.test(costo)) expect(Number(publicado), e.ID_EVALUACION).toBe(Number(costo));
      else expect(publicado, e.ID_EVALUACION).toBe('');
    }
  });

  it('cada ASM cuyo ID_ASM es un ID_EVALUACION más _NN cuenta en su evaluación, y ningún otro', () => {
    const ids = new Set(evaluaciones.map((e) => e.ID_EVALUACION!.toLowerCase()));
    const esperados = new Map<string, number>();
    for (const a of asm) {
      const m = /^(.+)_\d+$/.exec(a.ID_ASM!);
      if (m && ids.has(m[1]!.toLowerCase())) esperados.set(m[1]!.toLowerCase(), (esperados.get(m[1]!.toLowerCase()) ?? 0) + 1);
    }
    const filas = descarga('evaluaciones.csv');
    for (const f of filas) expect(Number(f.asm), f.id_evaluacion).toBe(esperados.get(f.id_evaluacion!.toLowerCase()) ?? 0);
    const enlazados = [...esperados.values()].reduce((s, k) => s + k, 0);
    expect(filas.reduce((s, f) => s + Number(f.asm), 0)).toBe(enlazados);
    expect(enlazados).toBeGreaterThan(0);
    expect(enlazados).toBeLessThan(asm.length);
  });

  it('la página de una evaluación enlaza cada ASM a su ancla en el seguimiento federal, o dice que no tiene', () => {
    const filas = descarga('evaluaciones.csv');
    const con = filas.find((f) => Number(f.asm) > 0)!;
    const pagina = leerPagina(`/evaluaciones/${con.id}/`);
    const enlaces = pagina.querySelectorAll('a[href*="#compromiso-"]').map((a) => a.getAttribute('href')!);
    expect(enlaces).toHaveLength(Number(con.asm));
    for (const href of enlaces) {
      const [ruta, ancla] = href.split('#');
      expect(leerPagina(ruta!).getElementById(ancla!), href).not.toBeNull();
    }
    const sin = filas.find((f) => f.asm === '0')!;
    expect(leerPagina(`/evaluaciones/${sin.id}/`).text).toContain('El archivo de la SHCP no asocia ASM a esta evaluación');
    const informe = pagina.querySelector('a[href^="http://www.transparenciapresupuestaria.gob.mx/"]')!;
    expect(informe.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('el Data Package describe evaluaciones.csv con su clave foránea a programas', () => {
    const paquete = JSON.parse(readFileSync(join(DIST, 'datos', 'datapackage.json'), 'utf8')) as {
      resources: { name: string; schema: { foreignKeys: unknown[]; fields: { name: string; description: string }[] } }[];
    };
    const r = paquete.resources.find((x) => x.name === 'evaluaciones')!;
    expect(r.schema.foreignKeys).toEqual([{ fields: ['programa_id'], reference: { resource: 'programas', fields: ['id'] } }]);
    for (const f of r.schema.fields) expect(f.description.length, f.name).toBeGreaterThan(10);
    const programas = new Set(descarga('programas.csv').map((f) => f.id));
    for (const f of descarga('evaluaciones.csv')) if (f.programa_id) expect(programas.has(f.programa_id), f.programa_id).toBe(true);
  });

  it('la lista se pagina de 100 en 100 y cada página de filtro existe', () => {
    const paginas = Math.ceil(evaluaciones.length / 100);
    expect(existeEnSitio('/evaluaciones/')).toBe(true);
    for (let n = 2; n <= paginas; n++) expect(existeEnSitio(`/evaluaciones/pagina/${n}/`), String(n)).toBe(true);
    expect(existeEnSitio(`/evaluaciones/pagina/${paginas + 1}/`)).toBe(false);
    const filtros = leerPagina('/evaluaciones/')
      .querySelectorAll('nav.filtros-evaluaciones a')
      .map((a) => a.getAttribute('href')!);
    expect(filtros.length).toBeGreaterThan(10);
    for (const href of filtros) expect(existeEnSitio(href), href).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The analysis pages (/evaluaciones/costos/, evaluadores/, asm/, programas/) against sums made here, from the
// source files, without the portal's code.

type Tabla = { columnas: string[]; filas: string[][]; pie: string[][] };
const limpio = (t: string) => t.replace(/\s+/g, ' ').trim();
function tabla(ruta: string, id: string): Tabla {
  const t = leerPagina(ruta).getElementById(id);
  expect(t, `${ruta}#${id}`).not.toBeNull();
  const fila = (tr: { querySelectorAll: (s: string) => { textContent: string }[] }) =>
    tr.querySelectorAll('th, td').map((c) => limpio(c.textContent));
  return {
    columnas: t!.querySelectorAll('thead th').map((th) => limpio(th.textContent)),
    filas: t!.querySelectorAll('tbody tr').map(fila),
    pie: t!.querySelectorAll('tfoot tr').map(fila),
  };
}
const entero = (t: string) => Number(t.replace(/[^\d]/g, ''));
/** «$1,234.56 muy pocos…» → 1234.56; undefined without an amount. */
const pesos = (t: string) => {
  const m = /\$([\d,]+\.\d{2})/.exec(t);
  return m ? Number(m[1]!.replaceAll(',', '')) : undefined;
};
const sinAcentos = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Pesos as the source writes them; anything else (ND, dollars, «285.000.00») has no published cost. */
const costoDe = (e: Record<string, string>) => (/^\d+(\.\d+)?$/.test(e.COSTOS!.trim()) ? Number(e.COSTOS!.trim()) : undefined);
function cuentas(lista: Record<string, string>[]) {
  const costos = lista.flatMap((e) => costoDe(e) ?? []).sort((a, b) => a - b);
  const m = Math.floor(costos.length / 2);
  const mediana =
    costos.length === 0 ? undefined : costos.length % 2 ? costos[m]! : Math.round(((costos[m - 1]! + costos[m]!) / 2) * 100) / 100;
  return {
    evaluaciones: lista.length,
    conCosto: costos.length,
    total: costos.reduce((s, x) => s + Math.round(x * 100), 0) / 100,
    mediana,
  };
}
function agrupar<T>(lista: T[], clave: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of lista) m.set(clave(x), [...(m.get(clave(x)) ?? []), x]);
  return m;
}
const nombreDeCiclo = (c: string) => (/^PAE(\d{4})$/.exec(c.trim()) ? `PAE ${c.trim().slice(3)}` : 'Complementaria (fuera del PAE)');
const claveDeTipo = (t: string) => sinAcentos(t.replace(/\s+/g, ' ').trim());

describe('/evaluaciones/costos/ da los costos de la fuente', () => {
  it.each([
    ['costos-por-ciclo', (e: Record<string, string>) => nombreDeCiclo(e.CICLO_PAE!), (t: string) => t],
    ['costos-por-anio', (e: Record<string, string>) => e.CICLO_CONCLUSION!.trim() || 'Sin año de conclusión', (t: string) => t],
    ['costos-por-tipo', (e: Record<string, string>) => claveDeTipo(e.TIPO_EVALUACION!), claveDeTipo],
  ])('%s: evaluaciones, con costo, sin costo, suma y mediana de cada renglón y del total', (id, grupo, claveDeRenglon) => {
    const t = tabla('/evaluaciones/costos/', id);
    expect(t.columnas.slice(1)).toEqual([
      'Evaluaciones',
      'Con costo publicado',
      'Sin costo publicado',
      'Suma de los costos publicados',
      'Mediana de los costos publicados',
    ]);
    const grupos = agrupar(evaluaciones, grupo);
    expect(t.filas).toHaveLength(grupos.size);
    for (const [nombre, ev, con, sin, suma, mediana] of [...t.filas, ...t.pie]) {
      const c = cuentas(nombre === 'Total' ? evaluaciones : grupos.get(claveDeRenglon(nombre!))!);
      expect(c, nombre).toBeDefined();
      expect([entero(ev!), entero(con!), entero(sin!)], nombre).toEqual([c.evaluaciones, c.conCosto, c.evaluaciones - c.conCosto]);
      expect(pesos(suma!) ?? 0, nombre).toBeCloseTo(c.total, 2);
      expect(pesos(mediana!), nombre).toBe(c.mediana);
      // Fewer than five costs: the median says so.
      if (nombre !== 'Total') expect(mediana!.includes('muy pocos para comparar'), nombre).toBe(c.conCosto > 0 && c.conCosto < 5);
    }
  });

  it('la entradilla dice cuántas tienen costo, cuántas no y lo que suman, sin contar como cero las que no', () => {
    const c = cuentas(evaluaciones);
    const texto = limpio(leerPagina('/evaluaciones/costos/').querySelector('.entradilla')!.textContent);
    expect(texto).toContain(`De las ${c.evaluaciones.toLocaleString('es-MX')} evaluaciones`);
    expect(texto).toContain(`${c.conCosto.toLocaleString('es-MX')} tienen costo publicado`);
    expect(pesos(texto)).toBeCloseTo(c.total, 2);
    expect(texto).toContain(`${(c.evaluaciones - c.conCosto).toLocaleString('es-MX')} evaluaciones no tienen costo publicado`);
    expect(c.evaluaciones - c.conCosto).toBe(192);
  });
});

describe('/evaluaciones/evaluadores/ cuenta a cada evaluador como la fuente, uniendo sólo mayúsculas, acentos y espacios', () => {
  const clave = (n: string) => sinAcentos(n).replace(/\s+/g, '');
  // «ND» in the source names no evaluator, like an empty cell.
  const sinNombre = (e: Record<string, string>) => /^(|n\/?d|n\/a)\.?$/i.test(e.EVALUADOR!.trim());
  const conNombre = evaluaciones.filter((e) => !sinNombre(e) && clave(e.EVALUADOR!) !== 'varios');
  const grupos = agrupar(conNombre, (e) => clave(e.EVALUADOR!));

  it('cada evaluador está una vez, en la clasificación o aparte, con sus evaluaciones y sus costos', () => {
    const ranking = tabla('/evaluaciones/evaluadores/', 'tabla-por-evaluaciones');
    const pocos = tabla('/evaluaciones/evaluadores/', 'tabla-pocos');
    expect(ranking.filas.length + pocos.filas.length).toBe(grupos.size);
    const vistos = new Set<string>();
    for (const [lugar, nombre, ev, con, suma] of ranking.filas) {
      const c = cuentas(grupos.get(clave(nombre!))!);
      expect(entero(ev!), nombre).toBe(c.evaluaciones);
      expect(c.evaluaciones, nombre).toBeGreaterThanOrEqual(5);
      expect(con, nombre).toBe(`${c.conCosto.toLocaleString('es-MX')} de ${c.evaluaciones.toLocaleString('es-MX')}`);
      expect(pesos(suma!) ?? 0, nombre).toBeCloseTo(c.total, 2);
      expect(entero(lugar!)).toBe(1 + [...grupos.values()].filter((g) => g.length > c.evaluaciones).length);
      vistos.add(clave(nombre!));
    }
    for (const [nombre, ev, con, suma] of pocos.filas) {
      const c = cuentas(grupos.get(clave(nombre!))!);
      expect([entero(ev!), c.evaluaciones < 5], nombre).toEqual([c.evaluaciones, true]);
      expect(con, nombre).toBe(`${c.conCosto.toLocaleString('es-MX')} de ${c.evaluaciones.toLocaleString('es-MX')}`);
      expect(pesos(suma!) ?? 0, nombre).toBeCloseTo(c.total, 2);
      vistos.add(clave(nombre!));
    }
    expect(vistos.size).toBe(grupos.size);
    // «UNAM» and «Facultad de Economía, UNAM» are not the same evaluator.
    expect(vistos.has(clave('Universidad Nacional Autónoma de México'))).toBe(true);
    expect(vistos.has(clave('Facultad de Economía, UNAM'))).toBe(true);
  });

  it('la clasificación por costo: cinco o más con costo, de la suma mayor a la menor, con su denominador', () => {
    const t = tabla('/evaluaciones/evaluadores/', 'tabla-por-costo');
    const esperados = [...grupos.values()].map(cuentas).filter((c) => c.conCosto >= 5);
    expect(t.filas).toHaveLength(esperados.length);
    const sumas = t.filas.map((f) => pesos(f[2]!)!);
    expect([...sumas].sort((a, b) => b - a)).toEqual(sumas);
    for (const [, nombre, suma, con] of t.filas) {
      const c = cuentas(grupos.get(clave(nombre!))!);
      expect(pesos(suma!), nombre).toBeCloseTo(c.total, 2);
      expect(con, nombre).toBe(`${c.conCosto.toLocaleString('es-MX')} de ${c.evaluaciones.toLocaleString('es-MX')}`);
    }
  });

  it('«Varios» y las evaluaciones sin evaluador se cuentan fuera de las listas', () => {
    const varios = evaluaciones.filter((e) => clave(e.EVALUADOR!) === 'varios').length;
    const ninguno = evaluaciones.filter(sinNombre).length;
    const texto = limpio(leerPagina('/evaluaciones/evaluadores/').getElementById('sin-evaluador')!.textContent);
    expect(texto).toContain(`${ninguno} ${ninguno === 1 ? 'evaluación no nombra' : 'evaluaciones no nombran'} a su evaluador`);
    expect(texto).toContain(`${varios} evaluaciones dicen «Varios»`);
  });
});

describe('/evaluaciones/asm/ cuenta los ASM de cada evaluación como el archivo de ASM los nombra', () => {
  const ids = new Map(evaluaciones.map((e) => [e.ID_EVALUACION!.toLowerCase(), e]));
  const asmDe = new Map<string, Record<string, string>[]>();
  for (const a of asm) {
    const m = /^(.+)_\d+$/.exec(a.ID_ASM!);
    const id = m?.[1]!.toLowerCase();
    if (id && ids.has(id)) asmDe.set(id, [...(asmDe.get(id) ?? []), a]);
  }
  /** Reports older than this (a year before the cut-off) are not recent. */
  const reciente = new Date(Date.parse(`${CORTE}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10);
  /** FECHA_REPORTE, DD/MM/AAAA in the source, as AAAA-MM-DD. */
  const fechaDe = (fecha: string) => fecha.trim().split('/').reverse().join('-');
  /** The column of the page each ASM of the source falls in, by its AVANCE_ASM and, in progress, its FECHA_REPORTE. */
  const columna = (a: Record<string, string>) => {
    const avance = a.AVANCE_ASM!.trim();
    if (/^\d+(\.\d+)?$/.test(avance)) {
      if (Number(avance) === 100) return 'Concluidos (avance 100 %)';
      return fechaDe(a.FECHA_REPORTE!) < reciente
        ? 'En proceso sin reporte reciente (más de 12 meses)'
        : 'En proceso (avance menor de 100 %)';
    }
    if (/cancel/i.test(avance)) return 'Cancelados';
    if (/fusion/i.test(avance)) return 'Fusionados';
    if (/baja/i.test(avance)) return 'Dados de baja';
    return 'Sin avance reportado';
  };
  function esperado(lista: Record<string, string>[]) {
    const suyos = lista.flatMap((e) => asmDe.get(e.ID_EVALUACION!.toLowerCase()) ?? []);
    const porColumna: Record<string, number> = {};
    for (const a of suyos) porColumna[columna(a)] = (porColumna[columna(a)] ?? 0) + 1;
    return {
      evaluaciones: lista.length,
      conAsm: lista.filter((e) => asmDe.has(e.ID_EVALUACION!.toLowerCase())).length,
      asm: suyos.length,
      porColumna,
    };
  }

  it.each([
    ['asm-por-ciclo-tabla', (e: Record<string, string>) => nombreDeCiclo(e.CICLO_PAE!), (t: string) => t],
    ['asm-por-tipo', (e: Record<string, string>) => claveDeTipo(e.TIPO_EVALUACION!), claveDeTipo],
  ])('%s: evaluaciones, con ASM, ASM y ASM por estado de cada renglón y del total', (id, grupo, claveDeRenglon) => {
    const t = tabla('/evaluaciones/asm/', id);
    const grupos = agrupar(evaluaciones, grupo);
    expect(t.filas).toHaveLength(grupos.size);
    const col = (nombre: string) => t.columnas.indexOf(nombre);
    for (const f of [...t.filas, ...t.pie]) {
      const nombre = f[0]!;
      const e = esperado(nombre === 'Total' ? evaluaciones : grupos.get(claveDeRenglon(nombre))!);
      expect(entero(f[col('Evaluaciones')]!), nombre).toBe(e.evaluaciones);
      expect(
        f[col('Con ASM en el archivo')]!.startsWith(`${e.conAsm.toLocaleString('es-MX')} de ${e.evaluaciones.toLocaleString('es-MX')}`),
        nombre,
      ).toBe(true);
      expect(entero(f[col('ASM')]!), nombre).toBe(e.asm);
      for (const c of [
        'Concluidos (avance 100 %)',
        'En proceso (avance menor de 100 %)',
        'En proceso sin reporte reciente (más de 12 meses)',
        'Sin avance reportado',
        'Cancelados',
        'Fusionados',
        'Dados de baja',
      ])
        expect(entero(f[col(c)]!), `${nombre}: ${c}`).toBe(e.porColumna[c] ?? 0);
      expect(f[col('ASM por evaluación con ASM')], nombre).toBe(
        e.conAsm === 0 ? '—' : (e.asm / e.conAsm).toLocaleString('es-MX', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      );
    }
  });

  it('la gráfica por ciclo lleva los mismos números que su tabla, y su «Cómo se cuenta» está en la página', () => {
    const pagina = leerPagina('/evaluaciones/asm/');
    const datos = JSON.parse(pagina.querySelector('#asm-por-ciclo [data-grafica]')!.getAttribute('data-grafica')!) as {
      titulos: string[];
      series: { etiqueta: string; valores: number[] }[];
    };
    const t = tabla('/evaluaciones/asm/', 'asm-por-ciclo-tabla');
    expect(datos.titulos).toEqual(t.filas.map((f) => f[0]));
    for (const s of datos.series)
      expect(
        t.filas.map((f) => entero(f[t.columnas.indexOf(s.etiqueta)]!)),
        s.etiqueta,
      ).toEqual(s.valores);
    expect(pagina.querySelector('#asm-por-ciclo .grafica__resumen a')!.getAttribute('href')).toBe('#como-se-cuenta');
    expect(pagina.getElementById('como-se-cuenta')).not.toBeNull();
  });

  it('la entradilla cuenta las evaluaciones con ASM y los ASM que no nombran su evaluación', () => {
    const e = esperado(evaluaciones);
    const texto = limpio(leerPagina('/evaluaciones/asm/').querySelector('.entradilla')!.textContent);
    expect(texto).toContain(`${e.conAsm.toLocaleString('es-MX')} de las ${e.evaluaciones.toLocaleString('es-MX')} evaluaciones`);
    expect(texto).toContain(`${e.asm.toLocaleString('es-MX')} de ${asm.length.toLocaleString('es-MX')} ASM nombran su evaluación`);
    expect(texto).toContain(`los otros ${(asm.length - e.asm).toLocaleString('es-MX')} no cuentan aquí`);
  });
});

describe('/evaluaciones/programas/ ordena los programas por sus evaluaciones', () => {
  /** The ranking on the first page, and the programs listed apart on every page (read once the site is built). */
  function leerProgramas() {
    const ranking = tabla('/evaluaciones/programas/', 'tabla-mas-evaluados');
    const pocos: string[][] = [];
    for (let n = 1; ; n++) {
      const ruta = n === 1 ? '/evaluaciones/programas/' : `/evaluaciones/programas/pagina/${n}/`;
      if (n > 1 && !existeEnSitio(ruta)) break;
      pocos.push(...tabla(ruta, 'tabla-pocos').filas);
    }
    return { ranking, pocos };
  }

  it('cada evaluación cuenta en un programa, y cada ASM enlazado también', () => {
    const { ranking, pocos } = leerProgramas();
    const col = (nombre: string) => ranking.columnas.indexOf(nombre);
    const evs = [...ranking.filas.map((f) => entero(f[col('Evaluaciones')]!)), ...pocos.map((f) => entero(f[col('Evaluaciones') - 1]!))];
    expect(evs.reduce((s, x) => s + x, 0)).toBe(evaluaciones.length);
    const asmEnlazados = [
      ...ranking.filas.map((f) => entero(f[col('ASM enlazados')]!)),
      ...pocos.map((f) => entero(f[col('ASM enlazados') - 1]!)),
    ];
    const ids = new Set(evaluaciones.map((e) => e.ID_EVALUACION!.toLowerCase()));
    expect(asmEnlazados.reduce((s, x) => s + x, 0)).toBe(
      asm.filter((a) => ids.has(/^(.+)_\d+$/.exec(a.ID_ASM!)?.[1]?.toLowerCase() ?? '')).length,
    );
  });

  it('los de cinco o más, de más a menos, con el primero igual al programa más evaluado de la fuente; los demás aparte, por nombre, de cien en cien', () => {
    const { ranking, pocos } = leerProgramas();
    const n = ranking.filas.map((f) => entero(f[2]!));
    expect([...n].sort((a, b) => b - a)).toEqual(n);
    expect(Math.min(...n)).toBeGreaterThanOrEqual(5);
    for (const f of pocos) expect(entero(f[1]!), f[0]).toBeLessThan(5);
    // Ramo and program key, as the source gives them (the «S070» of «20S070» too).
    const porClave = agrupar(
      evaluaciones.filter((e) => /^(\d{1,2})?[A-Za-z]\d{3}$/.test(e.MODALIDAD_PP!.trim())),
      (e) => `${Number(e.ID_RAMO)}|${e.MODALIDAD_PP!.trim().slice(-4).toUpperCase()}`,
    );
    expect(n[0]).toBe(Math.max(...[...porClave.values()].map((g) => g.length)));
    expect(ranking.filas[0]![1]).toContain('U005');
    expect(pocos.length).toBeGreaterThan(100);
    expect(existeEnSitio(`/evaluaciones/programas/pagina/${Math.ceil(pocos.length / 100)}/`)).toBe(true);
    expect(existeEnSitio(`/evaluaciones/programas/pagina/${Math.ceil(pocos.length / 100) + 1}/`)).toBe(false);
  });
});

describe('las evaluaciones en la búsqueda y en los enlaces', () => {
  it('cada página de evaluación se indexa con su ramo, tipo y ciclo del PAE', () => {
    const entrada = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entrada.languages.es!.page_count).toBeGreaterThan(evaluaciones.length);
    const e = evaluaciones.find((x) => x.ID_EVALUACION === '04e001pcr13') ?? evaluaciones[0]!;
    const pagina = leerPagina(`/evaluaciones/${e.ID_EVALUACION!.toLowerCase()}/`);
    expect(pagina.querySelector('article')!.hasAttribute('data-pagefind-body')).toBe(true);
    const filtros: Record<string, string[]> = {};
    for (const el of pagina.querySelectorAll('[data-pagefind-filter]')) {
      const clave = /^(.+)\[data-valor\]$/.exec(el.getAttribute('data-pagefind-filter')!)![1]!;
      (filtros[clave] ??= []).push(el.getAttribute('data-valor')!);
    }
    expect(filtros).toEqual({
      tipo: ['evaluacion'],
      ramo: [String(Number(e.ID_RAMO))],
      tipo_evaluacion: [expect.any(String)],
      ciclo: [/^PAE(\d{4})$/.test(e.CICLO_PAE!) ? `pae-${e.CICLO_PAE!.slice(3)}` : 'complementaria'],
    });
  });

  it('/buscar/ ofrece buscar evaluaciones, con un valor por ramo, tipo y ciclo del PAE de la fuente', () => {
    const p = leerPagina('/buscar/');
    const opciones = (id: string) => p.querySelectorAll(`#${id} option`).filter((o) => o.getAttribute('value'));
    expect(opciones('en').map((o) => o.getAttribute('value'))).toEqual(['evaluaciones']);
    expect(opciones('f-ramo')).toHaveLength(
      new Set(evaluaciones.map((e) => (e.ID_RAMO!.trim() === 'NA' ? 'na' : String(Number(e.ID_RAMO))))).size,
    );
    expect(opciones('f-tipo_evaluacion')).toHaveLength(new Set(evaluaciones.map((e) => claveDeTipo(e.TIPO_EVALUACION!))).size);
    expect(opciones('f-ciclo')).toHaveLength(new Set(evaluaciones.map((e) => e.CICLO_PAE!.trim())).size);
    // Beside the groups of the documents and their commitments (shown first), the evaluation facets have their own.
    const grupo = (alcance: string) => p.querySelector(`fieldset#grupo-${alcance}`)!;
    expect(grupo('evaluacion').querySelector('legend')?.textContent).toBe('De la evaluación');
    expect(
      grupo('evaluacion')
        .querySelectorAll('select')
        .map((s) => s.id),
    ).toEqual(['f-ramo', 'f-tipo_evaluacion', 'f-ciclo']);
    expect(grupo('evaluacion').hasAttribute('hidden')).toBe(true);
    for (const alcance of ['documento', 'compromiso']) expect(grupo(alcance).hasAttribute('hidden'), alcance).toBe(false);
    expect(grupo('compromiso').querySelector('#f-tema')).not.toBeNull();
    // With federal follow-ups on the site, the results are «documentos» until a search says otherwise.
    expect(p.querySelector('#resultados-titulo')?.textContent).toBe('Documentos');
  });

  it('/evaluaciones/ y /datos/ enlazan las cuatro páginas de cifras, y existen', () => {
    const paginas = ['/evaluaciones/costos/', '/evaluaciones/evaluadores/', '/evaluaciones/asm/', '/evaluaciones/programas/'];
    for (const ruta of ['/evaluaciones/', '/datos/']) {
      const enlaces = leerPagina(ruta)
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
      for (const destino of paginas) expect(enlaces, `${ruta} → ${destino}`).toContain(destino);
    }
    for (const ruta of paginas) {
      expect(existeEnSitio(ruta), ruta).toBe(true);
      const p = leerPagina(ruta);
      expect(p.querySelector('link[rel="canonical"]')?.getAttribute('href'), ruta).toMatch(new RegExp(`${ruta}$`));
      expect(p.querySelector('meta[name="description"]')?.getAttribute('content')?.length, ruta).toBeGreaterThan(50);
      expect(p.getElementById('como-se-cuenta'), ruta).not.toBeNull();
      for (const t of p.querySelectorAll('table')) {
        expect(t.querySelector('caption'), ruta).not.toBeNull();
        expect(t.closest('[role="region"]'), ruta).not.toBeNull();
      }
    }
  });
});
