// Where scores turn into verdicts. Shared by the detector and the build (which checks that every
// signal strong enough to judge a page can be found by the page gate).

/** A page is judged only when a signal at least this strong fired; weaker ones only add to it. */
export const PAGE_ANCHOR_WEIGHT = 0.35;
export const SCAM_AT = 0.7;
export const SUSPICIOUS_AT = 0.4;

/** Signals the detector reads by id (each a file in content/data/signals). */
export const PAGE_KEYS_SIGNAL = 'page-keys';
export const TOOL_SIGNAL = 'remote-access-tool';
export const SESSION_SIGNAL = 'remote-access-session';
