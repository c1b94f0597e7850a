/** The evaluations importer's summary in Spanish: every row of the file is accounted for, by line number. */
import { encabezadoDeResumen, rangos } from '../importador-shcp/resumen.ts';
import type { ArchivoEv, MotivoSinCosto, ResumenEv } from './importar.ts';

const n = (k: number) => k.toLocaleString('es-MX');

const SIN_COSTO: Record<MotivoSinCosto, string> = {
  nd: 'COSTOS dice ND o está vacío',
  'no-es-numero': 'COSTOS no es un número de pesos (se deja vacío)',
  'otra-moneda': 'COSTOS está en otra moneda, no en pesos (se deja vacío)',
};

export function lineasDeResumenEv(r: ResumenEv, archivos: readonly ArchivoEv[], archivo: string, escrito: boolean): string[] {
  const l = encabezadoDeResumen(r, archivo);
  if (r.fatal) return l;

  if (r.porTipo.length > 0) {
    l.push('', 'Evaluaciones importadas por tipo (con las escrituras de la fuente que se unificaron):');
    for (const t of r.porTipo) {
      const variantes =
        t.escrituras.length > 1 || t.escrituras[0]?.[0] !== t.tipo ? ` (${t.escrituras.map(([e, k]) => `«${e}» ${n(k)}`).join(', ')})` : '';
      l.push(`  ${t.tipo}: ${n(t.total)}${variantes}`);
    }
  }

  const sinCosto = Object.values(r.sinCosto).reduce((s, x) => s + x.length, 0);
  l.push('', `Con costo en pesos: ${n(r.importados - sinCosto)}. Sin costo: ${n(sinCosto)}.`);
  for (const [motivo, lista] of Object.entries(r.sinCosto) as [MotivoSinCosto, { linea: number; celda: string }[]][]) {
    if (lista.length === 0) continue;
    if (motivo === 'nd') l.push(`  ${SIN_COSTO[motivo]} (${n(lista.length)}): líneas ${rangos(lista.map((x) => x.linea))}`);
    else {
      l.push(`  ${SIN_COSTO[motivo]} (${n(lista.length)}):`);
      for (const x of lista) l.push(`    línea ${x.linea}: «${x.celda}»`);
    }
  }

  l.push(
    '',
    `Programa: ${n(r.conPrograma)} enlazadas a un programa de content/programas/ (mismo ramo y clave); ${n(r.sinPrograma.length)} con la clave y el nombre tal como los da la fuente.`,
  );
  if (r.conOtroNombre.length > 0) {
    l.push(
      `  De las enlazadas, ${n(r.conOtroNombre.length)} nombran el programa distinto que content/programas/ (se conserva el nombre de la fuente en la evaluación): líneas ${rangos(r.conOtroNombre)}`,
    );
  }
  if (r.urlSinEsquema.length > 0)
    l.push(`URL_EVALUACION sin http:// ni https://: se completó con http:// (${n(r.urlSinEsquema.length)} renglones).`);
  if (r.urlNoWeb.length > 0) {
    l.push(`URL_EVALUACION que no es una dirección web: no se publica (${n(r.urlNoWeb.length)}):`);
    for (const x of r.urlNoWeb) l.push(`  línea ${x.linea}: «${x.celda}»`);
  }

  const cuenta = (estado: ArchivoEv['estado']) => archivos.filter((a) => a.estado === estado).length;
  l.push(
    '',
    `Archivos de evaluación: ${n(cuenta('nuevo'))} nuevos, ${n(cuenta('cambiado'))} actualizados, ${n(cuenta('igual'))} sin cambios${escrito ? '' : ' (no se escribió: --sin-escribir)'}.`,
  );

  if (r.rechazados.length > 0) {
    l.push('', `Renglones que NO se importaron (${n(r.rechazados.length)}):`);
    for (const x of r.rechazados) l.push(`  línea ${x.linea}: ${x.motivo}`);
  }
  if (r.sinLeer) l.push('', `Parte del archivo que NO se pudo leer: ${r.sinLeer.motivo}; ninguno de esos renglones se importó.`);
  l.push(
    '',
    `Cuenta: ${n(r.leidos)} renglones leídos = ${n(r.importados)} importados + ${n(r.rechazados.length)} no importados` +
      (r.sinLeer ? `; además, desde la línea ${r.sinLeer.linea} el archivo no se pudo leer.` : '.'),
  );
  return l;
}
