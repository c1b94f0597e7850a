/**
 * Loads Chart.js only when a chart comes near the viewport: pages without charts never load it, and a
 * page whose charts are never scrolled to never pays for them. The tables beside the charts are the content.
 */
const figuras = [...document.querySelectorAll<HTMLElement>('[data-grafica]')];

function dibujar(el: HTMLElement): void {
  import('./dibujar-grafica.ts')
    .then(({ dibujarGrafica }) => dibujarGrafica(el))
    .catch((error: unknown) => {
      // The table is still there: hide the empty box and leave a trace for whoever debugs it.
      el.hidden = true;
      console.error('No se pudo dibujar la gráfica', error);
    });
}

if (figuras.length > 0) {
  if ('IntersectionObserver' in window) {
    const observador = new IntersectionObserver(
      (entradas) => {
        for (const e of entradas) {
          if (!e.isIntersecting) continue;
          observador.unobserve(e.target);
          dibujar(e.target as HTMLElement);
        }
      },
      { rootMargin: '300px 0px' },
    );
    for (const f of figuras) observador.observe(f);
  } else {
    for (const f of figuras) dibujar(f);
  }
}
