/** The importer's summary in Spanish: every row of the file is accounted for, by line number. */
import { CLASES_DE_AVANCE, ETIQUETAS_DE_AVANCE, type ArchivoShcp, type ResumenShcp } from './index.ts';
import type { AvisoDeFila } from './mapear.ts';
import type { AvisoDeCombinacion } from './combinar.ts';
import { formatearNumero, plural } from '../palabras.ts';

const n = formatearNumero;

/** "3, 5-9, 12": line numbers, consecutive runs joined, so a thousand lines still fit in a few. */
export function rangos(lineas: readonly number[]): string {
  const orden = [...new Set(lineas)].sort((a, b) => a - b);
  const partes: string[] = [];
  for (let i = 0; i < orden.length; i++) {
    let j = i;
    while (j + 1 < orden.length && orden[j + 1] === orden[j]! + 1) j++;
    partes.push(j > i ? `${orden[i]}-${orden[j]}` : String(orden[i]));
    i = j;
  }
  return partes.join(', ');
}

const TITULOS_DE_AVISO: Record<(AvisoDeFila | AvisoDeCombinacion)['tipo'], string> = {
  'evidencia-sin-esquema': 'EVIDENCIA sin http:// ni https://: se completó con http://',
  'evidencia-no-web': 'EVIDENCIA que no es una dirección web: no se publica',
  'valor-desconocido': 'clasificación con un valor desconocido: se deja vacía',
  'sin-avance': 'AVANCE_ASM N/D: el aspecto se importa sin reporte',
  'fecha-del-trimestre': 'FECHA_REPORTE N/D: se usa el último día del trimestre',
  'sin-texto': 'DESC_ASM N/D: el aspecto se importa sin texto',
  'trimestre-raro': 'TRIMESTRE con otra forma: se conserva tal cual',
  'nombre-distinto': 'nombre distinto del ya registrado: se conserva el registrado',
  'otro-documento': 'ID_ASM ya importado en otro documento: el reporte se agrega allí',
  'renglon-repetido': 'renglón repetido: se cuenta una vez',
};

/** Warnings with one kind of message per line are listed one by one; the very common ones are grouped by line. */
const AGRUPADOS = new Set(['evidencia-sin-esquema', 'sin-avance', 'fecha-del-trimestre', 'sin-texto']);

/** What a CSV importer's summary starts with: the file as read, its headers, and the rows read and imported. */
export function encabezadoDeResumen(
  r: Pick<ResumenShcp, 'codificacion' | 'motivoCodificacion' | 'recortadas' | 'desconocidas' | 'fatal' | 'leidos' | 'importados'> & {
    rechazados: readonly unknown[];
  },
  archivo: string,
): string[] {
  const l: string[] = [];
  l.push(`Leído ${archivo}, en ${r.codificacion === 'windows-1252' ? 'Windows-1252' : 'UTF-8'}: ${r.motivoCodificacion}.`);
  if (r.recortadas.length > 0) l.push(`Encabezados con espacios de más, recortados: ${r.recortadas.map((h) => `«${h}»`).join(', ')}.`);
  if (r.desconocidas.length > 0) l.push(`Columnas que el importador no conoce, ignoradas: ${r.desconocidas.join(', ')}.`);
  if (r.fatal) {
    l.push('', `No se importó nada: ${r.fatal}.`);
    return l;
  }
  l.push('', `Renglones de datos leídos: ${n(r.leidos)}.`);
  l.push(`Importados: ${n(r.importados)}. No importados: ${n(r.rechazados.length)}.`);
  return l;
}

