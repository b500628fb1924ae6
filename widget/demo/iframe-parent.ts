// The parent side of the iframe embed, exactly as the README shows it: it trusts messages only from
// the frame's own origin and window, and sets the frame's height from them.
import './demo.ts';

const frame = document.getElementById('scam-tips-frame') as HTMLIFrameElement | null;
const shown = document.getElementById('frame-height');

if (frame) {
  const origin = new URL(frame.src, location.href).origin;
  addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const data = event.data as { type?: string; height?: number; name?: string; detail?: unknown };
    if (data.type === 'scam-tips:height' && typeof data.height === 'number') {
      frame.style.height = `${data.height}px`;
      if (shown) shown.textContent = `The frame reported its height: ${data.height} px.`;
    } else if (data.type === 'scam-tips:event' && typeof data.name === 'string') {
      // Relay the frame's events as if the widget were on this page (the demo's event log shows them).
      document.dispatchEvent(new CustomEvent(data.name, { detail: data.detail }));
    }
  });
  const hello = () => frame.contentWindow?.postMessage({ type: 'scam-tips:hello' }, origin);
  frame.addEventListener('load', hello);
  hello();

  // The demo's own settings: a new address for the frame.
  document.getElementById('frame-form')?.addEventListener('change', (e) => {
    const form = e.currentTarget as HTMLFormElement;
    const params = new URLSearchParams();
    for (const field of form.querySelectorAll('select')) if (field.value) params.set(field.name, field.value);
    frame.src = `./widget/embed.html?${params}`;
  });
}
