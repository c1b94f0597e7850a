import { describe, expect, it } from 'vitest';
import { conjuntoDe, esquemaDeDescarga, registroDe } from '../../src/lib/datos/registro.ts';
import { CORTE, indiceDePrueba, publicacion } from './datos-catalogo.ts';
import { validador } from './esquema-json.ts';

const indice = indiceDePrueba();
const pub = publicacion();
const validarRegistro = validador(esquemaDeDescarga('registro-convenio', pub));
const validarConjunto = validador(esquemaDeDescarga('convenios', pub));

describe('registro JSON de un convenio', () => {
  it.each(indice.convenios.map((c) => [c.id, c] as const))('%s valida contra su esquema JSON publicado', (_id, c) => {
    expect(validarRegistro(registroDe(c, indice, pub))).toEqual([]);
  });

  const registro = registroDe(indice.porId.convenios.get('issemym-2021')!, indice, pub);
  if (registro.tipo !== 'convenio') throw new Error('se esperaba un convenio');
  const r = registro;

  it('conserva todo el historial de seguimiento, no sólo el último reporte', () => {
    const asm2 = r.compromisos.find((k) => k.id === 'asm-2')!;
    expect(asm2.seguimiento.map((s) => s.fecha)).toEqual(['2021-07-01', '2021-07-20']);
    expect(asm2.seguimiento[0]!.avance).toBe(40);
    expect(asm2.seguimiento[1]!.dictamen).toEqual({ documento: 'Oficio 123', url: 'https://ejemplo.gob.mx/dictamen.pdf' });
  });

  it('resuelve las partes y calcula estados, vencimientos y la tasa', () => {
    expect(r.ente_evaluado).toEqual({
      id: 'issemym',
      nombre: 'Instituto de Seguridad Social del Estado de México y Municipios',
      siglas: 'ISSEMYM',
      url: 'https://ejemplo.gob.mx/entes/issemym/',
    });
    expect(r.partes.map((p) => p.ente.id)).toEqual(['secretaria-de-finanzas', 'issemym']);
    expect(r.compromisos.map((k) => [k.id, k.estado, k.vencimiento, k.exigible])).toEqual([
      ['asm-1', 'sin_informacion', '2021-07-30', true],
      ['asm-2', 'atendido_a_tiempo', '2021-07-30', true],
      ['asm-3', 'vencido', '2022-01-15', true],
      ['asm-3b', 'pendiente', '2023-12-31', false],
    ]);
    expect(r.cumplimiento).toMatchObject({ compromisos: 4, exigibles: 3, atendidos: 1 });
    expect(r.cumplimiento.descripcion).toBe('1 de 3 compromisos exigibles atendidos (33.3%)');
    expect(r.fecha_corte).toBe(CORTE);
    expect(r.notas_de_calidad.some((n) => n.includes('«3»'))).toBe(true);
  });

  it('lo que falta no aparece (ni null ni cadena vacía)', () => {
    expect(r).not.toHaveProperty('ejercicio_evaluado');
    expect(r.programa).not.toHaveProperty('clave');
    expect(JSON.stringify(r)).not.toContain('null');
  });

  it('se declara a sí mismo con $schema, para que un editor lo valide', () => {
    expect(r.$schema).toBe('https://ejemplo.gob.mx/datos/esquemas/registro-convenio.schema.json');
  });

  it('el esquema rechaza un registro alterado', () => {
    const malo = structuredClone(r) as Record<string, unknown>;
    (malo.compromisos as { estado: string }[])[0]!.estado = 'cumplido';
    expect(validarRegistro(malo).join()).toMatch(/estado/);
    expect(validarRegistro({ ...r, inventado: 1 }).join()).toMatch(/additional/);
  });
});

describe('convenios.json', () => {
  const conjunto = conjuntoDe(indice, pub);
  it('valida contra su esquema y lleva todos los convenios, del más reciente al más antiguo', () => {
    expect(validarConjunto(conjunto)).toEqual([]);
    expect(conjunto.convenios.map((c) => c.id)).toEqual(['defensoria-2022', 'issemym-2021']);
    expect(conjunto.licencia.url).toBe('https://datos.gob.mx/libreusomx');
  });
  it('cada convenio es igual a su archivo individual', () => {
    for (const c of conjunto.convenios) {
      const { $schema: _s, ...solo } = registroDe(indice.porId.convenios.get(c.id)!, indice, pub);
      expect(c).toEqual(solo);
    }
  });
});

describe('bajo una subruta', () => {
  it('todas las direcciones llevan la subruta', () => {
    const r = registroDe(indice.convenios[0]!, indice, publicacion('/convenios-abiertos/'));
    const urls = JSON.stringify(r).match(/https:\/\/ejemplo\.gob\.mx[^"#]*/g)!;
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/ejemplo\.gob\.mx\/convenios-abiertos\//);
  });
});
