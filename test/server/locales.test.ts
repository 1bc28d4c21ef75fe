import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import * as OpenCC from 'opencc-js';

/**
 * The app's translations: every language has every key of every namespace
 * with the same placeholders, and Traditional Chinese holds no Simplified
 * characters (nor Simplified Chinese any Traditional ones).
 */
const localesDir = path.resolve('locales');
const languages = ['en', 'es', 'zh-Hans', 'zh-Hant'];

type Strings = Map<string, string>;

function flatten(value: unknown, prefix = '', into: Strings = new Map()): Strings {
  if (typeof value === 'string') {
    into.set(prefix, value);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into.set(prefix, `<not a string: ${String(value)}>`);
  }
  return into;
}

async function load(language: string, namespace: string): Promise<Strings> {
  const text = await readFile(path.join(localesDir, language, `${namespace}.json`), 'utf8');
  return flatten(JSON.parse(text));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const namespaces = (await readdir(path.join(localesDir, 'en')))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));

describe('translations', () => {
  test('English has namespaces to compare with', () => {
    assert.ok(namespaces.includes('common') && namespaces.includes('errors'));
  });

  for (const namespace of namespaces) {
    test(`${namespace}: the same keys and placeholders in every language`, async () => {
      const english = await load('en', namespace);
      for (const language of languages.slice(1)) {
        const other = await load(language, namespace).catch(() => new Map<string, string>());
        const missing = [...english.keys()].filter((key) => !other.has(key));
        const extra = [...other.keys()].filter((key) => !english.has(key));
        assert.deepEqual(missing, [], `${language}/${namespace}.json lacks keys`);
        assert.deepEqual(extra, [], `${language}/${namespace}.json has keys English lacks`);
        for (const [key, text] of english) {
          assert.ok(other.get(key)?.trim(), `${language}/${namespace}: ${key} is empty`);
          assert.deepEqual(
            placeholders(other.get(key) ?? ''),
            placeholders(text),
            `${language}/${namespace}: ${key} has other placeholders`,
          );
        }
      }
    });
  }

  // A Traditional string that the Simplified→Traditional converter changes
  // held Simplified characters; the same the other way round.
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

  for (const namespace of namespaces) {
    test(`${namespace}: zh-Hant is written in Traditional characters only`, async () => {
      for (const [key, text] of await load('zh-Hant', namespace)) {
        assert.equal(toTraditional(text), text, `zh-Hant/${namespace}: ${key} "${text}"`);
      }
    });

    test(`${namespace}: zh-Hans is written in Simplified characters only`, async () => {
      for (const [key, text] of await load('zh-Hans', namespace)) {
        assert.equal(toSimplified(text), text, `zh-Hans/${namespace}: ${key} "${text}"`);
      }
    });
  }

  test('the check itself catches a Simplified character in a Traditional text', () => {
    assert.notEqual(toTraditional('学校'), '学校');
    assert.equal(toTraditional('學校'), '學校');
  });
});
