// Embeds the Booster IA simulator in another site's page:
//   <div id="booster-ia"></div>
//   <script src="https://SIMULATOR/embed.js" data-lang="fr" data-target="#booster-ia"
//           data-parent-origin="https://www.example.org" async></script>
// The simulator runs in an iframe that takes its content's height (no inner
// scroll bar), in the language asked, with a link to open it in a full page.
// While the host page scrolls, the frame keeps its result (verdict and grant)
// within the part of it that is in view.
// With data-parent-origin (this page's own origin), the user may press « send
// my simulation to this site » inside the frame: only then, and only to that
// origin, the simulation arrives here as a `booster-ia:assessment` event on the
// frame's container, event.detail being exactly the object the user saw in the
// consent: { type, title, verdict, figures: { total_costs, eligible_costs,
// potential_grant, grant, advance } }, plus lines, partners and checks if the
// user chose to add the details.
(() => {
  const script = document.currentScript;
  if (!script) return;
  const simulator = new URL('.', script.src);
  const lang = script.dataset.lang === 'en' ? 'en' : 'fr';
  const declared = script.dataset.parentOrigin || '';
  // Where the frame posts its height: this page. The assessment only if the
  // host declared it wants it, for its own origin.
  const share = declared === location.origin ? '&share' : '';
  const frame = document.createElement('iframe');
  frame.src = `${simulator}?embed&lang=${lang}&parent=${encodeURIComponent(location.origin)}${share}`;
  frame.title = lang === 'fr' ? 'Simulateur Booster IA (Région Normandie)' : 'Booster IA simulator (Région Normandie)';
  frame.style.cssText = 'width:100%;border:0;display:block;height:600px;';
  frame.setAttribute('loading', 'lazy');
  const full = document.createElement('a');
  full.href = simulator.toString();
  full.target = '_blank';
  full.rel = 'noopener';
  full.textContent = lang === 'fr' ? 'Ouvrir le simulateur en pleine page' : 'Open the simulator in a full page';
  const box = document.createElement('div');
  box.className = 'booster-ia-embed';
  box.append(frame, full);
  const target = script.dataset.target && document.querySelector(script.dataset.target);
  if (target) target.append(box); else script.after(box);
  // Which part of the frame this page shows, in the frame's pixels, once a
  // frame (on scroll, resize, the frame's own height change): the frame keeps
  // its results bar (verdict and grant) within it. Only to the simulator's origin.
  let queued = false;
  const tellVisible = () => {
    queued = false;
    const rect = frame.getBoundingClientRect();
    const view = window.visualViewport;
    const viewTop = view ? view.offsetTop : 0;
    const viewBottom = viewTop + (view ? view.height : window.innerHeight);
    const top = Math.max(0, viewTop - rect.top);
    const bottom = Math.max(top, Math.min(rect.height, viewBottom - rect.top));
    frame.contentWindow?.postMessage({ type: 'booster-ia:viewport', top, bottom }, simulator.origin);
  };
  const queue = () => { if (!queued) { queued = true; requestAnimationFrame(tellVisible); } };
  const passive = { passive: true, capture: true };
  document.addEventListener('scroll', queue, passive);
  window.addEventListener('resize', queue, { passive: true });
  window.visualViewport?.addEventListener('resize', queue, { passive: true });
  window.visualViewport?.addEventListener('scroll', queue, { passive: true });
  window.addEventListener('message', (event) => {
    if (event.origin !== simulator.origin || event.source !== frame.contentWindow) return;
    const data = event.data || {};
    if (data.type === 'booster-ia:height' && Number.isFinite(data.height)) {
      frame.style.height = `${Math.ceil(data.height)}px`;
      queue();
    } else if (data.type === 'booster-ia:assessment' && declared === location.origin) {
      box.dispatchEvent(new CustomEvent('booster-ia:assessment', { detail: data, bubbles: true }));
    }
  });
})();
