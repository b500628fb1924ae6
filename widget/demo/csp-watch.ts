// The strict-CSP page: lists every policy violation the page reports (there should be none).
const list = document.getElementById('violations');
const statusLine = document.getElementById('csp-status');
let count = 0;
document.addEventListener('securitypolicyviolation', (e) => {
  count++;
  const item = document.createElement('li');
  item.textContent = `${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`;
  list?.append(item);
  if (statusLine) statusLine.textContent = `${count} policy violation${count === 1 ? '' : 's'} so far.`;
});
addEventListener('load', () => {
  if (statusLine && count === 0) statusLine.textContent = 'No policy violations so far.';
});

export {};
