/** What a Checkbox shows and reports. */
export interface CheckboxProps {
  id: string;
  label: string;
  /** A sentence under the label, read with it by screen readers. */
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled checkbox with an optional hint. */
export function Checkbox({ id, label, hint, checked, onChange }: CheckboxProps) {
  return (
    <div class="field">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
