import type { HighlightLook } from '../style/highlight-css';
import type { Settings } from './schema';

/** How highlights look under `settings` (the style sheet's options). */
export function lookOf(settings: Settings): HighlightLook {
  return {
    colours: settings.colours,
    highContrast: settings.highContrast,
    disputedFlags: settings.disputedFlags,
    everyMention: settings.everyMention,
  };
}
