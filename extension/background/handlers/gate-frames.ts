// A frame of the sender's page loaded after the page did (an ad slot filled late, a frame sent
// elsewhere): the page's gate asks, and the gate goes into every frame of the tab (the frames that
// have one already ignore it).
import type { Sender } from '../sender.ts';
import { injectGate } from '../gate-injector.ts';

export async function gateFrames(_input: Record<string, never>, sender: Sender): Promise<void> {
  if (sender.tabId !== undefined) await injectGate(sender.tabId);
}
