import { escapeHtml, MailMessage, mailLayout } from '@matchpunt/mail';
import { User } from './user.entity';

export function welkomMail(user: User, link: string): MailMessage {
  const intro = `Welkom bij Matchpunt, ${user.naam}. Er is een account voor u gemaakt.`;
  return {
    tenantId: user.tenantId,
    dedupeKey: `welkom:${user.id}`,
    to: user.email,
    subject: 'Welkom bij Matchpunt: kies uw wachtwoord',
    html: mailLayout('Welkom bij Matchpunt', `<p>${escapeHtml(intro)}</p><p><a href="${escapeHtml(link)}">Kies uw wachtwoord</a></p><p>De link werkt 3 dagen.</p>`),
    text: `${intro}\n\nKies uw wachtwoord: ${link}\nDe link werkt 3 dagen.`,
  };
}

export function resetMail(user: User, link: string, resetId: string, hours: number): MailMessage {
  return {
    tenantId: user.tenantId,
    dedupeKey: `wachtwoord-reset:${resetId}`,
    to: user.email,
    subject: 'Nieuw wachtwoord voor Matchpunt',
    html: mailLayout(
      'Nieuw wachtwoord',
      `<p>U vroeg om een nieuw wachtwoord.</p><p><a href="${escapeHtml(link)}">Kies een nieuw wachtwoord</a></p><p>De link werkt ${hours} uur. Vroeg u dit niet? Dan hoeft u niets te doen.</p>`,
    ),
    text: `U vroeg om een nieuw wachtwoord.\n\nKies een nieuw wachtwoord: ${link}\nDe link werkt ${hours} uur. Vroeg u dit niet? Dan hoeft u niets te doen.`,
  };
}
