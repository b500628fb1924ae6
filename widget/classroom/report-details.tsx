import type { ReportChannel } from '../../content/index.ts';
import { formatDate, useBundle, useT } from './lesson-context.ts';

const PHONE_LABEL: Record<ReportChannel['phones'][number]['kind'], string> = {
  report: 'report.phone',
  emergency: 'report.emergency',
  'bank-check': 'report.bankCheck',
  'scam-check': 'report.scamCheck',
  'sms-forward': 'report.sms',
  advice: 'classroom.report.advice',
};

/** Where to report, with the date the entry was checked. Numbers and addresses always run left to right. */
export function ReportDetails({ channel, showWhat = true }: { channel: ReportChannel; showWhat?: boolean }) {
  const b = useBundle();
  const t = useT();
  return (
    <div class="report">
      <p class="report-org" dir="auto">
        {channel.organisation}
      </p>
      {showWhat && <p class="report-what">{channel.what}</p>}
      <dl>
        {channel.phones.map((p) => (
          <div key={`${p.kind}-${p.number}`}>
            <dt>{t(PHONE_LABEL[p.kind])}</dt>
            <dd>
              <bdi dir="ltr">{p.number}</bdi>
            </dd>
          </div>
        ))}
        {channel.urls.map((u) => (
          <div key={u}>
            <dt>{t('report.website')}</dt>
            <dd>
              <bdi dir="ltr">{u.replace(/^https:\/\//, '').replace(/\/$/, '')}</bdi>
            </dd>
          </div>
        ))}
        {channel.emails?.map((m) => (
          <div key={m}>
            <dt>{t('report.email')}</dt>
            <dd>
              <bdi dir="ltr">{m}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      <p class="checked">{t('report.checked', { date: formatDate(b, channel.checked) })}</p>
    </div>
  );
}
