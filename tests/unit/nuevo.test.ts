import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nuevo } from '../../src/cli/orden-nuevo.ts';
import { validar } from '../../src/cli/orden-validar.ts';
import { copiarContenidoCurado } from '../contenido-curado.ts';

const temporales: string[] = [];
afterAll(() => temporales.forEach((t) => rmSync(t, { recursive: true, force: true })));
function copia(): string {
  const c = mkdtempSync(join(tmpdir(), 'nuevo-'));
  temporales.push(c);
  copiarContenidoCurado(c);
  return c;
}
const BANDERAS = {
  id: 'issemym-prueba-2024',
  titulo: 'Convenio para la Mejora del Desempeño de prueba',
  gobierno: 'estado-de-mexico',
  programa: 'prestaciones-potestativas-edomex',
  pae: '2023',
  evaluacion: 'Evaluación de Diseño Programático',
  firma: '2024-03-01',
  lugar: 'Toluca de Lerdo, Estado de México',
  lineamientos: 'Lineamientos Generales para la Evaluación: versión "2017"',
  disposicion: 'VIGÉSIMA QUINTA',
  coordinadora: 'secretaria-de-finanzas-edomex',
  'coordinadora-denominacion': 'LA SECRETARÍA',
  'coordinadora-firmante': 'Nombre Uno',
  'coordinadora-cargo': 'Subsecretario',
  evaluado: 'issemym',
  'evaluado-denominacion': 'EL SUJETO EVALUADO',
  'evaluado-firmante': 'Nombre Dos',
  'evaluado-cargo': 'Directora General',
  aspecto: 'Aspecto: con dos puntos, # almohadilla y «comillas»',
  accion: 'Acción comprometida',
  'fecha-compromiso': '2024-12',
  prorroga: 'no',
  url: 'https://example.gob.mx/convenio.pdf',
};
const argv = (cambios: Record<string, string | null> = {}) =>
  Object.entries({ ...BANDERAS, ...cambios }).flatMap(([k, v]) => (v === null ? [] : [`--${k}`, v]));

describe('npm run nuevo (con banderas, sin preguntas)', () => {
  it('escribe un esqueleto válido, con comentarios en español, que el validador acepta', async () => {
    const c = copia();
    const r = await nuevo([...argv(), '--contenido', c]);
    expect(r.codigo).toBe(0);
    const texto = readFileSync(join(c, 'convenios/issemym-prueba-2024.md'), 'utf8');
    expect(texto).toContain('# Año del Programa Anual de Evaluación (PAE) que ordenó la evaluación, sin comillas.\npae: 2023\n');
    expect(texto).toContain('aspecto: "Aspecto: con dos puntos, # almohadilla y «comillas»"');
    expect(texto).toContain('fecha_comprometida: "2024-12"');
    const v = validar(['--contenido', c]);
    expect(v.codigo).toBe(0);
    expect(v.lineas.join('\n')).not.toContain('issemym-prueba-2024.md:');
  });

  it('con un documento en content/documentos/ calcula su huella', async () => {
    const c = copia();
    const r = await nuevo([
      ...argv({ url: null, archivo: 'convenio-edomex-issemym-prestaciones-potestativas-2021.txt' }),
      '--contenido',
      c,
    ]);
    expect(r.codigo).toBe(0);
    expect(readFileSync(join(c, 'convenios/issemym-prueba-2024.md'), 'utf8')).toContain(
      'sha256: 91ff2ec43172cd86663239752c460f4e42e088cecd0d2b6f8e22178d0f5e664c',
    );
  });

  it('sin terminal y con datos que faltan o no existen: lista todo lo que falta y no escribe', async () => {
    const c = copia();
    const r = await nuevo([...argv({ gobierno: 'estado-de-mexic', titulo: null, firma: '2024-02-30', url: null }), '--contenido', c]);
    expect(r.codigo).toBe(1);
    const salida = r.lineas.join('\n');
    expect(salida).toContain('falta --titulo');
    expect(salida).toContain('--gobierno: «estado-de-mexic» no existe en content/gobiernos/ (¿quiso decir «estado-de-mexico»?)');
    expect(salida).toContain('--firma: se esperaba una fecha real AAAA-MM-DD');
    expect(salida).toContain('falta --url o --archivo');
  });

  it('no pisa un convenio existente', async () => {
    const r = await nuevo([...argv({ id: 'edomex-issemym-prestaciones-potestativas-2021' }), '--contenido', copia()]);
    expect(r.codigo).toBe(1);
    expect(r.lineas[0]).toMatch(/ya existe/);
  });

  it('pregunta lo que falta cuando hay alguien en el teclado, y valida cada respuesta', async () => {
    const c = copia();
    const respuestas = new Map([['Título del convenio', ['', 'Título respondido']]]);
    const preguntas: string[] = [];
    const r = await nuevo([...argv({ titulo: null }), '--contenido', c], {}, async ({ pregunta, validar: v }) => {
      preguntas.push(pregunta);
      const lista = respuestas.get(pregunta)!;
      // The first answer is empty and must be rejected; the prompt asks again.
      for (const x of lista) if (v(x) === true) return x;
      throw new Error('ninguna respuesta válida');
    });
    expect(preguntas).toEqual(['Título del convenio']);
    expect(r.codigo).toBe(0);
    expect(readFileSync(join(c, 'convenios/issemym-prueba-2024.md'), 'utf8')).toContain('titulo: "Título respondido"');
  });
});
