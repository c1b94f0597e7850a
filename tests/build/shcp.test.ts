import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as leerCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { cargarContenido, type Contenido } from '../../src/contenido/cargar-fs.ts';
import { construirSitio } from '../ayudas/construir-sitio.ts';
import { validador } from '../unit/esquema-json.ts';
import { existeEnSitio, leerPagina, paginas, seguimientosFederales } from './sitio.ts';

// The real content plus the 25-row SHCP excerpt, imported with the command and built into a folder of its own.
const EXTRACTO = 'tests/fixtures/shcp/asm-sample-25-rows.utf8.csv';
let importacion = { codigo: -1, texto: '' };
let reimportacion = { codigo: -1, texto: '' };
let c: Contenido;

const importar = (contenido: string) => {
  const r = spawnSync(process.execPath, ['scripts/importar-shcp.ts', EXTRACTO, '--contenido', contenido], { encoding: 'utf8' });
  return { codigo: r.status ?? -1, texto: r.stdout + r.stderr };
};

const sitio = construirSitio({
  nombre: 'shcp-build',
  curado: true,
  preparar: (contenido) => {
    importacion = importar(contenido);
    reimportacion = importar(contenido);
  },
  entorno: { FECHA_CORTE: '2025-01-15' },
});
beforeAll(() => {
  c = cargarContenido(sitio.contenido);
});

const leer = (ruta: string) => readFileSync(join(sitio.dist, ruta), 'utf8');
const csv = (nombre: string) => leerCsv(leer(`datos/${nombre}`), { bom: true, columns: true }) as Record<string, string>[];

describe('npm run importar:shcp sobre una copia del contenido', () => {
  it('importa los 25 renglones, sale con 0 y deja todo válido', () => {
    expect(importacion.codigo, importacion.texto).toBe(0);
    expect(importacion.texto).toContain('Cuenta: 25 renglones leídos = 25 importados + 0 no importados.');
    expect(importacion.texto).toContain('Lo importado pasa la validación.');
    expect(seguimientosFederales(c)).toHaveLength(20);
    expect(c.convenios).toHaveLength(22);
  });

  it('la segunda vez no cambia nada', () => {
    expect(reimportacion.codigo).toBe(0);
    expect(reimportacion.texto).toContain('No cambió ningún archivo: esta publicación ya estaba importada.');
    expect(reimportacion.texto).toContain('Documentos de seguimiento federal: 0 nuevos, 0 actualizados, 20 sin cambios.');
  });
});

