// "What should I do?": the advice, in an extension page of its own, next to the page it is about.
import { ext } from '../../shared/ext.ts';
import type { Sender } from '../sender.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function openAdvice(input: { flags: string[] }, sender: Sender): Promise<void> {
  const flags = Array.isArray(input?.flags) ? input.flags.filter((f) => typeof f === 'string' && ID.test(f)).slice(0, 20) : [];
  const url = ext.runtime.getURL(`pages/advice.html${flags.length ? `?flags=${flags.join(',')}` : ''}`);
  let index: number | undefined;
  if (sender.tabId !== undefined) index = (await ext.tabs.get(sender.tabId)).index + 1;
  await ext.tabs.create({ url, active: true, ...(index !== undefined ? { index } : {}) });
}
