// The options page: language, which warnings are on, trusted sites, a one-hour break, and saving,
// loading or resetting the settings. Settings that could not be read are named, and stay at their
// defaults until the person saves; nothing else is lost.
import { useRef, useState } from 'preact/hooks';
import { LOCALES, t, type LocaleId } from '../../content/index.ts';
import { ext } from '../shared/ext.ts';
import { DEFAULT_SETTINGS, exportSettings, importSettings, saveSettings, type Settings } from '../shared/settings.ts';
import { parseSite } from '../shared/sites.ts';
import { Unreviewed } from '../shared/Unreviewed.tsx';
import { formatTime, loadTips, useContent, useLocale, useSettingsState } from '../shared/use-text.ts';
import { SiteList } from './SiteList.tsx';

const HOUR = 3_600_000;
type Toggle = 'warnScamPages' | 'warnSuspiciousPages' | 'warnRemoteAccess' | 'keepHistory';
const TOGGLES: [Toggle, string][] = [
  ['warnScamPages', 'scamPages'],
  ['warnSuspiciousPages', 'suspiciousPages'],
  ['warnRemoteAccess', 'remoteAccess'],
  ['keepHistory', 'history'],
];

export function Options() {
  const { read, assume } = useSettingsState();
  const locale = useLocale(read);
  const text = useContent(locale, loadTips, 'extension.options.title');
  // The key, not the words: a change of language re-renders the note in the new one.
  const [note, setNote] = useState<{ key: string; vars: Record<string, string>; isProblem: boolean }>();
  const [isProblemDismissed, setProblemDismissed] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  if (!text || !read || !locale) return <main aria-busy="true" />;
  const { settings } = read;
  const say = (key: string, vars: Record<string, string> = {}, isProblem = false) => setNote({ key, vars, isProblem });
  const fieldNames = (names: string[]) =>
    [...new Set(names.map((n) => ((Object.keys(DEFAULT_SETTINGS) as string[]).includes(n) ? `extension.options.field.${n}` : 'extension.options.field.other')))]
      .map((k) => t(text, k))
      .join(', ');

  const save = async (change: Partial<Settings>, noteKey = 'extension.options.saved') => {
    const next = { ...settings, ...change };
    assume(next);
    await saveSettings(next);
    say(noteKey);
  };

  const problems: string[] = [...read.problems, ...read.foreign];
  const showProblem = problems.length > 0 && !isProblemDismissed;

  const onImport = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = importSettings(await file.text(), settings);
    if (!result) return say('extension.options.backup.importFailed', {}, true);
    await saveSettings(result.settings);
    if (result.problems.length) say('extension.options.backup.importProblem', { fields: fieldNames(result.problems) }, true);
    else say('extension.options.backup.imported');
  };

  const onExport = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'scam-tips-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const onReset = async () => {
    if (!confirm(t(text, 'extension.options.backup.resetConfirm'))) return;
    await saveSettings({ ...DEFAULT_SETTINGS, trustedSites: [], remoteAccessSites: [] });
    setProblemDismissed(true);
    say('extension.options.backup.resetDone');
  };

  const isSnoozedNow = settings.snoozedUntil > Date.now();

  return (
    <main>
      <h1>{t(text, 'extension.options.title')}</h1>
      <p>{t(text, 'extension.options.privacy')}</p>
      {showProblem && (
        <div class="message problem" role="alert" data-testid="settings-problem">
          <p>{t(text, 'extension.options.problem', { fields: fieldNames(problems) })}</p>
          <button
            type="button"
            onClick={async () => {
              await saveSettings(settings);
              setProblemDismissed(true);
            }}
          >
            {t(text, 'extension.options.problemOk')}
          </button>
        </div>
      )}
      <p role="status" aria-live="polite" class={note ? `message${note.isProblem ? ' problem' : ''}` : ''}>
        {note && t(text, note.key, note.vars)}
      </p>

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">
          <label for="language">{t(text, 'extension.options.language')}</label>
        </h2>
        <select id="language" value={settings.locale} onChange={(e) => void save({ locale: (e.target as HTMLSelectElement).value as LocaleId | 'auto' })}>
          <option value="auto">{t(text, 'extension.options.languageAuto')}</option>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {text.locales.find((x) => x.id === l)?.name ?? l}
            </option>
          ))}
        </select>
      </section>

      <section aria-labelledby="warnings-heading">
        <h2 id="warnings-heading">{t(text, 'extension.options.warnings.heading')}</h2>
        {TOGGLES.map(([name, key]) => (
          <label class="check" key={name}>
            <input type="checkbox" name={name} checked={settings[name]} onChange={(e) => void save({ [name]: (e.target as HTMLInputElement).checked })} />
            <span>{t(text, `extension.options.warnings.${key}`)}</span>
          </label>
        ))}
        <p>
          <a href={ext.runtime.getURL('pages/history.html')} target="_blank" rel="noopener">
            {t(text, 'extension.options.historyLink')}
          </a>
        </p>
      </section>

      <section aria-labelledby="snooze-heading">
        <h2 id="snooze-heading">{t(text, 'extension.options.snooze.heading')}</h2>
        {isSnoozedNow ? (
          <div class="row">
            <p data-testid="snoozed">{t(text, 'extension.options.snooze.active', { time: formatTime(locale, settings.snoozedUntil) })}</p>
            <button type="button" onClick={() => void save({ snoozedUntil: 0 })}>
              {t(text, 'extension.options.snooze.end')}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => void save({ snoozedUntil: Date.now() + HOUR })}>
            {t(text, 'extension.options.snooze.button')}
          </button>
        )}
      </section>

      <SiteList
        text={text}
        id="trusted"
        heading={t(text, 'extension.options.trusted.heading')}
        empty={t(text, 'extension.options.trusted.none')}
        sites={settings.trustedSites}
        onRemove={(site) => void save({ trustedSites: settings.trustedSites.filter((s) => s !== site) })}
        onAdd={(input) => {
          const site = parseSite(input);
          if (!site) return t(text, 'extension.options.trusted.invalid');
          if (!settings.trustedSites.includes(site)) void save({ trustedSites: [...settings.trustedSites, site] });
          return undefined;
        }}
      />
      <SiteList
        text={text}
        id="remote"
        heading={t(text, 'extension.options.remoteAccess.heading')}
        empty={t(text, 'extension.options.remoteAccess.none')}
        sites={settings.remoteAccessSites}
        onRemove={(site) => void save({ remoteAccessSites: settings.remoteAccessSites.filter((s) => s !== site) })}
      />

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t(text, 'extension.options.backup.heading')}</h2>
        <div class="row">
          <button type="button" onClick={onExport}>
            {t(text, 'extension.options.backup.export')}
          </button>
          <button type="button" onClick={() => fileRef.current?.click()}>
            {t(text, 'extension.options.backup.import')}
          </button>
          <input ref={fileRef} type="file" accept="application/json,.json" class="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={(e) => void onImport(e)} />
          <button type="button" onClick={() => void onReset()}>
            {t(text, 'extension.options.backup.reset')}
          </button>
        </div>
      </section>
      <Unreviewed text={text} />
    </main>
  );
}
