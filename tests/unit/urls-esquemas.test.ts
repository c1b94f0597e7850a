import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ente, gobierno, programa } from '../../src/schemas/catalogos.ts';
import { documento } from '../../src/schemas/documento.ts';

// Every field of a content file that holds an address, found by walking the schemas (so a field added later
// is covered too), must refuse javascript: and data: with the portal's Spanish message.
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}

function hojas(esquema: z.ZodType, ruta: string, salida: Map<string, z.ZodType>): Map<string, z.ZodType> {
  const d = (esquema as unknown as { _zod: { def: Def } })._zod.def;
  if (d.type === 'object') for (const [k, v] of Object.entries(d.shape!)) hojas(v, ruta ? `${ruta}.${k}` : k, salida);
  else if (d.type === 'array') hojas(d.element!, `${ruta}[]`, salida);
  else if (d.innerType) hojas(d.innerType, ruta, salida);
  else if (d.options) for (const o of d.options) hojas(o, ruta, salida);
  else if (d.type === 'pipe') hojas(d.in!, ruta, salida);
  else if (d.type === 'string') salida.set(ruta, esquema);
  return salida;
}

const ES_DIRECCION = /(^|[._])(url|sitio_web|enlace|href|liga|pagina_web)$/;
const campos = [
  ...[...hojas(documento, '', new Map())].map(([r, s]) => [`convenio ${r}`, s] as const),
  ...[...hojas(ente, '', new Map())].map(([r, s]) => [`ente ${r}`, s] as const),
  ...[...hojas(gobierno, '', new Map())].map(([r, s]) => [`gobierno ${r}`, s] as const),
  ...[...hojas(programa, '', new Map())].map(([r, s]) => [`programa ${r}`, s] as const),
].filter(([r]) => ES_DIRECCION.test(r.split(' ')[1]!));

describe('los campos de dirección del contenido', () => {
  it('se encuentran todos (documento fuente, evidencias, dictamen, fuente federal, sitios web)', () => {
    expect(campos.map(([r]) => r)).toEqual(
      expect.arrayContaining([
        'convenio documento_fuente.url',
        'convenio compromisos[].seguimiento[].evidencias[].url',
        'convenio compromisos[].seguimiento[].dictamen.url',
        'ente sitio_web',
        'gobierno sitio_web',
      ]),
    );
  });

  it.each(campos)('%s acepta https:// y rechaza javascript:, data: y vbscript: con un mensaje en español', (_campo, esquema) => {
    expect(esquema.safeParse('https://ejemplo.gob.mx/documento.pdf').success).toBe(true);
    for (const malo of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      ' javascript:alert(1)',
    ]) {
      const r = esquema.safeParse(malo);
      expect(r.success, malo).toBe(false);
      expect(r.error!.issues[0]!.message).toMatch(/^enlace no válido: «.*» \(se esperaba una dirección http:\/\/ o https:\/\/\)$/);
    }
  });
});
