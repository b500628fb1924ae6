// The gate's bounded read of a page's text: text nodes of the body in document order, skipping
// scripts and styles, up to a number of characters and of nodes, so a huge page costs no more
// than an ordinary one. It reads node values only (innerText would lay the page out first).
const MAX_TEXT_NODES = 50_000;

/** Characters the gate reads; the background gets more on a hit. */
export const GATE_TEXT = 64 * 1024;

/** Elements whose text is not shown (localName, lower case in HTML documents). */
const isHidden = (name: string) => name === 'script' || name === 'style' || name === 'noscript' || name === 'template';

export function readText(doc: Document, limit: number): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node && length < limit && nodes < MAX_TEXT_NODES; node = walker.nextNode()) {
    nodes++;
    const parent = node.parentNode as Element | null;
    if (parent?.localName !== undefined && isHidden(parent.localName.toLowerCase())) continue;
    const value = node.nodeValue;
    if (!value || value.trim() === '') continue;
    parts.push(value);
    length += value.length + 1;
  }
  return parts.join(' ').slice(0, limit);
}
