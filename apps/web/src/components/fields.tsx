import { useId, type InputHTMLAttributes } from 'react';
import type { FormErrors } from '../api/errors';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  name: string;
  label: string;
  /** Help text under the label. */
  hint?: string;
  /** The message for this field, e.g. from `toFormErrors(...).fields[name]`. */
  error?: string;
}

/**
 * Ties TextFields to a form's text values: `veld('naam')` gives that key's name, value, onChange and error, to
 * spread on a TextField.
 */
export function tekstVelden<K extends string>(
  values: { [key in K]: string },
  set: (key: K, value: string) => void,
  errors: FormErrors,
) {
  return (key: K) => ({
    name: key,
    value: values[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    error: errors.fields[key],
  });
}

/** A labelled input with its hint and its error right beside it, linked for screen readers. */
export function TextField({ name, label, hint, error, required, ...input }: TextFieldProps) {
  const id = `veld-${name}-${useId().replace(/:/g, '')}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
    </div>
  );
}

interface SelectFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  placeholder?: string;
  error?: string;
  required?: boolean;
}

export function SelectField({ name, label, value, onChange, options, placeholder, error, required }: SelectFieldProps) {
  const id = `veld-${name}-${useId().replace(/:/g, '')}`;
  const errorId = error ? `${id}-fout` : undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <select
        id={id}
        name={name}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface TextAreaProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  rows?: number;
  maxLength?: number;
  required?: boolean;
}

export function TextArea({ name, label, value, onChange, hint, error, rows = 5, maxLength, required }: TextAreaProps) {
  const id = `veld-${name}-${useId().replace(/:/g, '')}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        required={required}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

interface CheckboxFieldProps {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  error?: string;
}

export function CheckboxField({ name, label, checked, onChange, hint, error }: CheckboxFieldProps) {
  const id = `veld-${name}-${useId().replace(/:/g, '')}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <div className="checkbox">
        <input
          type="checkbox"
          id={id}
          name={name}
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p className="field__hint checkbox__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

interface CheckboxGroupProps {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  hint?: string;
  error?: string;
}

/** Several choices under one question: a fieldset whose legend is the question. */
export function CheckboxGroup({ name, legend, options, value, onChange, hint, error }: CheckboxGroupProps) {
  const id = `groep-${name}-${useId().replace(/:/g, '')}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  const toggle = (option: string, on: boolean) => onChange(on ? [...value, option] : value.filter((v) => v !== option));
  return (
    <fieldset
      className={error ? 'field fieldset field--error' : 'field fieldset'}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <div className="checkbox-grid">
        {options.map((option) => (
          <div className="checkbox" key={option.value}>
            <input
              type="checkbox"
              id={`${id}-${option.value}`}
              name={name}
              value={option.value}
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The options of a select or checkbox group from a label catalogue, e.g. `t.keuzes.contractvorm`. */
export function optionsOf(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

interface RadioGroupProps {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** One choice from a few: a fieldset of radio buttons. */
export function RadioGroup({ name, legend, options, value, onChange, error }: RadioGroupProps) {
  const id = `groep-${name}-${useId().replace(/:/g, '')}`;
  const errorId = error ? `${id}-fout` : undefined;
  return (
    <fieldset className={error ? 'field fieldset field--error' : 'field fieldset'} aria-describedby={errorId}>
      <legend>{legend}</legend>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      {options.map((option) => (
        <div className="checkbox" key={option.value}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={name}
            value={option.value}
            checked={value === option.value}
            aria-invalid={error ? true : undefined}
            onChange={() => onChange(option.value)}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
