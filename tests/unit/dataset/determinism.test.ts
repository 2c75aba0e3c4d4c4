import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PACKS_DIR } from '@/src/dataset/read-pack';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/dataset/build-dataset';
import { CURATED_DIR, CURATED_KEYS, REPORTS_DIR } from '../../../src/dataset/curated-types';
import { ROOT, realDataset } from './real-dataset';

const built = await realDataset();
const reports = await Promise.all(
  built.dataset.reports.map(async (r) => ({
    file: r.file,
    text: await readFile(path.join(ROOT, REPORTS_DIR, r.file), 'utf8'),
  })),
);
const curated = Object.fromEntries(
  await Promise.all(
    CURATED_KEYS.map(async (key) => [
      key,
      JSON.parse(await readFile(path.join(ROOT, CURATED_DIR, `${key}.json`), 'utf8')) as unknown,
    ]),
  ),
) as Parameters<typeof buildDataset>[0]['curated'];
const packs = await Promise.all(
  built.inputs
    .map((file) => path.relative(ROOT, file))
    .filter((file) => file.startsWith(PACKS_DIR))
    .map(async (file) => ({
      file,
      json: JSON.parse(await readFile(path.join(ROOT, file), 'utf8')) as unknown,
    })),
);
const bytes = (value: unknown) => JSON.stringify(value);

describe('determinism', () => {
  it('builds the same bytes twice from the same inputs', () => {
    expect(bytes(buildDataset({ reports, curated, packs }))).toBe(
      bytes(buildDataset({ reports, curated, packs })),
    );
  });

  it('builds the same bytes whatever order the report files come in', () => {
    const reversed = buildDataset({ reports: [...reports].reverse(), curated, packs });
    expect(bytes(reversed.dataset)).toBe(bytes(built.dataset));
  });

  it('builds the same in memory as from disk', () => {
    expect(bytes(buildDataset({ reports, curated, packs }).dataset)).toBe(bytes(built.dataset));
  });

  it('keeps the reports byte for byte', () => {
    for (const report of built.dataset.reports) {
      expect(report.text).toBe(reports.find((r) => r.file === report.file)?.text);
    }
  });

  it.each([
    ['actors', built.dataset.actors],
    ['figures', built.dataset.figures],
    ['quotes', built.dataset.quotes],
    ['disagreements', built.dataset.disagreements],
    ['reports', built.dataset.reports],
  ])('gives %s sorted by unique id', (_, items) => {
    const ids = items.map((item) => item.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists every file it read, for the build to watch', () => {
    expect(built.inputs.map((f) => path.relative(ROOT, f))).toEqual([
      ...reports.map((r) => `${REPORTS_DIR}/${r.file}`).sort(),
      ...CURATED_KEYS.map((key) => `${CURATED_DIR}/${key}.json`),
      ...['en', 'de', 'fr'].map((lang) => `${PACKS_DIR}/${lang}.json`),
    ]);
  });
});
