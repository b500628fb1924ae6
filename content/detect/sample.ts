// How much of a long text the detector and the gate read (both the same, so the gate never misses
// what the detector would see): all of it up to 256 KiB; beyond that the first 192 KiB and 32
// windows of 4 KiB spread evenly over the rest (320 KiB in all). Scam pages put their message up
// front and repeat it; a 10 MB page costs no more than 320 KiB of text.
export const WHOLE_TEXT = 256 * 1024;
const HEAD = 192 * 1024;
const WINDOWS = 32;
const WINDOW = 4 * 1024;

/** The [start, end) ranges of a text of this length that are read. */
export function sampleRanges(length: number): number[] {
  if (length <= WHOLE_TEXT) return [0, length];
  const ranges = [0, HEAD];
  const step = Math.floor((length - HEAD) / WINDOWS);
  for (let k = 0; k < WINDOWS; k++) {
    const start = HEAD + k * step;
    ranges.push(start, Math.min(length, start + WINDOW));
  }
  return ranges;
}
