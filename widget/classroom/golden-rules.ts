/** The tips on the closing slide and the golden-rules handout, in order (ids from content/data/advice). */
export const GOLDEN_RULES = [
  'take-your-time',
  'hang-up-and-call-back',
  'caller-id-can-lie',
  'never-share-codes',
  'never-allow-remote-access',
  'secrecy-means-scam',
  'talk-to-someone-you-trust',
  'it-is-not-your-fault',
] as const;
