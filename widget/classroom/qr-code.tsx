// A QR code drawn as one SVG path through Preact (no HTML strings), from qrcode-generator's matrix.
import qrcode from 'qrcode-generator';

/** The dark modules of a QR code for `text`, as an SVG path, and the code's size in modules. */
export function qrPath(text: string): { d: string; size: number } {
  const qr = qrcode(0, 'M');
  // The library's byte mode takes one character per byte: hand it UTF-8.
  qr.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const parts: string[] = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (qr.isDark(r, c)) parts.push(`M${c} ${r}h1v1h-1z`);
  }
  return { d: parts.join(''), size: n };
}

export function QrCode({ text, label }: { text: string; label: string }) {
  const { d, size } = qrPath(text);
  const quiet = 4;
  return (
    <svg class="qr" role="img" aria-label={label} viewBox={`${-quiet} ${-quiet} ${size + 2 * quiet} ${size + 2 * quiet}`} shape-rendering="crispEdges">
      <rect x={-quiet} y={-quiet} width={size + 2 * quiet} height={size + 2 * quiet} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
