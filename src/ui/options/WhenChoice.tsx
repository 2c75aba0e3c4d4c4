import type { MessageKey, Translate } from '../../i18n';
import { WHEN_MODES, type WhenMode } from '../../settings/schema';

const LABELS: Record<WhenMode, [MessageKey, MessageKey]> = {
  summit: ['optionsWhenSummit', 'optionsWhenSummitHint'],
  every: ['optionsWhenEvery', 'optionsWhenEveryHint'],
  asked: ['optionsWhenAsked', 'optionsWhenAskedHint'],
};

/** What WhenChoice shows and reports. */
export interface WhenChoiceProps {
  when: WhenMode;
  t: Translate;
  onChange: (when: WhenMode) => void;
}

/** "When to highlight": one radio button per mode, each with its hint. */
export function WhenChoice({ when, t, onChange }: WhenChoiceProps) {
  return (
    <fieldset>
      <legend>
        <h2>{t('optionsWhenHeading')}</h2>
      </legend>
      {WHEN_MODES.map((mode) => (
        <div class="field" key={mode}>
          <input
            type="radio"
            name="when"
            id={`when-${mode}`}
            value={mode}
            checked={when === mode}
            aria-describedby={`when-${mode}-hint`}
            onChange={() => onChange(mode)}
          />
          <label for={`when-${mode}`}>{t(LABELS[mode][0])}</label>
          <p class="hint" id={`when-${mode}-hint`}>
            {t(LABELS[mode][1])}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
