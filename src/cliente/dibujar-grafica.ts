/**
 * Draws one chart from the data its page embedded at build time (data-grafica). Chart.js is imported
 * piece by piece and only the parts used here are registered, so the bundle carries nothing else.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type Plugin,
} from 'chart.js';
import { COLORES_ESTADO, COLORES_GRAFICA, PATRONES_ESTADO, type Patron } from '../lib/colores.ts';
import type { Estado } from '../lib/estados.ts';
import type { DatosApiladas, DatosClasificacion, DatosEstados, DatosGrafica } from '../lib/graficas.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

const entero = new Intl.NumberFormat('es-MX');
const porcentaje = new Intl.NumberFormat('es-MX', { style: 'percent', maximumFractionDigits: 1 });
const pct = (valor: number) => porcentaje.format(valor / 100);
const RESTO = '#e4e7ec';
/** Below this width (CSS px) labels move and shrink: names above bars, wrapped status names. */
const ANGOSTA = 480;

/** A small repeating tile: colour plus white lines, so stacked statuses differ in texture, not only hue. */
function relleno(estado: Estado): string | CanvasPattern {
  const color = COLORES_ESTADO[estado];
  const tipo: Patron = PATRONES_ESTADO[estado];
  if (tipo === 'liso') return color;
  const t = 8;
  const lienzo = document.createElement('canvas');
  lienzo.width = lienzo.height = t;
  const c = lienzo.getContext('2d');
  if (!c) return color;
  c.fillStyle = color;
  c.fillRect(0, 0, t, t);
  c.strokeStyle = 'rgba(255,255,255,0.8)';
  c.fillStyle = 'rgba(255,255,255,0.85)';
  c.lineWidth = 1.5;
  const linea = (x1: number, y1: number, x2: number, y2: number) => {
    c.beginPath();
    c.moveTo(x1, y1);
    c.lineTo(x2, y2);
    c.stroke();
  };
  if (tipo === 'diagonal' || tipo === 'cruzado') {
    linea(-1, t + 1, t + 1, -1);
    linea(-1, 1, 1, -1);
    linea(t - 1, t + 1, t + 1, t - 1);
  }
  if (tipo === 'diagonal_inversa' || tipo === 'cruzado') {
    linea(-1, -1, t + 1, t + 1);
    linea(t - 1, -1, t + 1, 1);
    linea(-1, t - 1, 1, t + 1);
  }
  if (tipo === 'horizontal' || tipo === 'rejilla') linea(0, t / 2, t, t / 2);
  if (tipo === 'vertical' || tipo === 'rejilla') linea(t / 2, 0, t / 2, t);
  if (tipo === 'anillos') {
    c.beginPath();
    c.arc(t / 2, t / 2, 2.2, 0, 2 * Math.PI);
    c.stroke();
  }
  if (tipo === 'cuadros') c.fillRect(0, 0, t / 2, t / 2);
  if (tipo === 'puntos_dobles') {
    c.beginPath();
    c.arc(t / 4, t / 4, 1.2, 0, 2 * Math.PI);
    c.arc((3 * t) / 4, (3 * t) / 4, 1.2, 0, 2 * Math.PI);
    c.fill();
  }
  if (tipo === 'ondas') {
    c.beginPath();
    c.moveTo(0, t / 2);
    c.quadraticCurveTo(t / 4, t / 4, t / 2, t / 2);
    c.quadraticCurveTo((3 * t) / 4, (3 * t) / 4, t, t / 2);
    c.stroke();
  }
  if (tipo === 'puntos') {
    c.beginPath();
    c.arc(t / 2, t / 2, 1.6, 0, 2 * Math.PI);
    c.fill();
  }
  return c.createPattern(lienzo, 'repeat') ?? color;
}

