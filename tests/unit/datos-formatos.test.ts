import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import ical from 'ical-generator';
import {
  calendarioDe,
  calendarioGeneral,
  calendarioIcs,
  enVentana,
  eventosDeConvenio,
  eventosEnVentana,
  eventosPorCompromiso,
  plegarLineas,
  uidDe,
  ventanaDelCalendario,
} from '../../src/lib/datos/calendario.ts';
import { citaSugerida, formatearBytes, valoresLegibles } from '../../src/lib/datos/diccionario.ts';
import { insigniaSvg, textoDeInsigniaPorTipo } from '../../src/lib/datos/insignia.ts';
import { jsonLdConvenio, jsonLdEnte, jsonLdPrograma, serializarJsonLd } from '../../src/lib/datos/metadatos.ts';
import { fechaDeConstruccion } from '../../src/lib/datos/publicacion.ts';
import { ENTRADAS_DEL_RSS, opcionesRss } from '../../src/lib/datos/rss.ts';
import { opcionesRssVencimientos, tieneVencimientos } from '../../src/lib/datos/rss-vencimientos.ts';
import { sumarDias } from '../../src/lib/fechas.ts';
import { tablaPorNombre } from '../../src/lib/datos/tablas.ts';
import { contar, type Conteo } from '../../src/lib/tasas.ts';
import { CORTE, indiceDePrueba, publicacion } from './datos-catalogo.ts';

const indice = indiceDePrueba();
const pub = publicacion();

function eventos(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('iCalendar de vencimientos', () => {
  const ics = calendarioDe({ nombre: 'Todos', descripcion: 'Prueba', convenios: indice.convenios, corte: CORTE }, pub);

  it('un evento de día completo por compromiso, en su vencimiento efectivo', () => {
    const lista = eventos(ics);
    const esperados = indice.convenios.flatMap((c) =>
      c.compromisos.map((k) => ({ uid: uidDe(c.id, k.compromiso.id, pub), dia: k.situacion.vencimiento })),
    );
    expect(lista.map((e) => ({ uid: e.uid, dia: e.startDate.toString() })).sort((a, b) => a.uid.localeCompare(b.uid))).toEqual(
      esperados.sort((a, b) => a.uid.localeCompare(b.uid)),
    );
    for (const e of lista) expect(e.startDate.isDate).toBe(true);
  });

  it('la prórroga mueve el evento', () => {
    const asm3 = eventos(ics).find((e) => e.uid === uidDe('issemym-2021', 'asm-3', pub))!;
    expect(asm3.startDate.toString()).toBe('2022-01-15');
    expect(asm3.summary).toContain('Vence el compromiso 3 de ISSEMYM');
    expect(asm3.description).toContain('Estado al 30 de junio de 2023: Vencido en proceso.');
    expect(asm3.description).toContain('https://ejemplo.gob.mx/convenios/issemym-2021/#compromiso-asm-3');
  });

  it('DTSTAMP es la fecha de construcción: el archivo es reproducible', () => {
    expect(ics).toMatch(/DTSTAMP:20230701T060000Z/);
    expect(ics).not.toMatch(/DTSTAMP:(?!20230701T060000Z)/);
    expect(calendarioDe({ nombre: 'Todos', descripcion: 'Prueba', convenios: indice.convenios, corte: CORTE }, pub)).toBe(ics);
  });

  it('pliega las líneas igual que ical-generator (75 octetos, sin partir caracteres de varios bytes)', () => {
    const cal = ical({ name: 'Prueba' });
    for (const texto of ['corto', 'á'.repeat(200), `${'x'.repeat(73)}ñandú 😀 ${'é'.repeat(90)}`, '😀'.repeat(60)]) {
      cal.createEvent({
        id: texto.length.toString(),
        start: new Date('2022-01-01T12:00:00Z'),
        allDay: true,
        stamp: new Date(0),
        summary: texto,
        description: `${texto}\n${texto}`,
      });
    }
    const deLaLibreria = cal.toString();
    const sinPlegar = deLaLibreria.replace(/\r\n /g, '');
    expect(plegarLineas(sinPlegar)).toBe(deLaLibreria);
    for (const linea of plegarLineas(sinPlegar).split('\r\n')) expect(Buffer.byteLength(linea)).toBeLessThanOrEqual(75);
  });

  it('un ente sin convenios tiene un calendario válido y vacío', () => {
    const vacio = calendarioDe({ nombre: 'Nada', descripcion: 'Nada', convenios: [], corte: CORTE }, pub);
    expect(eventos(vacio)).toEqual([]);
    expect(vacio).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR/);
  });
});

