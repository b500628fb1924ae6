// The demo pages' own script: the controls change a widget's attributes (to show that it re-renders),
// and the event log shows what a host page could send to its own analytics.
import './demo.css';

for (const form of document.querySelectorAll<HTMLFormElement>('form.controls')) {
  const target = document.getElementById(form.dataset.for ?? '');
  if (!target) continue;
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', (e) => {
    const field = e.target as HTMLSelectElement;
    if (!field.name) return;
    if (field.value === '') target.removeAttribute(field.name);
    else target.setAttribute(field.name, field.value);
  });
}

const log = document.getElementById('events');
if (log) {
  const names = ['ready', 'open', 'filter', 'country', 'check', 'dismiss', 'error'];
  for (const name of names) {
    document.addEventListener(`scam-tips:${name}`, (e) => {
      const item = document.createElement('li');
      item.textContent = `scam-tips:${name} ${JSON.stringify((e as CustomEvent).detail)}`;
      log.append(item);
    });
  }
}
