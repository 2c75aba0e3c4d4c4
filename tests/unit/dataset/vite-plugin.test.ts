import { describe, expect, it } from 'vitest';
import { summitDataset } from '../../../src/dataset/vite-plugin';
import { ROOT, realDataset } from './real-dataset';

const { dataset, matcherData, inputs } = await realDataset();

/** Calls the plugin's hooks the way Vite does, recording watched files. */
async function load(id: string): Promise<{ code: unknown; watched: string[] }> {
  const plugin = summitDataset(ROOT);
  const watched: string[] = [];
  const resolved = (plugin.resolveId as (id: string) => string | undefined)(id);
  const context = { addWatchFile: (file: string) => watched.push(file) };
  const code = await (
    plugin.load as unknown as (this: typeof context, id: string) => Promise<unknown>
  ).call(context, resolved ?? id);
  return { code, watched };
}

const evaluate = (code: unknown): unknown =>
  JSON.parse(JSON.parse(String(code).replace(/^export default JSON\.parse\((.*)\);$/s, '$1')));

describe('the Vite plugin', () => {
  it.each([
    ['virtual:summit-dataset', dataset],
    ['virtual:summit-matcher', matcherData],
  ])('serves %s, watching every input', async (id, expected) => {
    const { code, watched } = await load(id);
    expect(evaluate(code)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(watched).toEqual(inputs);
  });

  it('serves virtual:summit-gate, the packs’ stems as a RegExp and nothing else', async () => {
    const { code } = await load('virtual:summit-gate');
    expect(code).toBe(`export default /${matcherData.event.gate}/i;`);
    expect(String(code).length).toBeLessThan(100);
  });

  it('leaves other modules alone', async () => {
    expect((await load('virtual:other')).code).toBeUndefined();
  });
});