/** Long names on a narrow axis: at most two lines, the rest cut with "…" (the table has the full name). */
function partir(texto: string, max: number): string | string[] {
  if (texto.length <= max) return texto;
  const lineas: string[] = [];
  let actual = '';
  for (const palabra of texto.split(/\s+/)) {
    if (actual && `${actual} ${palabra}`.length > max) {
      lineas.push(actual);
      actual = palabra;
    } else actual = actual ? `${actual} ${palabra}` : palabra;
  }
  lineas.push(actual);
  if (lineas.length <= 2 && lineas.every((l) => l.length <= max)) return lineas;
  const segunda = lineas.slice(1).join(' ');
  return [lineas[0]!.slice(0, max), `${segunda.slice(0, max - 1).trimEnd()}…`];
}

/** Text drawn beside each bar (or point): the value is never told by length or colour alone. */
function etiquetas(textos: (i: number) => string | null, dataset: number, lugar: 'derecha' | 'fin' | 'arriba'): Plugin {
  return {
    id: `etiquetas-${dataset}`,
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const meta = chart.getDatasetMeta(dataset);
      ctx.save();
      ctx.font = `600 12px ${Chart.defaults.font.family}`;
      ctx.fillStyle = COLORES_GRAFICA.texto;
      ctx.textBaseline = 'middle';
      meta.data.forEach((el, i) => {
        const texto = textos(i);
        if (texto === null) return;
        const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
        if (lugar === 'arriba') {
          ctx.textAlign = 'center';
          ctx.lineWidth = 4;
          ctx.strokeStyle = '#ffffff';
          ctx.strokeText(texto, x, y - 12);
          ctx.fillText(texto, x, y - 12);
        } else {
          ctx.textAlign = 'left';
          ctx.fillText(texto, (lugar === 'fin' ? chartArea.right : x) + 6, y);
        }
      });
      ctx.restore();
    },
  };
}

/** Widest of some texts in the chart font, to leave room for the labels outside the bars. */
function anchoDe(textos: string[]): number {
  const c = document.createElement('canvas').getContext('2d');
  if (!c) return 120;
  c.font = `600 12px ${Chart.defaults.font.family}`;
  return Math.ceil(Math.max(0, ...textos.map((t) => c.measureText(t).width))) + 12;
}

function configEstados(d: DatosEstados, ancho: number): ChartConfiguration<'bar'> {
  const textos = d.valores.map((v) => `${entero.format(v)} (${porcentaje.format(d.total === 0 ? 0 : v / d.total)})`);
  return {
    type: 'bar',
    data: {
      labels: d.etiquetas.map((e) => (ancho < ANGOSTA ? partir(e, 14) : e)),
      datasets: [{ label: 'Compromisos', data: d.valores, backgroundColor: d.estados.map((e) => COLORES_ESTADO[e]), barPercentage: 0.85 }],
    },
    options: {
      indexAxis: 'y',
      layout: { padding: { right: anchoDe(textos) } },
      scales: {
        x: {
          beginAtZero: true,
          ticks: { precision: 0 },
          title: { display: true, text: 'Compromisos' },
          grid: { color: COLORES_GRAFICA.rejilla },
        },
        y: { grid: { display: false }, ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: { title: (c) => d.etiquetas[c[0]?.dataIndex ?? 0] ?? '', label: (c) => `${textos[c.dataIndex]} compromisos` },
        },
      },
    },
    plugins: [etiquetas((i) => textos[i] ?? null, 0, 'derecha')],
  };
}

/** On a phone, names go above their bars (full width) instead of squeezed into a narrow axis. */
function nombresEncima(nombres: string[]): Plugin {
  return {
    id: 'nombres',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.font = `13px ${Chart.defaults.font.family}`;
      ctx.fillStyle = COLORES_GRAFICA.texto;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'bottom';
      const disponible = chart.width - chartArea.left - 4;
      chart.getDatasetMeta(0).data.forEach((el, i) => {
        const { y, height } = el.getProps(['y', 'height'], true) as { y: number; height: number };
        let texto = nombres[i] ?? '';
        if (ctx.measureText(texto).width > disponible) {
          while (texto.length > 1 && ctx.measureText(`${texto}…`).width > disponible) texto = texto.slice(0, -1);
          texto = `${texto.trimEnd()}…`;
        }
        ctx.fillText(texto, chartArea.left, y - height / 2 - 3);
      });
      ctx.restore();
    },
  };
}

