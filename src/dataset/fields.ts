import type { Citation } from './curated-types';
import { DatasetError } from './dataset-error';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Typed reads of one curated JSON object, each failing with a DatasetError that names the
 * file, the entry and the field. Strings must be non-empty with no leading or trailing
 * whitespace. `done()` rejects keys that were never read (a typo such as `qualifer`),
 * except `comment`, the free-text note any entry may carry.
 */
export class Fields {
  private readonly read = new Set<string>(['comment']);

  private constructor(
    readonly file: string,
    readonly entry: string,
    private readonly value: Readonly<Record<string, unknown>>,
  ) {}

  /** Wraps `value`, which must be a plain object; `entry` labels it in errors. */
  static of(file: string, entry: string, value: unknown): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DatasetError(file, entry, 'expected an object');
    }
    const record = value as Record<string, unknown>;
    const label = typeof record.id === 'string' ? `${entry} (id "${record.id}")` : entry;
    const fields = new Fields(file, label, record);
    if (record.comment !== undefined && typeof record.comment !== 'string') {
      fields.fail('"comment" must be a string');
    }
    return fields;
  }

  /** Throws a DatasetError for this entry. */
  fail(reason: string): never {
    throw new DatasetError(this.file, this.entry, reason);
  }

  /** A required kebab-case id. */
  id(key = 'id'): string {
    const id = this.string(key);
    if (!ID.test(id)) this.fail(`"${key}" must be kebab-case (a-z, 0-9, -), got "${id}"`);
    return id;
  }

  /** A required string. */
  string(key: string): string {
    const value = this.optionalString(key);
    return value ?? this.fail(`"${key}" is missing`);
  }

  /** An optional string (undefined when absent). */
  optionalString(key: string): string | undefined {
    const value = this.take(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') this.fail(`"${key}" must be a string`);
    if (value.length === 0) this.fail(`"${key}" is empty`);
    if (value.trim() !== value)
      this.fail(`"${key}" has stray whitespace: ${JSON.stringify(value)}`);
    return value;
  }

  /** A required non-empty list of strings. */
  strings(key: string): string[] {
    return this.list(key, 1).map((_, i) => this.stringAt(key, i));
  }

  /** An optional non-empty list of strings (undefined when absent). */
  optionalStrings(key: string): string[] | undefined {
    return this.value[key] === undefined ? (this.read.add(key), undefined) : this.strings(key);
  }

  /** A required non-empty list of non-empty lists of strings. */
  stringLists(key: string): string[][] {
    return this.list(key, 1).map((group, i) => {
      const inner = Fields.of(this.file, `${this.entry} ${key}[${i}]`, { words: group });
      return inner.strings('words');
    });
  }

  /** A required finite number. */
  number(key: string): number {
    const value = this.take(key);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(`"${key}" must be a finite number`);
    }
    return value;
  }

  /** A required string from a closed set. */
  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const value = this.string(key);
    if (!(allowed as readonly string[]).includes(value)) {
      this.fail(`unknown ${key} "${value}" (expected one of: ${allowed.join(', ')})`);
    }
    return value as T;
  }

  /** A list, at least `min` long; absent counts as empty. */
  list(key: string, min = 0): unknown[] {
    const value = this.take(key) ?? [];
    if (!Array.isArray(value)) this.fail(`"${key}" must be a list`);
    if (value.length < min) this.fail(`"${key}" needs at least ${min} item(s)`);
    return value;
  }

  /** Each object of list `key`, wrapped in its own Fields. */
  objects(key: string, min = 0): Fields[] {
    return this.list(key, min).map((v, i) => Fields.of(this.file, `${this.entry} ${key}[${i}]`, v));
  }

  /** A required nested object, wrapped in its own Fields. */
  object(key: string): Fields {
    const value = this.take(key);
    if (value === undefined) this.fail(`"${key}" is missing`);
    return Fields.of(this.file, `${this.entry} ${key}`, value);
  }

  /** The citation fields of this object: reportId, excerpt, optional within. */
  citation(): Citation {
    const reportId = this.string('reportId');
    const excerpt = this.string('excerpt');
    const within = this.optionalString('within');
    return within === undefined ? { reportId, excerpt } : { reportId, excerpt, within };
  }

  /** Fails on any key that was not read. */
  done(): void {
    const unknown = Object.keys(this.value).filter((key) => !this.read.has(key));
    if (unknown.length > 0) this.fail(`unknown field(s): ${unknown.join(', ')}`);
  }

  private stringAt(key: string, i: number): string {
    const value = (this.value[key] as unknown[])[i];
    if (typeof value !== 'string' || value.length === 0 || value.trim() !== value) {
      this.fail(`"${key}"[${i}] must be a non-empty string without stray whitespace`);
    }
    return value;
  }

  private take(key: string): unknown {
    this.read.add(key);
    return this.value[key];
  }
}
