/**
 * The closed vocabularies of the curated files, as runtime lists (the types live in
 * `../matching/types` and `./schema`). A value outside them is a dataset error. The actor
 * kinds are `ACTOR_KINDS` of `../matching/types`, which their type derives from.
 */
import type { Qualifier, Unit } from '../matching/types';
import type { Disagreement, FurnitureKind } from './schema';

/** Every unit a figure may have. */
export const UNITS = [
  'countries',
  'leaders',
  'missiles',
  'usd',
  'eur',
  'km',
  'people',
  'years',
  'date',
] as const satisfies readonly Unit[];

/** Every qualifier a statement may have. */
export const QUALIFIERS = [
  'exact',
  'more-than',
  'at-least',
  'about',
  'nearly',
  'less-than',
] as const satisfies readonly Qualifier[];

/** Every kind of page furniture. */
export const FURNITURE_KINDS = [
  'headline',
  'dateline',
  'date',
  'heading',
  'caption',
  'credit',
  'link',
  'sign-off',
] as const satisfies readonly FurnitureKind[];

/** Every kind of disagreement. */
export const DISAGREEMENT_KINDS = [
  'figure',
  'quote',
  'spelling',
  'claim',
] as const satisfies readonly Disagreement['kind'][];

// Compile-time proof that each list is complete: these fail to type-check if a union grows.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
export const VOCABULARY_COMPLETE: [
  Missing<Unit, (typeof UNITS)[number]>,
  Missing<Qualifier, (typeof QUALIFIERS)[number]>,
  Missing<FurnitureKind, (typeof FURNITURE_KINDS)[number]>,
  Missing<Disagreement['kind'], (typeof DISAGREEMENT_KINDS)[number]>,
] = [true, true, true, true];
