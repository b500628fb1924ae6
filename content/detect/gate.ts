/**
 * The extension's page gate: `shouldInspect` says whether the full detector (content/detect/index.ts)
 * could call this page a scam, suspicious, or a remote-access tool's download or session page. It
 * reads the address, the title and the same bounded sample of text as the detector, and looks each
 * code unit up in tables precomputed by the extension build (extension/vite.config.ts adds them to
 * the index): nothing to set up, no regular expression over the text, little allocation. When it
 * says false, load nothing.
 */
import gateIndex from '../generated/signal-gate.json' with { type: 'json' };
import type { GateIndex } from './index-format.ts';
import { createGate, type GateInput } from './page-gate.ts';

export type { GateInput };

/** True when the page may need the full detector; false means it certainly does not. */
export const shouldInspect: (input: GateInput) => boolean = createGate(gateIndex as unknown as GateIndex);