describe('calendario general: sólo lo que vence cerca del corte', () => {
  const porConvenio = indice.convenios.map((c) => eventosPorCompromiso(c, CORTE, pub));
  const todos = calendarioDe({ nombre: 'Todos', descripcion: 'Prueba', convenios: indice.convenios, corte: CORTE }, pub);

  it.each([
    { caso: 'un corte cualquiera', corte: '2026-11-21', desde: '2026-10-22', hasta: '2027-05-21' },
    { caso: 'seis meses después cae en un febrero corto', corte: '2026-08-31', desde: '2026-08-01', hasta: '2027-02-28' },
    { caso: 'treinta días antes cruza un 29 de febrero', corte: '2024-03-30', desde: '2024-02-29', hasta: '2024-09-30' },
    { caso: 'cruza el fin de año', corte: '2023-12-15', desde: '2023-11-15', hasta: '2024-06-15' },
  ])('ventana con $caso: $corte → $desde a $hasta', ({ corte, desde, hasta }) => {
    expect(ventanaDelCalendario(corte)).toEqual({ desde, hasta });
    expect(enVentana(desde, { desde, hasta })).toBe(true);
    expect(enVentana(hasta, { desde, hasta })).toBe(true);
    expect(enVentana(sumarDias(desde, -1), { desde, hasta })).toBe(false);
    expect(enVentana(sumarDias(hasta, 1), { desde, hasta })).toBe(false);
  });

  // Due dates of the test index: asm-1 and asm-2 2021-07-30, asm-3 2022-01-15 (extension), rec-1 2022-12-31, asm-3b 2023-12-31.
  it.each([
    { corte: '2021-08-29', uids: ['issemym-2021.asm-1', 'issemym-2021.asm-2', 'issemym-2021.asm-3'] },
    { corte: '2021-08-30', uids: ['issemym-2021.asm-3'] },
    { corte: '2022-07-01', uids: ['defensoria-2022.rec-1'] },
    { corte: '2023-06-30', uids: [] },
    { corte: '2023-07-01', uids: ['issemym-2021.asm-3b'] },
  ])('al $corte trae $uids', ({ corte, uids }) => {
    const lista = eventosEnVentana(porConvenio, ventanaDelCalendario(corte));
    expect(
      eventos(calendarioIcs(calendarioGeneral(ventanaDelCalendario(corte), corte), lista, pub)).map((e) => e.uid.split('@')[0]),
    ).toEqual(uids);
    // The same bytes as in the calendar of every event: UIDs, text and folding unchanged.
    for (const e of lista) expect(todos).toContain(e);
  });

  it('plegar cada evento solo da los mismos bytes que plegarlos juntos', () => {
    for (const [i, c] of indice.convenios.entries()) {
      const juntos = porConvenio[i]!.map((e) => e.texto).join('');
      expect(plegarLineas(juntos.replace(/\r\n /g, ''))).toBe(juntos);
      expect(eventosDeConvenio(c, CORTE, pub)).toBe(juntos);
    }
  });

  it('su descripción dice la ventana con sus fechas y dónde están todos los vencimientos', () => {
    const { nombre, descripcion } = calendarioGeneral(ventanaDelCalendario('2026-11-21'), '2026-11-21');
    expect(nombre).toBe('Convenios Abiertos: próximos vencimientos de compromisos');
    expect(descripcion).toContain(
      'que vencen del 22 de octubre de 2026 al 21 de mayo de 2027: de 30 días antes a 6 meses después de la fecha de corte (21 de noviembre de 2026)',
    );
    expect(descripcion).toContain('calendario de su página');
  });
});

