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

let gate: ((input: GateInput) => boolean) | undefined;

/**
 * True when the page may need the full detector; false means it certainly does not. The gate is set
 * up on the first call (the page's first look, after its load event), not when the script loads.
 */
export const shouldInspect = (input: GateInput): boolean => (gate ??= createGate(gateIndex as unknown as GateIndex))(input);
