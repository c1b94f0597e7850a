// Screenshots of the built site at phone and desktop widths, for a person to look at.
import { mkdirSync } from 'node:fs';
import { abrirNavegador, servirSitio, VISTAS } from './navegador.ts';

const rutas = process.argv.slice(2);
const salida = process.env.CAPTURAS_DIR ?? 'tmp/capturas';
mkdirSync(salida, { recursive: true });
const sitio = await servirSitio();
const navegador = await abrirNavegador();
for (const [nombre, vista] of Object.entries(VISTAS)) {
  const contexto = await navegador.newContext({ viewport: vista });
  const pagina = await contexto.newPage();
  for (const ruta of rutas) {
    await pagina.goto(sitio.url + ruta);
    // Scroll through once, so that content loaded near the viewport (charts) is there in the full-page capture.
    await pagina.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((listo) => setTimeout(listo, 50));
      }
      window.scrollTo(0, 0);
    });
    await pagina.waitForLoadState('networkidle');
    const archivo = `${salida}/${nombre}${ruta.replaceAll('/', '_') || '_'}.png`;
    await pagina.screenshot({ path: archivo, fullPage: true });
    console.log(archivo);
    // Long pages are also cut into screen-sized pieces, which are what a reader actually sees.
    const alto = await pagina.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, n = 1; y < alto && n <= 12; y += vista.height * 2, n++) {
      const trozo = archivo.replace(/\.png$/, `.${n}.png`);
      await pagina.screenshot({
        path: trozo,
        fullPage: true,
        clip: { x: 0, y, width: vista.width, height: Math.min(vista.height * 2, alto - y) },
      });
    }
  }
  await contexto.close();
}
await navegador.close();
await sitio.cerrar();
