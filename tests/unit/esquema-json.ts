/**
 * A JSON Schema 2020-12 validator (ajv) with formats, as a consumer of the downloads would use it.
 * Not a test file: vitest only runs *.test.ts.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function validador(esquema: Record<string, unknown>) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validar = ajv.compile(esquema);
  return (datos: unknown): string[] =>
    validar(datos) ? [] : (validar.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
