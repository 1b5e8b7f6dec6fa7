'use client';
import { type ReactNode, useId } from 'react';

export interface SegmentedControlProps<V extends string> {
  /** The group's accessible name (the question the choice answers). */
  label: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: ReactNode }>;
  onChange: (value: V) => void;
  disabled?: boolean;
  className?: string;
  slot: string;
}

/**
 * A single choice between a few modes, drawn as a segmented control. Native radios with one
 * `name` give arrow-key movement, one tab stop and radio semantics with no script; the CSS
 * hides the dot and draws the checked segment. `data-state="on"|"off"` on each segment.
 */
export function SegmentedControl<V extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
  className,
  slot,
}: SegmentedControlProps<V>) {
  const name = useId();
  return (
    <div
      role="radiogroup"
      aria-label={label}
      className={className}
      data-slot={slot}
      data-disabled={disabled ? '' : undefined}
    >
      {options.map((option) => {
        const on = option.value === value;
        return (
          <label
            key={option.value}
            className="vk-segmented__item"
            data-state={on ? 'on' : 'off'}
            data-disabled={disabled ? '' : undefined}
          >
            <input
              type="radio"
              className="vk-segmented__input"
              name={name}
              value={option.value}
              checked={on}
              disabled={disabled}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        );
      })}
    </div>
  );
}