function configClasificacion(d: DatosClasificacion, ancho: number): ChartConfiguration<'bar'> {
  const textos = d.tasas.map((t, i) => `${pct(t)} · ${entero.format(d.atendidos[i]!)} de ${entero.format(d.exigibles[i]!)}`);
  const angosta = ancho < ANGOSTA;
  const barra = angosta ? 0.45 : 0.8;
  return {
    type: 'bar',
    data: {
      labels: angosta ? d.etiquetas : d.etiquetas.map((e) => partir(e, ancho < 800 ? 28 : 42)),
      datasets: [
        { label: d.logrados, data: d.tasas, backgroundColor: COLORES_ESTADO.atendido_a_tiempo, barPercentage: barra, stack: 'tasa' },
        { label: d.resto, data: d.tasas.map((t) => 100 - t), backgroundColor: RESTO, barPercentage: barra, stack: 'tasa' },
      ],
    },
    options: {
      indexAxis: 'y',
      layout: { padding: { right: anchoDe(textos), left: angosta ? 4 : 0, top: angosta ? 10 : 0 } },
      scales: {
        x: {
          stacked: true,
          min: 0,
          max: 100,
          ticks: { callback: (v) => pct(Number(v)), maxTicksLimit: angosta ? 3 : 6, maxRotation: 0 },
          title: { display: true, text: d.eje },
          grid: { color: COLORES_GRAFICA.rejilla },
        },
        y: { stacked: true, grid: { display: false }, ticks: { autoSkip: false, display: !angosta } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (c) => d.etiquetas[c[0]?.dataIndex ?? 0] ?? '',
            label: (c) =>
              c.datasetIndex === 0
                ? `Atendidos: ${textos[c.dataIndex]}`
                : `Sin atender: ${entero.format(d.exigibles[c.dataIndex]! - d.atendidos[c.dataIndex]!)} de ${entero.format(d.exigibles[c.dataIndex]!)}`,
          },
        },
      },
    },
    plugins: [etiquetas((i) => textos[i] ?? null, 0, 'fin'), ...(angosta ? [nombresEncima(d.etiquetas)] : [])],
  };
}

