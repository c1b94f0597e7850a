import type { Documento } from '../schemas/documento.ts';

/**
 * Paths of the texts a signed convenio leaves empty, e.g. ['compromisos', 3, 'aspecto']: what an importer
 * BORRADOR could not read with confidence. Only a draft may have them (src/contenido/cargar-fs.ts).
 */
export function camposSinLeer(datos: Documento): (string | number)[][] {
  const rutas: (string | number)[][] = [];
  datos.compromisos.forEach((k, i) => {
    // A federal ASM may lack its text because the source does.
    if ('id_asm' in k) return;
    for (const campo of ['aspecto', 'accion'] as const) if (!k[campo]) rutas.push(['compromisos', i, campo]);
  });
  if (!('partes' in datos)) return rutas;
  datos.partes.forEach((p, i) =>
    p.obligaciones.forEach((o, j) => {
      if (!o.texto) rutas.push(['partes', i, 'obligaciones', j, 'texto']);
    }),
  );
  datos.hallazgos.forEach((h, i) => {
    if (!h.texto) rutas.push(['hallazgos', i, 'texto']);
  });
  return rutas;
}