export function lineasDeResumen(r: ResumenShcp, archivos: readonly ArchivoShcp[], archivo: string, escrito: boolean): string[] {
  const l = encabezadoDeResumen(r, archivo);
  if (r.fatal) return l;

  l.push('', 'Renglones importados por avance (y el estado que muestra el portal):');
  for (const c of CLASES_DE_AVANCE) if (r.porAvance[c] > 0) l.push(`  ${ETIQUETAS_DE_AVANCE[c]}: ${n(r.porAvance[c])}`);
  l.push(`  total: ${n(CLASES_DE_AVANCE.reduce((s, c) => s + r.porAvance[c], 0))}`);

  if (r.porEnte.length > 0) {
    l.push('', `Renglones importados por ente (ACRON_DEP_ENT), ${plural(r.porEnte.length, 'ente', 'entes')}:`);
    for (const [siglas, k] of r.porEnte) l.push(`  ${siglas}: ${n(k)}`);
  }

  const e = r.efectos;
  l.push(
    '',
    `Aspectos: ${n(e.nuevo)} nuevos, ${n(e['reporte-nuevo'])} con un reporte nuevo, ${n(e.corregido)} con datos corregidos, ${n(e['sin-cambios'])} sin cambios` +
      (e.repetido > 0 ? `, ${n(e.repetido)} renglones repetidos` : '') +
      '.',
  );
  const de = (carpeta: string) => archivos.filter((a) => a.ruta.startsWith(`${carpeta}/`));
  const documentos = de('convenios');
  const cuenta = (lista: readonly ArchivoShcp[], estado: ArchivoShcp['estado']) => lista.filter((a) => a.estado === estado).length;
  const verbo = escrito ? '' : ' (no se escribió: --sin-escribir)';
  l.push(
    `Documentos de seguimiento federal: ${n(cuenta(documentos, 'nuevo'))} nuevos, ${n(cuenta(documentos, 'cambiado'))} actualizados, ${n(cuenta(documentos, 'igual'))} sin cambios${verbo}.`,
  );
  const nuevos = (carpeta: string, uno: string, varios: string) => {
    const k = cuenta(de(carpeta), 'nuevo');
    return k > 0 ? [plural(k, uno, varios)] : [];
  };
  const catalogo = [
    ...nuevos('gobiernos', 'gobierno nuevo', 'gobiernos nuevos'),
    ...nuevos('entes', 'ente nuevo', 'entes nuevos'),
    ...nuevos('programas', 'programa nuevo', 'programas nuevos'),
  ];
  if (catalogo.length > 0) l.push(`Catálogo: ${catalogo.join(', ')}.`);

  if (r.rechazados.length > 0) {
    l.push('', `Renglones que NO se importaron (${n(r.rechazados.length)}):`);
    for (const x of r.rechazados) l.push(`  línea ${x.linea}: ${x.motivo}`);
  }
  if (r.sinLeer) l.push('', `Parte del archivo que NO se pudo leer: ${r.sinLeer.motivo}; ninguno de esos renglones se importó.`);

  if (r.avisos.length > 0) {
    l.push('', `Avisos sobre renglones importados (${n(r.avisos.length)}):`);
    const grupos = new Map<string, typeof r.avisos>();
    for (const a of r.avisos) grupos.set(a.tipo, [...(grupos.get(a.tipo) ?? []), a]);
    for (const [tipo, lista] of grupos) {
      const titulo = TITULOS_DE_AVISO[tipo as keyof typeof TITULOS_DE_AVISO];
      if (AGRUPADOS.has(tipo))
        l.push(`  ${titulo} (${plural(lista.length, 'renglón', 'renglones')}): líneas ${rangos(lista.map((a) => a.linea))}`);
      else {
        l.push(`  ${titulo}:`);
        for (const a of lista) l.push(`    línea ${a.linea}: ${a.mensaje}`);
      }
    }
  }
  l.push(
    '',
    `Cuenta: ${n(r.leidos)} renglones leídos = ${n(r.importados)} importados + ${n(r.rechazados.length)} no importados` +
      (r.sinLeer ? `; además, desde la línea ${r.sinLeer.linea} el archivo no se pudo leer.` : '.'),
  );
  return l;
}
