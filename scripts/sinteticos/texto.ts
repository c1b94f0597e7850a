/** Small text helpers for the synthetic convenios' wording. */

export function rellenar(plantilla: string, valores: Record<string, string>): string {
  return plantilla.replace(/\{(\w+)\}/g, (_, k: string) => valores[k] ?? `{${k}}`);
}

export function articulo(nombre: string): string {
  return /^(Instituto|Sistema|Organismo)/.test(nombre) ? 'el' : 'la';
}

export function minusculaInicial(t: string): string {
  // «La MIR…» → «la MIR…», but keep acronyms («MIR», «ODS») as they are.
  return /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
}