function configApiladas(d: DatosApiladas): ChartConfiguration<'bar' | 'line'> {
  const barras: ChartDataset<'bar' | 'line'>[] = d.series.map((s) => ({
    type: 'bar' as const,
    label: s.etiqueta,
    data: s.valores,
    backgroundColor: relleno(s.estado),
    borderColor: '#ffffff',
    borderWidth: d.etiquetas.length > 24 ? 0 : 1,
    stack: 'estados',
    yAxisID: 'y',
    order: 2,
  }));
  const tasa = d.tasa;
  const conjuntos: ChartDataset<'bar' | 'line'>[] = tasa
    ? [
        ...barras,
        {
          type: 'line' as const,
          label: 'Tasa de cumplimiento',
          data: tasa.valores,
          yAxisID: 'tasa',
          borderColor: COLORES_GRAFICA.tasa,
          backgroundColor: '#ffffff',
          borderWidth: 2,
          pointRadius: 5,
          pointBorderWidth: 2,
          spanGaps: false,
          order: 1,
        },
      ]
    : barras;
  const textoTasa = (i: number) => {
    const v = tasa?.valores[i];
    return v === null || v === undefined ? null : pct(v);
  };
  const corte = d.corte;
  const marca: Plugin = {
    id: 'corte',
    afterDatasetsDraw(chart) {
      if (!corte) return;
      const { ctx, chartArea, scales } = chart;
      const x = scales.x!.getPixelForValue(corte.indice);
      ctx.save();
      ctx.strokeStyle = COLORES_GRAFICA.texto;
      ctx.setLineDash([5, 4]);
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top - 18);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.font = `600 12px ${Chart.defaults.font.family}`;
      ctx.fillStyle = COLORES_GRAFICA.texto;
      // Beside the line, on whichever side it fits; on a narrow chart, the short form.
      const cabe = (t: string) => ctx.measureText(t).width + 6;
      const texto = x + cabe(corte.texto) <= chart.width || x - cabe(corte.texto) >= 0 ? corte.texto : corte.corto;
      const derecha = x + cabe(texto) <= chart.width;
      ctx.textAlign = derecha ? 'left' : 'right';
      ctx.textBaseline = 'bottom';
      ctx.setLineDash([]);
      ctx.fillText(texto, derecha ? x + 4 : x - 4, chartArea.top - 4);
      ctx.restore();
    },
  };
  return {
    type: 'bar',
    data: { labels: d.etiquetas, datasets: conjuntos },
    options: {
      layout: { padding: { top: tasa ? 18 : corte ? 20 : 0 } },
      scales: {
        x: { stacked: true, title: { display: true, text: d.ejeX }, grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0 } },
        y: {
          stacked: true,
          beginAtZero: true,
          ticks: { precision: 0 },
          title: { display: true, text: 'Compromisos' },
          grid: { color: COLORES_GRAFICA.rejilla },
        },
        ...(tasa
          ? {
              tasa: {
                type: 'linear' as const,
                position: 'right' as const,
                min: 0,
                max: 100,
                grid: { drawOnChartArea: false },
                ticks: { callback: (v: string | number) => pct(Number(v)) },
                title: { display: true, text: 'Tasa de cumplimiento' },
              },
            }
          : {}),
      },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 16, boxHeight: 12, color: COLORES_GRAFICA.texto } },
        tooltip: {
          callbacks: {
            title: (c) => d.titulos[c[0]?.dataIndex ?? 0] ?? '',
            label: (c) =>
              c.dataset.type === 'line'
                ? `Tasa de cumplimiento: ${textoTasa(c.dataIndex) ?? 'sin exigibles'} (${entero.format(tasa!.atendidos[c.dataIndex]!)} de ${entero.format(tasa!.exigibles[c.dataIndex]!)})`
                : `${c.dataset.label}: ${entero.format(Number(c.raw))}`,
          },
        },
      },
    },
    plugins: [marca, ...(tasa ? [etiquetas(textoTasa, conjuntos.length - 1, 'arriba')] : [])],
  };
}

/** Chart height from what it shows: one row per bar for horizontal bars, a fixed band otherwise. */
function altoDe(d: DatosGrafica, ancho: number): number {
  if (d.tipo === 'estados') return d.etiquetas.length * (ancho < ANGOSTA ? 38 : 32) + 56;
  if (d.tipo === 'clasificacion') return d.etiquetas.length * (ancho < ANGOSTA ? 44 : 34) + 60;
  return ancho < ANGOSTA ? 320 : 380;
}

export function dibujarGrafica(contenedor: HTMLElement): Chart {
  const lienzo = contenedor.querySelector('canvas');
  const texto = contenedor.dataset.grafica;
  if (!lienzo || !texto) throw new Error('Falta el lienzo o los datos de la gráfica');
  const datos = JSON.parse(texto) as DatosGrafica;
  const ancho = contenedor.clientWidth;
  contenedor.style.height = `${altoDe(datos, ancho)}px`;

  const fuente = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.family = fuente;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = COLORES_GRAFICA.texto;

  const config =
    datos.tipo === 'estados'
      ? configEstados(datos, ancho)
      : datos.tipo === 'clasificacion'
        ? configClasificacion(datos, ancho)
        : configApiladas(datos);
  config.options = {
    ...config.options,
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    locale: 'es-MX',
    // Turning a phone can cross the narrow/wide threshold: then lay the chart out again.
    onResize: (grafica: Chart, tamano: { width: number }) => {
      if (tamano.width < ANGOSTA === ancho < ANGOSTA) return;
      queueMicrotask(() => {
        grafica.destroy();
        dibujarGrafica(contenedor);
      });
    },
  } as typeof config.options;
  const grafica = new Chart(lienzo, config as ChartConfiguration);
  contenedor.dataset.dibujada = datos.tipo;
  // Lets other scripts (and the browser tests) reach the drawn chart without a global.
  contenedor.dispatchEvent(new CustomEvent('grafica:dibujada', { bubbles: true, detail: grafica }));
  return grafica;
}
