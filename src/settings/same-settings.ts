import type { Settings } from './schema';

/** Whether two settings say the same thing, field by field (key order does not matter). */
export function sameSettings(a: Settings, b: Settings): boolean {
  return (Object.keys(a) as (keyof Settings)[]).every((key) => {
    const [x, y] = [a[key], b[key]];
    if (typeof x !== 'object') return x === y;
    const entries = (value: object) => JSON.stringify(Object.entries(value).sort());
    return entries(x) === entries(y as object);
  });
}