describe('RSS de vencimientos de un ente o programa', () => {
  const fechados = indice.convenios.flatMap((c) => c.compromisos).filter((k) => k.situacion.vencimiento !== undefined);
  // A cut-off where something fell due in the 30 days before and something falls due in the 30 after.
  const vencimientos = [...new Set(fechados.map((k) => k.situacion.vencimiento!))].sort();
  const corte = sumarDias(vencimientos[0]!, 1);
  const opciones = opcionesRssVencimientos(
    { nombre: 'Prueba', pagina: '/entes/x/', propia: '/entes/x/vencimientos.xml', documentos: indice.convenios, corte },
    pub,
  );

  it('one item per commitment due within 30 days of the cut-off, either side, titled with its day', async () => {
    const desde = sumarDias(corte, -30);
    const hasta = sumarDias(corte, 30);
    const esperados = fechados.filter((k) => k.situacion.vencimiento! >= desde && k.situacion.vencimiento! <= hasta);
    expect(esperados.length).toBeGreaterThan(0);
    expect(opciones.items).toHaveLength(esperados.length);
    for (const item of opciones.items as { title: string; link: string }[]) {
      expect(item.title).toMatch(/^Venc(e|ió) el \d+ de [a-z]+ de \d{4}: /);
      expect(item.link).toMatch(/#compromiso-/);
    }
    const xml = await getRssString(opciones);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('https://ejemplo.gob.mx/entes/x/vencimientos.xml');
  });

  it('a set without dated commitments has no feed to offer', () => {
    expect(tieneVencimientos(indice.convenios)).toBe(true);
    expect(tieneVencimientos([])).toBe(false);
  });
});

describe('insignia', () => {
  const vacio = contar([]);
  const de = (convenio: Conteo, seguimiento_federal: Conteo = vacio) => ({ convenio, seguimiento_federal });
  const publicacion = { periodo: '01T2017', ultimoReporte: '2017-03-31' };
  it.each([
    [de(contar([])), 'sin compromisos registrados'],
    [de(contar(['pendiente', 'en_proceso'])), 'ninguno exigible aún (2 abiertos)'],
    [de(contar(['cancelado', 'dado_de_baja'])), 'sin compromisos exigibles (cancelados o dados de baja)'],
    [de(contar(['atendido_a_tiempo', 'sin_informacion', 'vencido', 'pendiente'])), '1 de 3 exigibles atendidos'],
    [de(contar(Array(1500).fill('sin_informacion'))), '0 de 1,500 exigibles atendidos'],
    // Federal ASM: their own measure, never added to the convenios', with the SHCP publication they come from.
    [de(vacio, contar(['atendido_sin_plazo', 'sin_reporte_reciente', 'cancelado'])), 'ASM federales 1 de 2 concluidos (SHCP 1T 2017)'],
    [
      de(contar(['sin_informacion']), contar(['atendido_sin_plazo', 'atendido_sin_plazo'])),
      '0 de 1 exigibles atendidos · ASM federales 2 de 2 concluidos (SHCP 1T 2017)',
    ],
    [de(vacio, contar(['cancelado'])), 'ASM federales: ninguno comprometido (SHCP 1T 2017)'],
  ])('%#: %s', (conteos, texto) => {
    expect(textoDeInsigniaPorTipo(conteos, publicacion)).toBe(texto);
    const svg = insigniaSvg(conteos, publicacion);
    expect(XMLValidator.validate(svg)).toBe(true);
    const arbol = new XMLParser({ ignoreAttributes: false }).parse(svg) as {
      svg: { title: string; '@_role': string; '@_aria-label': string };
    };
    expect(arbol.svg.title).toBe(`Cumplimiento ASM: ${texto}`);
    expect(arbol.svg['@_role']).toBe('img');
  });
  it('without a publication the federal part still names its source', () => {
    expect(textoDeInsigniaPorTipo(de(vacio, contar(['atendido_sin_plazo'])))).toBe('ASM federales 1 de 1 concluidos (SHCP)');
  });
});

describe('JSON-LD', () => {
  it('escapa lo que podría cerrar el elemento <script>, y sigue siendo el mismo JSON', () => {
    const datos = { name: 'a</script><script>alert(1)</script> & \u2028' };
    const texto = serializarJsonLd(datos);
    expect(texto).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(texto)).toEqual(datos);
  });

  it('el convenio es un documento con sus partes como autores, su fecha de firma y su programa', () => {
    const ld = jsonLdConvenio(indice.porId.convenios.get('defensoria-2022')!, indice, pub) as Record<string, any>;
    expect(ld['@type']).toBe('DigitalDocument');
    expect(ld.dateCreated).toBe('2022-12-06');
    expect(ld.author.map((a: { name: string }) => a.name)).toEqual([
      'Secretaría de Finanzas',
      'Defensoría "Municipal" <de> Derechos Humanos',
    ]);
    expect(ld.about).toMatchObject({ identifier: '01020401', url: 'https://ejemplo.gob.mx/programas/derechos-humanos/' });
    expect(ld.encoding[0]).toMatchObject({
      contentUrl: 'https://ejemplo.gob.mx/documentos/convenio.txt',
      encodingFormat: 'text/plain',
      sha256: 'a'.repeat(64),
    });
    // Dates the source does not give are not made up.
    expect(ld).not.toHaveProperty('datePublished');
  });

  it('el ente es una organización de gobierno dentro de su gobierno; el programa, un servicio con quien lo presta', () => {
    const ente = jsonLdEnte(indice.porId.entes.get('issemym')!, pub) as Record<string, any>;
    expect(ente).toMatchObject({
      '@type': 'GovernmentOrganization',
      alternateName: 'ISSEMYM',
      parentOrganization: { name: 'Gobierno del Estado de México' },
    });
    const programa = jsonLdPrograma(indice.porId.programas.get('prestaciones')!, pub) as Record<string, any>;
    expect(programa).toMatchObject({
      '@type': 'GovernmentService',
      provider: [{ name: 'Instituto de Seguridad Social del Estado de México y Municipios' }],
    });
    expect(programa).not.toHaveProperty('identifier');
  });
});

