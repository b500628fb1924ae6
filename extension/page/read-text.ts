// The gate's bounded read of a page's text: text nodes of the body in document order, skipping
// scripts and styles, up to a number of characters and of nodes, so a huge page costs no more
// than an ordinary one.
const SKIP = /^(script|style|noscript|template)$/i;
const MAX_TEXT_NODES = 50_000;

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
    if (parent && SKIP.test(parent.nodeName)) continue;
    const value = node.nodeValue;
    if (!value || value.trim() === '') continue;
    parts.push(value);
    length += value.length + 1;
  }
  return parts.join(' ').slice(0, limit);
}
