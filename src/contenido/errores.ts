/** One problem found in a content file, located as precisely as the source allows. */
export interface Problema {
  archivo: string;
  linea?: number;
  campo: string;
  mensaje: string;
}

export function formatearProblema(p: Problema): string {
  const lugar = p.linea === undefined ? p.archivo : `${p.archivo}:${p.linea}`;
  return `${lugar}: ${p.campo}: ${p.mensaje}`;
}

/** Thrown when content cannot be published as it is: the build stops and lists every problem. */
export class ErrorDeContenido extends Error {
  readonly problemas: Problema[];

  constructor(problemas: Problema[]) {
    const n = problemas.length;
    super(
      `${n === 1 ? 'Hay 1 problema' : `Hay ${n} problemas`} en el contenido; corríjalos y vuelva a construir:\n` +
        problemas.map((p) => `  ${formatearProblema(p)}`).join('\n'),
    );
    this.name = 'ErrorDeContenido';
    this.problemas = problemas;
  }
}
