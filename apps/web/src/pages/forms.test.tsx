import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { LOGIN, MAAK_GEBRUIKER } from '../api/operations';
import { AuthProvider } from '../auth/AuthProvider';
import { Session } from '../auth/session';
import { GebruikerToevoegenPage } from './GebruikerToevoegenPage';
import { LoginPage } from './LoginPage';

function renderWith(ui: React.ReactNode, mocks: React.ComponentProps<typeof MockedProvider>['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <AuthProvider session={new Session({ storage: window.localStorage })}>{ui}</AuthProvider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('API errors in forms', () => {
  it('shows the message of an error with extensions.field next to that field', async () => {
    const input = { naam: 'Iemand', email: 'bestaat@werkzaak.demo', rol: 'WERKCOACH' as const };
    renderWith(<GebruikerToevoegenPage />, [
      {
        request: { query: MAAK_GEBRUIKER, variables: { input } },
        result: {
          errors: [
            {
              message: 'Er bestaat al een gebruiker met e-mailadres bestaat@werkzaak.demo.',
              extensions: { code: 'CONFLICT', field: 'email' },
            },
          ],
        },
      },
    ]);
    fill('Naam', input.naam);
    fill('E-mailadres', input.email);
    fill('Rol', input.rol);
    fireEvent.click(screen.getByRole('button', { name: 'Gebruiker toevoegen' }));

    const message = await screen.findByText('Er bestaat al een gebruiker met e-mailadres bestaat@werkzaak.demo.', {
      selector: '.field__error',
    });
    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe(message.id);
    expect(screen.getByLabelText('Naam').hasAttribute('aria-invalid')).toBe(false);
    // The summary above the form links to the field.
    expect(screen.getByRole('alert').textContent).toContain('E-mailadres: Er bestaat al een gebruiker');
  });

  it('shows an error without a field above the form, and checks empty fields before asking the API', async () => {
    renderWith(<LoginPage />, [
      {
        request: { query: LOGIN, variables: { input: { email: 'werkcoach@werkzaak.demo', wachtwoord: 'fout' } } },
        result: {
          errors: [{ message: 'E-mailadres of wachtwoord is onjuist.', extensions: { code: 'UNAUTHENTICATED' } }],
        },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(screen.getByText('Vul een e-mailadres in.', { selector: '.field__error' })).toBeTruthy();
    expect(screen.getByText('Vul een wachtwoord in.', { selector: '.field__error' })).toBeTruthy();

    fill('E-mailadres', 'werkcoach@werkzaak.demo');
    fill('Wachtwoord', 'fout');
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    const alert = await screen.findByRole('alert');
    await screen.findByText('E-mailadres of wachtwoord is onjuist.');
    expect(alert.textContent).toContain('E-mailadres of wachtwoord is onjuist.');
    expect(document.querySelectorAll('.field__error')).toHaveLength(0);
  });
});
