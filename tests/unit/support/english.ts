import en from '@/src/languages/packs/en.json';
import { PACKS_DIR, readPack } from '@/src/dataset/read-pack';
import type { FigureLanguage } from '@/src/matching/figure-language';
import type { FigureReading } from '@/src/matching/find-figures';
import { figureReading } from '@/src/matching/scan';

/** English's pack, checked and compiled as the build does (it names no actor). */
export const ENGLISH = readPack(`${PACKS_DIR}/en.json`, en, []);

/** How the engine reads English figures and dates, from its pack. */
export const ENGLISH_READING = figureReading(ENGLISH) as FigureReading & {
  language: FigureLanguage;
};

/** English's figure words, compiled. */
export const ENGLISH_FIGURES = ENGLISH_READING.language;
