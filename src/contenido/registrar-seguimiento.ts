import { leerArgumentos } from '../cli/ejecutar-orden.ts';
import { isMap, isSeq, parseDocument, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { leerArchivo } from './leer-archivo.ts';
import { formatearProblema } from './errores.ts';
import { convenio as esquemaConvenio, type Convenio } from '../schemas/convenio.ts';
import type { EstadoReportado } from '../schemas/seguimiento.ts';
import { diasEntre, esFechaReal, formatearFecha, vencimientoDe } from '../lib/fechas.ts';
import { parecidos } from '../lib/importador/texto.ts';

/** A follow-up report as asked for on the command line. */
export interface Pedido {
  convenio: string;
  compromiso: string;
  estado: EstadoReportado;
  fecha: string;
  avance?: number;
  evidencias: string[];
  prorroga?: string;
  nota?: string;
  sinEvidencia: boolean;
  contenido?: string;
}

export type Resultado<T> = { ok: true; valor: T } | { ok: false; mensaje: string };

export const AYUDA_SEGUIMIENTO = `Uso: npm run seguimiento -- <convenio> <compromiso> --estado atendido|en-proceso|no-atendido --fecha AAAA-MM-DD
       [--avance N] [--evidencia URL]… [--prorroga AAAA-MM-DD] [--nota "texto"] [--sin-evidencia]

Agrega un reporte de seguimiento al compromiso, sin tocar el resto del archivo.
  <convenio>     identificador del convenio (nombre del archivo en content/convenios/, sin .md)
  <compromiso>   id del compromiso (p. ej. asm-3-bis) o su número impreso si no se repite
  --estado       atendido, en-proceso o no-atendido
  --fecha        fecha del reporte; no antes de la firma ni después de hoy
  --avance       porcentaje de avance, de 0 a 100
  --evidencia    enlace http:// o https:// a la evidencia; se puede repetir
  --prorroga     nueva fecha de vencimiento concedida (sólo si el convenio permite prórrogas)
  --nota         aclaración breve
  --sin-evidencia  permite registrar «atendido» sin enlace (p. ej. la evidencia aún no es pública)`;

const ESTADOS: Record<string, EstadoReportado> = {
  atendido: 'atendido',
  'en-proceso': 'en_proceso',
  en_proceso: 'en_proceso',
  'no-atendido': 'no_atendido',
  no_atendido: 'no_atendido',
};

const esUrl = (t: string) => /^https?:\/\/[^\s]+$/i.test(t) && URL.canParse(t);

/** Reads the command line; every mistake becomes a Spanish sentence, never an exception. */
export function interpretarArgumentos(argv: string[]): Resultado<Pedido> {
  const leidos = leerArgumentos(
    argv,
    {
      estado: { type: 'string' },
      fecha: { type: 'string' },
      avance: { type: 'string' },
      evidencia: { type: 'string', multiple: true },
      prorroga: { type: 'string' },
      nota: { type: 'string' },
      'sin-evidencia': { type: 'boolean' },
      contenido: { type: 'string' },
    },
    AYUDA_SEGUIMIENTO,
  );
  if (!leidos.ok) return { ok: false, mensaje: leidos.problema ?? 'se pidió la ayuda' };
  const { valores: v, posicionales: p } = leidos;
  if (p.length < 2)
    return {
      ok: false,
      mensaje: p.length === 0 ? 'faltan el convenio y el compromiso' : 'falta el compromiso (su id, p. ej. «asm-1», o su número)',
    };
  if (p.length > 2)
    return {
      ok: false,
      mensaje: `sobran argumentos: ${p
        .slice(2)
        .map((x) => `«${x}»`)
        .join(', ')} (¿faltan comillas alrededor de la nota?)`,
    };
  if (v.estado === undefined) return { ok: false, mensaje: 'falta --estado (atendido, en-proceso o no-atendido)' };
  const estado = ESTADOS[v.estado.trim().toLowerCase()];
  if (!estado) return { ok: false, mensaje: `--estado «${v.estado}» no se reconoce (se esperaba atendido, en-proceso o no-atendido)` };
  if (v.fecha === undefined) return { ok: false, mensaje: 'falta --fecha AAAA-MM-DD (el día del reporte)' };
  if (!esFechaReal(v.fecha)) return { ok: false, mensaje: `--fecha «${v.fecha}» no es una fecha real AAAA-MM-DD` };
  let avance: number | undefined;
  if (v.avance !== undefined) {
    const t = v.avance.trim().replace(/\s*%$/, '');
    avance = /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
    if (!Number.isFinite(avance) || avance < 0 || avance > 100)
      return { ok: false, mensaje: `--avance «${v.avance}» no es un porcentaje de 0 a 100` };
  }
  const evidencias = v.evidencia ?? [];
  const mala = evidencias.find((u) => !esUrl(u));
  if (mala !== undefined)
    return {
      ok: false,
      mensaje: `--evidencia «${mala}» no es un enlace http:// o https:// (se publica tal cual: un enlace de otro tipo no es evidencia pública)`,
    };
  if (v.prorroga !== undefined && !esFechaReal(v.prorroga))
    return { ok: false, mensaje: `--prorroga «${v.prorroga}» no es una fecha real AAAA-MM-DD` };
  if (v.nota !== undefined && v.nota.trim() === '') return { ok: false, mensaje: '--nota está vacía' };
  if (v['sin-evidencia'] && evidencias.length > 0)
    return { ok: false, mensaje: '--sin-evidencia contradice las --evidencia dadas: use una u otras' };
  if (estado === 'atendido' && evidencias.length === 0 && !v['sin-evidencia']) {
    return {
      ok: false,
      mensaje:
        'un reporte «atendido» necesita al menos una --evidencia URL; si la evidencia todavía no es pública, repita con --sin-evidencia',
    };
  }
  if (estado === 'atendido' && avance !== undefined && avance < 100)
    return { ok: false, mensaje: `«atendido» con --avance ${avance} se contradice (un compromiso atendido va al 100 %)` };
  if (v.prorroga !== undefined && estado !== 'en_proceso')
    return { ok: false, mensaje: 'una --prorroga se concede a un compromiso en proceso (use --estado en-proceso)' };
  return {
    ok: true,
    valor: {
      convenio: p[0]!,
      compromiso: p[1]!,
      estado,
      fecha: v.fecha,
      avance,
      evidencias,
      prorroga: v.prorroga,
      nota: v.nota?.trim(),
      sinEvidencia: v['sin-evidencia'] ?? false,
      contenido: v.contenido,
    },
  };
}

export interface Registro {
  texto: string;
  compromisoId: string;
  avisos: string[];
  /** The YAML lines added (for the summary). */
  agregadas: string[];
}

const FRONT_MATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$)[\s\S]*)$/;

