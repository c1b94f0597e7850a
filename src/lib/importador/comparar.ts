/** Field-by-field comparison of an imported draft with a hand-curated file. */

export interface Comparacion {
  /** Every leaf field of the curated file: "partes[0].firmante.nombre". */
  campos: { campo: string; esperado: unknown; obtenido: unknown; coincide: boolean }[];
  coinciden: number;
  total: number;
  /** Fields the import wrote that differ from the curated value (an import claims what it writes). */
  discrepancias: string[];
  /** Fields the import wrote that the curated file does not have. */
  sobrantes: string[];
}

function hojas(valor: unknown, prefijo = '', salida = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(valor)) {
    if (valor.length === 0) salida.set(prefijo, []);
    valor.forEach((v, i) => hojas(v, `${prefijo}[${i}]`, salida));
  } else if (valor !== null && typeof valor === 'object') {
    for (const [k, v] of Object.entries(valor)) hojas(v, prefijo ? `${prefijo}.${k}` : k, salida);
  } else salida.set(prefijo, valor);
  return salida;
}

const igual = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function compararConvenios(curado: Record<string, unknown>, importado: Record<string, unknown>): Comparacion {
  const esperadas = hojas(curado);
  const obtenidas = hojas(importado);
  const campos = [...esperadas.entries()].map(([campo, esperado]) => {
    const obtenido = obtenidas.get(campo);
    return { campo, esperado, obtenido, coincide: igual(esperado, obtenido) };
  });
  const discrepancias = campos.filter((c) => c.obtenido !== undefined && !c.coincide).map((c) => c.campo);
  const sobrantes = [...obtenidas.keys()].filter((k) => !esperadas.has(k));
  const coinciden = campos.filter((c) => c.coincide).length;
  return { campos, coinciden, total: campos.length, discrepancias, sobrantes };
}

/** Agreement per top-level field ("partes", "compromisos"…), for a short report. */
export function resumenPorGrupo(c: Comparacion): { grupo: string; coinciden: number; total: number }[] {
  const grupos = new Map<string, { coinciden: number; total: number }>();
  for (const f of c.campos) {
    const grupo = f.campo.split(/[.[]/)[0]!;
    const g = grupos.get(grupo) ?? { coinciden: 0, total: 0 };
    g.total++;
    if (f.coincide) g.coinciden++;
    grupos.set(grupo, g);
  }
  return [...grupos.entries()].map(([grupo, g]) => ({ grupo, ...g }));
}
