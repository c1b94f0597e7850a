import { esFechaReal } from '../fechas.ts';
import { normalizar } from './texto.ts';

const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MES = `(${MESES.join('|')}|setiembre)`;

function mesNumero(nombre: string): number {
  const n = normalizar(nombre);
  return n === 'setiembre' ? 9 : MESES.indexOf(n) + 1;
}

const dos = (n: number) => String(n).padStart(2, '0');

export interface FechaLeida {
  /** AAAA-MM-DD, or AAAA-MM when the text gives only the month. */
  valor: string;
  /** The words it was read from, as printed. */
  texto: string;
}

/** Every date written in words or figures in a text, in order: "17 de mayo de 2021", "a los 6 días del mes de diciembre de 2022", "30/07/2021". */
export function fechasEn(texto: string): FechaLeida[] {
  const n = texto.normalize('NFC');
  const halladas: { i: number; f: FechaLeida }[] = [];
  const patrones: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
    [
      new RegExp(`(?<!\\d)(\\d{1,2})\\s+(?:de\\s+)?(?:días\\s+del\\s+mes\\s+de\\s+)?${MES}\\s+(?:de(?:l)?\\s+)?(\\d{4})`, 'giu'),
      (m) => `${m[3]}-${dos(mesNumero(m[2]!))}-${dos(Number(m[1]))}`,
    ],
    [/(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g, (m) => `${m[3]}-${dos(Number(m[2]))}-${dos(Number(m[1]))}`],
    [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  ];
  const ocupado: [number, number][] = [];
  for (const [re, aFecha] of patrones) {
    for (let m = re.exec(n); m; m = re.exec(n)) {
      const valor = aFecha(m);
      if (valor && esFechaReal(valor) && !ocupado.some(([a, b]) => m!.index < b && m!.index + m![0].length > a)) {
        halladas.push({ i: m.index, f: { valor, texto: m[0] } });
        ocupado.push([m.index, m.index + m[0].length]);
      }
    }
  }
  return halladas.sort((a, b) => a.i - b.i).map((h) => h.f);
}

/**
 * A due date as a table cell prints it: a day ("30 de julio de 2021") or a whole month
 * ("Diciembre 2022", "diciembre de 2022"). Undefined when the cell is not one date.
 */
export function fechaComprometidaDe(celda: string): FechaLeida | undefined {
  const limpia = celda.replace(/\s+/g, ' ').trim();
  const dias = fechasEn(limpia);
  if (dias.length === 1) return dias[0];
  if (dias.length > 1) return undefined;
  const m = new RegExp(`^(?:a más tardar (?:en |el mes de )?)?${MES}\\s+(?:de(?:l)?\\s+)?(\\d{4})\\.?$`, 'iu').exec(limpia);
  if (m) return { valor: `${m[2]}-${dos(mesNumero(m[1]!))}`, texto: limpia };
  return undefined;
}

/** "17 de mayo de 2021" from "2021-05-17", the way the documents write it. */
export function fechaEnPalabras(fecha: string): string {
  const [a, m, d] = fecha.split('-').map(Number) as [number, number, number];
  return `${d} de ${MESES[m - 1]} de ${a}`;
}