describe('el sitio construido con los seguimientos federales', () => {
  it('cada página tiene título, descripción, URL canónica y un solo h1, y ningún enlace roto', () => {
    const todas = paginas(sitio.dist);
    expect(todas.length).toBeGreaterThan(100);
    const problemas: string[] = [];
    for (const ruta of todas) {
      const p = leerPagina(ruta, sitio.dist);
      if (!p.querySelector('title')?.textContent.trim()) problemas.push(`${ruta}: sin título`);
      if (!p.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()) problemas.push(`${ruta}: sin descripción`);
      if (!/^https?:\/\//.test(p.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ''))
        problemas.push(`${ruta}: sin URL canónica`);
      if (p.querySelectorAll('h1').length !== 1) problemas.push(`${ruta}: ${p.querySelectorAll('h1').length} h1`);
      for (const el of p.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (href.startsWith('/') && !href.startsWith('//') && !existeEnSitio(href, sitio.dist))
          problemas.push(`${ruta}: enlace roto ${href}`);
      }
    }
    expect(problemas).toEqual([]);
  });

  it('las listas de convenios, del gobierno federal, de sus entes, programas y años los muestran rotulados', () => {
    const federales = seguimientosFederales(c);
    const lista = leerPagina('/convenios/', sitio.dist);
    for (const d of federales) expect(lista.querySelector(`a[href="/convenios/${d.id}/"]`), d.id).not.toBeNull();
    expect(lista.textContent.replace(/\s+/g, ' ')).toContain('Hay 2 convenios publicados y 20 seguimientos federales');
    const gobierno = leerPagina('/gobiernos/federal/', sitio.dist);
    expect(gobierno.querySelectorAll('a[href^="/convenios/federal-"]')).toHaveLength(20);
    for (const d of federales) {
      for (const ruta of [
        `/entes/${d.datos.ente}/`,
        `/programas/${d.datos.programa}/`,
        ...(d.datos.anio_evaluacion ? [`/ejercicios/${d.datos.anio_evaluacion}/`] : []),
      ]) {
        expect(leerPagina(ruta, sitio.dist).querySelector(`a[href="/convenios/${d.id}/"]`), `${ruta} → ${d.id}`).not.toBeNull();
      }
    }
    expect(leerPagina('/', sitio.dist).textContent.replace(/\s+/g, ' ')).toContain('25 ASM federales en 20 seguimientos de la SHCP');
  });

  it('cada tipo con su medida: nunca una cifra ni una clasificación que mezcle convenios y ASM federales', () => {
    const inicio = leerPagina('/', sitio.dist);
    // 25 ASM in the sample: 10 concluded, 6 open, 9 cancelled, merged or withdrawn: 10 of 16 still committed.
    const cifras = inicio.querySelectorAll('.tasa__cifra').map((p) => p.textContent.replace(/\s+/g, ' ').trim());
    expect(cifras).toEqual([
      expect.stringMatching(/^Cumplimiento de lo exigible de los convenios: 0 de 11 compromisos exigibles atendidos/),
      expect.stringMatching(/^ASM concluidos del seguimiento federal: 10 de 16 ASM comprometidos concluidos \(62\.5\s?%\)/),
    ]);
    const texto = inicio.textContent.replace(/\s+/g, ' ');
    expect(texto).toContain('Los datos federales llegan al 31 de marzo de 2017');
    expect(texto).toContain('11 compromisos vencidos sin atender, ninguno con reporte publicado');
    // Rankings per kind: the federal one ranks by concluded ASM, the convenios' by their deadline rate.
    const titulos = inicio.querySelectorAll('h3').map((h) => h.textContent.trim());
    expect(titulos).toEqual(
      expect.arrayContaining(['Convenios: tasa de cumplimiento', 'Seguimientos federales de ASM: proporción de ASM concluidos']),
    );
    const entes = leerPagina('/entes/', sitio.dist);
    const columnas = entes.querySelectorAll('thead th').map((th) => th.textContent.trim());
    expect(columnas).toEqual([
      'Ente',
      'Convenios',
      'Seguimientos federales de ASM',
      'Compromisos',
      'Cumplimiento de lo exigible (convenios)',
      'ASM concluidos (seguimientos federales de ASM)',
    ]);
  });

  it('compromisos.csv y convenios.csv tienen cada ASM y cada documento, con el estado que muestra su página', () => {
    const filas = csv('compromisos.csv').filter((f) => f.tipo_documento === 'seguimiento_federal');
    expect(filas).toHaveLength(25);
    for (const f of filas) {
      const tarjeta = leerPagina(`/convenios/${f.convenio_id}/`, sitio.dist).getElementById(`compromiso-${f.compromiso_id}`)!;
      expect(tarjeta.querySelector('.estado')!.textContent).toContain(f.estado_nombre);
      expect(f.accion).toBe('');
      expect(f.fecha_vencimiento).toBe('');
    }
    const porEstado = (e: string) => filas.filter((f) => f.estado === e).length;
    expect([
      porEstado('atendido_sin_plazo'),
      porEstado('en_proceso'),
      porEstado('sin_reporte_reciente'),
      porEstado('cancelado'),
      porEstado('fusionado'),
      porEstado('dado_de_baja'),
    ]).toEqual([10, 0, 6, 5, 2, 2]);
    // The reports stop in 2017: at the 2025 cut-off, every ASM in progress is «sin reporte reciente», and its page
    // gives the date of that last report.
    for (const f of filas.filter((f) => f.estado === 'sin_reporte_reciente')) {
      const tarjeta = leerPagina(`/convenios/${f.convenio_id}/`, sitio.dist).getElementById(`compromiso-${f.compromiso_id}`)!;
      expect(tarjeta.textContent).toMatch(/Último reporte: \d+ de [a-z]+ de 201\d\./);
    }
    expect(csv('convenios.csv').filter((f) => f.tipo_documento === 'seguimiento_federal')).toHaveLength(20);
    expect(csv('gobiernos.csv').find((g) => g.id === 'federal')).toMatchObject({
      nivel: 'federal',
      compromisos: '25',
      compromisos_cancelado: '5',
    });
  });

  it('convenios.json valida contra su esquema publicado y lleva los 22 documentos', () => {
    const todos = JSON.parse(leer('datos/convenios.json')) as { convenios: { id: string; tipo: string }[] };
    expect(validador(JSON.parse(leer('datos/esquemas/convenios.schema.json')))(todos)).toEqual([]);
    expect(todos.convenios.filter((d) => d.tipo === 'seguimiento_federal')).toHaveLength(20);
  });

  it('el índice de búsqueda tiene cada documento, con sus filtros de tipo y clasificación', () => {
    const entrada = JSON.parse(leer('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(entrada.languages.es!.page_count).toBe(c.convenios.length + c.programas.length + c.entes.length + c.gobiernos.length);
    const conagua = leerPagina('/convenios/federal-16-e006-conagua-diseno-2013/', sitio.dist);
    const filtros = conagua
      .querySelectorAll('[data-pagefind-filter]')
      .map((el) => `${el.getAttribute('data-pagefind-filter')!.replace('[data-valor]', '')}=${el.getAttribute('data-valor')}`);
    expect(filtros).toEqual(
      expect.arrayContaining([
        'documento=seguimiento_federal',
        'tema=Operación',
        'prioridad=Alta',
        'mejora=Modifica',
        'tipo_asm=Intergubernamental',
        'pae=2013',
      ]),
    );
    const buscar = leerPagina('/buscar/', sitio.dist);
    for (const f of ['documento', 'tipo_asm', 'prioridad', 'mejora', 'tema']) expect(buscar.querySelector(`#f-${f}`), f).not.toBeNull();
  });

  it('la página de un seguimiento federal no muestra secciones de convenio; dice cuál es su fuente', () => {
    const p = leerPagina('/convenios/federal-06-f033-bansefi-procesos-2012/', sitio.dist);
    const texto = p.textContent.replace(/\s+/g, ' ');
    expect(texto).toContain('no es un convenio firmado');
    expect(texto).toContain('Publicaciones importadas: primer trimestre de 2016.');
    expect(texto).not.toMatch(/Partes que firman|Texto completo del convenio|N\/D/);
    expect(
      p.querySelector(
        'a[href="http://www.transparenciapresupuestaria.gob.mx/work/models/PTP/programas/sed/ASM/01t_2016/06f033ppr12_01.rar"]',
      ),
    ).not.toBeNull();
    expect(leer('convenios.xml')).toContain('Seguimiento federal de ASM: Aspectos susceptibles de mejora de BANSEFI');
  });
});
