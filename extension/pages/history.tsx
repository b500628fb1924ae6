// The local history of warnings: a table to read, print as an incident summary, and delete.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../content/index.ts';
import { ext } from '../shared/ext.ts';
import { deleteHistory, HISTORY_KEY, loadHistory, type HistoryEntry } from '../shared/history.ts';
import '../shared/pages.css';
import { Unreviewed } from '../shared/Unreviewed.tsx';
import { formatTime, loadTips, useContent, useLocale, useSettings } from '../shared/use-text.ts';

function useHistory() {
  const [state, setState] = useState<{ entries: HistoryEntry[]; dropped: number }>();
  useEffect(() => {
    const refresh = () => void loadHistory().then(setState);
    refresh();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && HISTORY_KEY in changes) refresh();
    };
    ext.storage.onChanged.addListener(onChange);
    return () => ext.storage.onChanged.removeListener(onChange);
  }, []);
  return state;
}

function History() {
  const read = useSettings();
  const locale = useLocale(read);
  const text = useContent(locale, loadTips, 'extension.history.title');
  const history = useHistory();
  const [note, setNote] = useState('');
  if (!text || !locale || !history || !read) return <main aria-busy="true" />;
  const names = new Map(text.redFlags.map((f) => [f.id, f.name]));
  const entries = [...history.entries].reverse();
  const when = (time: number) => formatTime(locale, time, true);
  const remove = async (id?: string) => {
    if (id === undefined && !confirm(t(text, 'extension.history.deleteAllConfirm'))) return;
    await deleteHistory(id);
    setNote(t(text, 'extension.history.deleted'));
  };

  return (
    <main>
      <h1 class="no-print">{t(text, 'extension.history.title')}</h1>
      <div class="print-only">
        <h1>{t(text, 'extension.history.summaryTitle')}</h1>
        <p>{t(text, 'extension.history.summaryNote', { date: when(Date.now()) })}</p>
      </div>
      <p class="no-print">{t(text, 'extension.history.intro')}</p>
      {!read.settings.keepHistory && <p class="message no-print">{t(text, 'extension.history.off')}</p>}
      {history.dropped > 0 && <p class="message problem">{t(text, 'extension.history.dropped')}</p>}
      <p role="status" aria-live="polite" class="no-print">
        {note}
      </p>
      {entries.length === 0 ? (
        <p data-testid="history-empty">{t(text, 'extension.history.empty')}</p>
      ) : (
        <>
          <div class="row no-print">
            <button type="button" class="primary" onClick={() => print()}>
              {t(text, 'extension.history.print')}
            </button>
            <button type="button" onClick={() => void remove()}>
              {t(text, 'extension.history.deleteAll')}
            </button>
          </div>
          <table data-testid="history">
            <thead>
              <tr>
                <th scope="col">{t(text, 'extension.history.when')}</th>
                <th scope="col">{t(text, 'extension.history.site')}</th>
                <th scope="col">{t(text, 'extension.history.what')}</th>
                <th scope="col">{t(text, 'extension.history.phones')}</th>
                <th scope="col" class="no-print">
                  <span class="visually-hidden">{t(text, 'extension.history.deleteAll')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-site={e.site}>
                  <td>{when(e.time)}</td>
                  <td>
                    <strong>{e.site}</strong>
                    <br />
                    <span class="muted">{e.url}</span>
                  </td>
                  <td>
                    <p>{e.kind === 'notice' ? t(text, 'extension.history.kind.notice', { tool: e.tool ?? '' }) : t(text, 'extension.history.kind.warning')}</p>
                    <ul class="plain">
                      {e.flags.map((f) => (
                        <li key={f.id}>
                          {names.get(f.id) ?? f.id}
                          {f.words.length > 0 && (
                            <span class="words">
                              {f.words.map((w, i) => (
                                <span key={i}>
                                  {i > 0 && ', '}
                                  <q>{w}</q>
                                </span>
                              ))}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{e.phones.length ? e.phones.join(', ') : t(text, 'extension.history.none')}</td>
                  <td class="no-print">
                    <button type="button" class="link" onClick={() => void remove(e.id)}>
                      {t(text, 'extension.history.delete', { time: when(e.time) })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <Unreviewed text={text} />
    </main>
  );
}

render(<History />, document.getElementById('app')!);