/**
 * Appends the report to the commitment's `seguimiento` list, editing the front matter as a YAML
 * document (comments and layout stay; the body is not touched), after checking it contradicts
 * nothing in the convenio. The new file is validated with the build's schema before it is returned.
 */
export function registrarSeguimiento(archivo: string, texto: string, pedido: Pedido, hoy: string): Resultado<Registro> {
  if (/^tipo:\s*seguimiento_federal\s*$/m.test(FRONT_MATTER.exec(texto)?.[2] ?? '')) {
    return {
      ok: false,
      mensaje:
        'es un seguimiento federal de ASM: su avance es el que publica la SHCP y se actualiza importando la publicación más reciente con npm run importar:shcp',
    };
  }
  const leido = leerArchivo(archivo, texto, esquemaConvenio);
  if (!leido.ok) {
    return {
      ok: false,
      mensaje: `el convenio tiene errores; corríjalos antes de registrar seguimiento:\n${leido.problemas.map((p) => `  ${formatearProblema(p)}`).join('\n')}`,
    };
  }
  const c: Convenio = leido.valor.datos;
  const partes = FRONT_MATTER.exec(texto);
  if (!partes) return { ok: false, mensaje: 'no se encontró el encabezado YAML del convenio' };

  let i = c.compromisos.findIndex((k) => k.id === pedido.compromiso);
  if (i < 0) {
    const porNumero = c.compromisos.map((k, j) => [k, j] as const).filter(([k]) => k.numero === pedido.compromiso);
    if (porNumero.length === 1) i = porNumero[0]![1];
    else if (porNumero.length > 1) {
      return {
        ok: false,
        mensaje: `el número «${pedido.compromiso}» se repite en este convenio; indique el id: ${porNumero.map(([k]) => k.id).join(' o ')}`,
      };
    } else {
      const cerca = parecidos(
        pedido.compromiso,
        c.compromisos.map((k) => k.id),
      );
      return {
        ok: false,
        mensaje: `el convenio no tiene el compromiso «${pedido.compromiso}»${cerca.length ? `; ¿quiso decir ${cerca.map((x) => `«${x}»`).join(' o ')}?` : ''} (sus compromisos: ${c.compromisos.map((k) => k.id).join(', ')})`,
      };
    }
  }
  const k = c.compromisos[i]!;
  if (pedido.fecha < c.firma.fecha)
    return {
      ok: false,
      mensaje: `la fecha ${formatearFecha(pedido.fecha)} es anterior a la firma del convenio (${formatearFecha(c.firma.fecha)}): un reporte de seguimiento es posterior a la firma`,
    };
  if (pedido.fecha > hoy)
    return {
      ok: false,
      mensaje: `la fecha ${formatearFecha(pedido.fecha)} es posterior a hoy (${formatearFecha(hoy)}): un reporte registra lo que ya ocurrió`,
    };

  const avisos: string[] = [];
  if (pedido.prorroga !== undefined) {
    const original = vencimientoDe(k.fecha_comprometida);
    if (!c.prorroga.permitida) return { ok: false, mensaje: 'el convenio no permite prórrogas (prorroga.permitida es false)' };
    if (pedido.prorroga <= original)
      return {
        ok: false,
        mensaje: `la prórroga (${formatearFecha(pedido.prorroga)}) no es posterior al vencimiento original (${formatearFecha(original)})`,
      };
    if (pedido.prorroga < pedido.fecha)
      return { ok: false, mensaje: `la prórroga (${formatearFecha(pedido.prorroga)}) es anterior a la fecha del reporte` };
    const limite = c.prorroga.limite_dias_naturales;
    const dias = diasEntre(original, pedido.prorroga);
    if (limite !== undefined && dias > limite) {
      avisos.push(
        `la prórroga de ${dias} días excede el límite de ${limite} días naturales del convenio; se registra porque así se concedió, y el validador lo seguirá avisando`,
      );
    }
  }
  const ultimo = k.seguimiento.reduce<string | undefined>((m, r) => (m === undefined || r.fecha > m ? r.fecha : m), undefined);
  if (ultimo !== undefined && pedido.fecha < ultimo)
    avisos.push(`ya hay un reporte más reciente (${formatearFecha(ultimo)}); el estado se calcula con el más reciente`);
  const repetido = k.seguimiento.some(
    (r) =>
      r.fecha === pedido.fecha &&
      r.estado === pedido.estado &&
      r.evidencias.map((e) => e.url).join() === pedido.evidencias.join() &&
      r.nota === pedido.nota,
  );
  if (repetido)
    return { ok: false, mensaje: `el compromiso ${k.id} ya tiene un reporte idéntico del ${formatearFecha(pedido.fecha)}; no se duplicó` };

  const yaml = partes[2]!;
  const doc = parseDocument(yaml);
  const nodo = doc.getIn(['compromisos', i], true);
  if (!isMap(nodo)) return { ok: false, mensaje: `no se pudo ubicar el compromiso ${k.id} en el archivo` };
  const reporte: Record<string, unknown> = { fecha: pedido.fecha, estado: pedido.estado };
  if (pedido.avance !== undefined) reporte.avance = pedido.avance;
  if (pedido.evidencias.length > 0) reporte.evidencias = pedido.evidencias.map((url) => ({ url }));
  if (pedido.prorroga !== undefined) reporte.prorroga = pedido.prorroga;
  if (pedido.nota !== undefined) reporte.nota = pedido.nota;
  const item = doc.createNode(reporte) as YAMLMap;
  for (const clave of ['fecha', 'prorroga']) {
    const s = item.get(clave, true);
    if (s instanceof Scalar) s.type = Scalar.QUOTE_DOUBLE;
  }
  const lista = (nodo as YAMLMap).get('seguimiento', true);
  if (isSeq(lista)) {
    (lista as YAMLSeq).flow = false;
    (lista as YAMLSeq).items.push(item);
  } else {
    const nueva = doc.createNode([]) as YAMLSeq;
    nueva.items.push(item);
    (nodo as YAMLMap).set('seguimiento', nueva);
  }
  const nuevoYaml = doc.toString({ lineWidth: 0, minContentWidth: 0 });

  // The edit must only add lines (and open a "seguimiento: []" list): anything else means the
  // library would reformat the file, and a person's layout is not ours to change.
  const antes = yaml.split('\n');
  const despues = nuevoYaml.split('\n');
  const agregadas: string[] = [];
  let a = 0;
  let cambiadas = 0;
  for (const linea of despues) {
    if (a < antes.length && linea === antes[a]) a++;
    else if (a < antes.length && /^\s*seguimiento: \[\]$/.test(antes[a]!) && linea === antes[a]!.replace(' []', '')) {
      a++;
      cambiadas++;
    } else agregadas.push(linea);
  }
  if (a !== antes.length || cambiadas > 1) {
    return {
      ok: false,
      mensaje:
        'el archivo tiene un formato que no se puede editar sin cambiar otras líneas; agregue el reporte a mano (vea CONTRIBUTING.md)',
    };
  }
  const nuevo = `${partes[1]}${nuevoYaml}${partes[3]}`;
  const verificado = leerArchivo(archivo, nuevo, esquemaConvenio);
  if (!verificado.ok)
    return {
      ok: false,
      mensaje: `el reporte no pasa la validación; no se escribió:\n${verificado.problemas.map((p) => `  ${formatearProblema(p)}`).join('\n')}`,
    };
  return { ok: true, valor: { texto: nuevo, compromisoId: k.id, avisos, agregadas } };
}
