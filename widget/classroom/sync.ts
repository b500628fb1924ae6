// Keeps the audience window and the presenter window in step, on the same computer, with no
// network: each window sends its whole lesson state on every change made there; a window that
// opens asks for the current state.
import type { LessonState } from './state.ts';

type Message = { kind: 'hello'; from: string } | { kind: 'state'; from: string; state: LessonState };

export interface Sync {
  send(state: LessonState): void;
  close(): void;
}

export const channelName = (session: string) => `scam-tips-classroom-${session}`;

export function newSessionId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (b % 36).toString(36)).join('');
}

/**
 * Joins a session. `onState` gets states sent by the other window; `current` answers a newcomer.
 * Returns undefined where BroadcastChannel is missing (the lesson still works in one window).
 */
export function joinSession(session: string, onState: (state: LessonState) => void, current: () => LessonState): Sync | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const me = newSessionId();
  const channel = new BroadcastChannel(channelName(session));
  channel.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (!m || m.from === me) return;
    if (m.kind === 'hello') channel.postMessage({ kind: 'state', from: me, state: current() } satisfies Message);
    else if (m.kind === 'state') onState(m.state);
  };
  channel.postMessage({ kind: 'hello', from: me } satisfies Message);
  return {
    send: (state) => channel.postMessage({ kind: 'state', from: me, state } satisfies Message),
    close: () => channel.close(),
  };
}
