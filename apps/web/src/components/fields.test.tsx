import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextField } from './fields';

describe('TextField', () => {
  it('links its label, hint and error to the input', () => {
    render(
      <TextField
        name="email"
        label="E-mailadres"
        hint="Het adres waarop u mail krijgt."
        error="Vul een geldig e-mailadres in."
      />,
    );
    const input = screen.getByLabelText('E-mailadres');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(describedBy).toEqual(['Het adres waarop u mail krijgt.', 'Vul een geldig e-mailadres in.']);
  });

  it('is not marked invalid without an error', () => {
    render(<TextField name="naam" label="Naam" />);
    const input = screen.getByLabelText('Naam');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });
});
