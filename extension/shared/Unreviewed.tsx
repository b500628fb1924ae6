import { t } from '../../content/index.ts';
import type { Text } from './use-text.ts';

/** A note under pages whose language no native speaker has reviewed yet. */
export function Unreviewed({ text }: { text: Text }) {
  if (text.locale.reviewed) return null;
  return <p class="unreviewed">{t(text, 'translation.unreviewed')}</p>;
}
