/**
 * The extension's page gate: `shouldInspect` says whether the full detector (content/detect/index.ts)
 * could call this page a scam, suspicious, or a remote-access tool's download or session page. It
 * reads the address, the title and the same bounded sample of text as the detector, checks a
 * precompiled index of a few kilobytes, and allocates little. When it says false, load nothing.
 */
import gateIndex from '../generated/signal-gate.json' with { type: 'json' };
import type { GateIndex } from './index-format.ts';
import { createGate, type GateInput } from './page-gate.ts';

export type { GateInput };

/** True when the page may need the full detector; false means it certainly does not. */
export const shouldInspect: (input: GateInput) => boolean = createGate(gateIndex as unknown as GateIndex);
