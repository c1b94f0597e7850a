/** YAML writer: block style, plain scalars where YAML 1.2 reads them back as the same string. */

type Yaml = string | number | boolean | undefined | readonly Yaml[] | { readonly [k: string]: Yaml };

const RESERVADAS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

function escalar(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(v)) return v; // dates stay strings in the YAML 1.2 core schema
  if (/^[A-Za-zÁÉÍÓÚÜÑáéíóúüñ¿¡«(]/.test(v) && !/: |:$| #|\s$|[\n\r\t"\\]/.test(v) && !RESERVADAS.test(v)) return v;
  return JSON.stringify(v); // a JSON string is a valid YAML double-quoted scalar
}

function emitirMapa(o: { readonly [k: string]: Yaml }, sangria: string, out: string[], primeraLinea?: string): void {
  let primera = true;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v === undefined) continue;
    const pre = primera && primeraLinea !== undefined ? primeraLinea : sangria;
    primera = false;
    if (Array.isArray(v)) {
      if (v.length === 0) out.push(`${pre}${k}: []`);
      else {
        out.push(`${pre}${k}:`);
        emitirLista(v, `${sangria}  `, out);
      }
    } else if (typeof v === 'object') {
      out.push(`${pre}${k}:`);
      emitirMapa(v as { readonly [k: string]: Yaml }, `${sangria}  `, out);
    } else {
      out.push(`${pre}${k}: ${escalar(v as string | number | boolean)}`);
    }
  }
}

function emitirLista(lista: readonly Yaml[], sangria: string, out: string[]): void {
  for (const v of lista) {
    if (v === undefined) continue;
    if (Array.isArray(v)) throw new Error('listas anidadas no previstas');
    if (typeof v === 'object') emitirMapa(v as { readonly [k: string]: Yaml }, `${sangria}  `, out, `${sangria}- `);
    else out.push(`${sangria}- ${escalar(v as string | number | boolean)}`);
  }
}

/** The data as a YAML document whose first line is the comment «# {comentario}». */
export function escribirYaml(datos: object, comentario: string): string {
  const out = [`# ${comentario}`];
  emitirMapa(datos as { readonly [k: string]: Yaml }, '', out);
  return `${out.join('\n')}\n`;
}