describe('RSS', () => {
  it('los convenios del más reciente al más antiguo, con programa, ente y número de compromisos', async () => {
    const xml = await getRssString(opcionesRss(indice, pub));
    expect(XMLValidator.validate(xml)).toBe(true);
    const canal = new XMLParser().parse(xml).rss.channel as {
      item: { title: string; link: string; description: string; category: string[] }[];
      language: string;
    };
    expect(canal.language).toBe('es-MX');
    expect(canal.item.map((i) => i.link)).toEqual([
      'https://ejemplo.gob.mx/convenios/defensoria-2022/',
      'https://ejemplo.gob.mx/convenios/issemym-2021/',
    ]);
    expect(canal.item[1]!.description).toContain('Ente evaluado: Instituto de Seguridad Social del Estado de México y Municipios.');
    expect(canal.item[1]!.description).toContain('Programa presupuestario: Prestaciones potestativas.');
    expect(canal.item[1]!.description).toContain('4 compromisos');
    expect(canal.item[0]!.category).toContain('01020401 Derechos Humanos');
  });

  it(`con más de ${ENTRADAS_DEL_RSS} documentos trae sólo los ${ENTRADAS_DEL_RSS} primeros, que son los más recientes`, () => {
    const muchos = Array.from({ length: ENTRADAS_DEL_RSS + 5 }, (_, i) => ({ ...indice.convenios[i % 2]!, id: `c-${i}` }));
    const items = opcionesRss({ ...indice, convenios: muchos }, pub).items as { link: string }[];
    expect(items.map((i) => i.link)).toEqual(muchos.slice(0, ENTRADAS_DEL_RSS).map((c) => `https://ejemplo.gob.mx/convenios/${c.id}/`));
  });
});

describe('fecha de construcción', () => {
  const ahora = new Date('2030-01-01T00:00:00Z');
  it.each([
    [{}, ahora.toISOString()],
    [{ SOURCE_DATE_EPOCH: '1688191200' }, '2023-07-01T06:00:00.000Z'],
    [{ SOURCE_DATE_EPOCH: ' 0 ' }, '1970-01-01T00:00:00.000Z'],
  ])('%j', (entorno, esperado) => {
    expect(fechaDeConstruccion(entorno, ahora).toISOString()).toBe(esperado);
  });
  it('rechaza un SOURCE_DATE_EPOCH que no son segundos', () => {
    expect(() => fechaDeConstruccion({ SOURCE_DATE_EPOCH: 'ayer' })).toThrow(/SOURCE_DATE_EPOCH: «ayer» no es válido/);
  });
});

describe('diccionario', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1,023 bytes'],
    [10_080, '10,080 bytes (9.8 kB)'],
    [5 * 1024 * 1024, '5,242,880 bytes (5 MB)'],
  ])('%i bytes', (n, texto) => expect(formatearBytes(n)).toBe(texto));

  it('dice los valores posibles de una columna', () => {
    const estado = tablaPorNombre('compromisos').columnas.find((c) => c.nombre === 'estado')!;
    expect(valoresLegibles(estado).lista.map((v) => v.valor)).toContain('sin_informacion');
    expect(valoresLegibles(estado).nota).toBe('siempre tiene valor');
    const avance = tablaPorNombre('compromisos').columnas.find((c) => c.nombre === 'avance')!;
    expect(valoresLegibles(avance).nota).toBe('de 0 a 100; puede quedar vacía');
  });

  it('la cita lleva editor, año, título, fecha de corte y dirección', () => {
    expect(citaSugerida(CORTE, pub)).toBe(
      'Convenios Abiertos (2023). Convenios para la Mejora del Desempeño y Resultados Gubernamentales: compromisos y seguimiento [conjunto de datos]. Datos con corte al 30 de junio de 2023. https://ejemplo.gob.mx/datos/',
    );
  });
});
