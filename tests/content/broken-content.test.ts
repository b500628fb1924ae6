// Each case breaks the real content in one way and asserts the exact problem a content editor sees.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../content/validate.ts';
import { realFiles, seedNames, withEdit, withFile } from './helpers.ts';

const problemsOf = (files: ReturnType<typeof realFiles>) => validateContent(files, { seeds: seedNames() }).problems.map(formatProblem);
const SCAM = 'data/scam-types/fake-tech-support.json';

describe('broken content fails with file, JSON path and a plain sentence', () => {
  it('schema error: a misspelt field', () => {
    const files = withEdit(SCAM, (j) => {
      j.chanels = j.channels;
      delete j.channels;
    });
    expect(problemsOf(files)).toEqual([
      'content/data/scam-types/fake-tech-support.json $.channels: is missing: add this list',
      'content/data/scam-types/fake-tech-support.json $: has a field that is not allowed here: "chanels" (check the spelling)',
    ]);
  });

  it('schema error: a value of the wrong type, deep inside', () => {
    const files = withEdit('data/sources/interpol-first-light-2020.json', (j) => {
      j.figures[0].value = 'many';
    });
    expect(problemsOf(files)).toEqual(['content/data/sources/interpol-first-light-2020.json $.figures[0].value: should be a number, but is a text']);
  });

  it('a value outside the allowed list', () => {
    const files = withEdit(SCAM, (j) => {
      j.channels = ['telegraph'];
    });
    expect(problemsOf(files)).toEqual([
      'content/data/scam-types/fake-tech-support.json $.channels[0]: is "telegraph", which is not allowed: use one of "phone", "sms", "pop-up", "email", "social", "ad", "website", "in-person"',
    ]);
  });

  it('id not equal to the file name', () => {
    const files = withEdit(SCAM, (j) => {
      j.id = 'tech-support';
    });
    expect(problemsOf(files)).toContain('content/data/scam-types/fake-tech-support.json $.id: is "tech-support" but the file is named "fake-tech-support.json": the id must equal the file name');
  });

  it('a reference to a missing id', () => {
    const files = withEdit(SCAM, (j) => {
      j.redFlags = [...j.redFlags, 'no-such-flag'];
    });
    const index = JSON.parse(realFiles().find((f) => f.path === SCAM)!.text).redFlags.length;
    expect(problemsOf(files)).toEqual([
      `content/data/scam-types/fake-tech-support.json $.redFlags[${index}]: refers to the red flag "no-such-flag", which does not exist: check the id or add content/data/red-flags/no-such-flag.json`,
    ]);
  });

  it('a locale whose keys differ from English', () => {
    const files = withEdit('text/de/scam-types.json', (j) => {
      j['fake-tech-support'].script.pop();
      j['fake-tech-support'].nun = j['fake-tech-support'].now;
      delete j['fake-tech-support'].now;
    });
    const problems = problemsOf(files);
    expect(problems).toContain('content/text/de/scam-types.json $["fake-tech-support"].now: is missing: English has it, so this locale must translate it');
    expect(problems).toContain('content/text/de/scam-types.json $["fake-tech-support"].nun: is not in English: remove it, or add it to English first');
    expect(problems.some((p) => /\$\["fake-tech-support"\]\.script: has \d+ items, but English has \d+: translate each item once/.test(p))).toBe(true);
  });

  it('a translation that drops a placeholder', () => {
    const files = withEdit('text/fr/ui.json', (j) => {
      j['report.checked'] = 'Vérifié';
    });
    expect(problemsOf(files)).toEqual(['content/text/fr/ui.json $["report.checked"]: has the placeholders {} but English has {date}: keep them as written']);
  });

  it('plural forms that do not fit the language', () => {
    const files = withEdit('text/ru/ui.json', (j) => {
      j['figures.arrests'] = { one: '{value} арест', other: '{value} арестов' };
    });
    expect(problemsOf(files)).toEqual(['content/text/ru/ui.json $["figures.arrests"]: needs the plural forms "few", "many" for this language (it uses few, many, one, other)']);
  });

  it('duplicate ids: the same key written twice in a file', () => {
    const file = realFiles().find((f) => f.path === 'text/en/advice.json')!;
    const twice = file.text.replace(/^\{\n/, `{\n  "caller-id-can-lie": { "text": "A", "title": "B" },\n`);
    const problems = problemsOf(withFile('text/en/advice.json', twice));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/text\/en\/advice\.json \$\["caller-id-can-lie"\]: is written twice \(line \d+\): each key may appear once, or one of them is lost$/);
  });

  it('duplicate ids: two files whose ids differ only in case', () => {
    const file = realFiles().find((f) => f.path === SCAM)!;
    const problems = problemsOf([...realFiles(), { path: 'data/scam-types/Fake-Tech-Support.json', text: file.text.replace('"fake-tech-support"', '"Fake-Tech-Support"') }]);
    expect(problems[0]).toBe('content/data/scam-types/Fake-Tech-Support.json $.id: should be a lowercase id made of letters, digits and single dashes, like "caller-id-spoofing"');
  });

  it('empty or untrimmed text', () => {
    const files = withEdit('text/en/advice.json', (j) => {
      j['caller-id-can-lie'].title = '';
      j['caller-id-can-lie'].text = ' Padded. ';
    });
    expect(problemsOf(files)).toEqual([
      'content/text/en/advice.json $["caller-id-can-lie"].title: is empty: write the text or remove the field',
      'content/text/en/advice.json $["caller-id-can-lie"].text: starts or ends with spaces or line breaks: remove them',
    ]);
  });

  it('a source without a seed document or URL', () => {
    const files = withEdit('data/sources/interpol-first-light-2015.json', (j) => {
      delete j.seed;
    });
    expect(problemsOf(files)).toEqual([
      'content/data/sources/interpol-first-light-2015.json $.seed: has neither a seed document ("seed") nor an address ("url"): say where it comes from',
    ]);
  });

  it('a source naming a seed that does not exist', () => {
    const files = withEdit('data/sources/interpol-first-light-2015.json', (j) => {
      j.seed = '009_0000000000000000.txt';
    });
    expect(problemsOf(files)).toEqual(['content/data/sources/interpol-first-light-2015.json $.seed: names the seed document "009_0000000000000000.txt", which is not in shared/seeds']);
  });

  it('a claim with no source', () => {
    const files = withEdit('data/advice/caller-id-can-lie.json', (j) => {
      j.sources = [];
    });
    expect(problemsOf(files)).toEqual(['content/data/advice/caller-id-can-lie.json $.sources: names no source: every claim needs at least one source id in "sources"']);
  });

  it('a file that is not JSON', () => {
    const problems = problemsOf(withFile(SCAM, '{ "id": "fake-tech-support", }'));
    expect(problems).toEqual(['content/data/scam-types/fake-tech-support.json $: is not valid JSON at line 1 (PropertyNameExpected): check for a missing comma, quote or bracket']);
  });

  it('English text for an entity that does not exist, and an entity with no English text', () => {
    const files = withEdit('text/en/red-flags.json', (j) => {
      j['made-up-flag'] = { explain: 'X.', name: 'Y' };
      delete j['urgency'];
    });
    const problems = problemsOf(files);
    expect(problems).toContain('content/text/en/red-flags.json $["made-up-flag"]: is text for the red flag "made-up-flag", which has no file content/data/red-flags/made-up-flag.json: remove it or add the data');
    expect(problems).toContain('content/text/en/red-flags.json $.urgency: is missing: the red flag "urgency" has no English text');
  });

  it('a missing locale file', () => {
    const problems = problemsOf(withFile('text/pl/quiz.json', undefined));
    expect(problems).toContain('content/text/pl/quiz.json $: is missing: every locale needs the file quiz.json (copy it from text/en/ and translate it)');
  });

  it('a report channel that is not verified', () => {
    const files = withEdit('data/report-channels/gb.json', (j) => {
      j.status = 'unverified';
    });
    expect(problemsOf(files)).toEqual(['content/data/report-channels/gb.json $.status: only verified entries may be shown: status must be "verified"']);
  });
});
