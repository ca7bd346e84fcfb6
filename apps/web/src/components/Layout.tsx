import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import type { Gebruiker } from '../api/operations';
import { t } from '../i18n/nl';
import { menuFor } from '../navigation/menu';

interface LayoutProps {
  user?: Gebruiker;
  onSignOut?: () => void;
  children: ReactNode;
}

/** Every page: skip link, header (with the menu for the user's role), main content, footer. */
export function Layout({ user, onSignOut, children }: LayoutProps) {
  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t.app.skipLink}
      </a>
      <header className="site-header">
        <div className="container site-header__bar">
          <Link to="/" className="brand">
            <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <circle cx="12" cy="16" r="6" fill="none" stroke="currentColor" strokeWidth="3" />
              <circle cx="20" cy="16" r="6" fill="none" stroke="var(--accent)" strokeWidth="3" />
            </svg>
            <span>{t.app.naam}</span>
          </Link>
          {user && (
            <div className="site-header__user">
              <span className="site-header__who">{t.menu.ingelogdAls(user.naam, t.rollen[user.rol])}</span>
              <button type="button" className="button button--on-dark" onClick={onSignOut}>
                {t.menu.uitloggen}
              </button>
            </div>
          )}
        </div>
        {user && (
          <nav className="site-nav" aria-label={t.app.hoofdmenu}>
            <ul className="container site-nav__list">
              {menuFor(user.rol).map((item) => (
                <li key={item.path}>
                  <NavLink to={item.path} end={item.path === '/'} className="site-nav__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="inhoud" tabIndex={-1} className="container main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t.footer.toegankelijkheid}</p>
          <p>
            <a href="https://www.geonames.org/" rel="noopener noreferrer" target="_blank">
              {t.footer.postcodes}
            </a>{' '}
            (
            <a
              href="https://creativecommons.org/licenses/by/4.0/deed.nl"
              rel="noopener noreferrer license"
              target="_blank"
            >
              {t.footer.postcodesLicentie}
            </a>
            )
          </p>
        </div>
      </footer>
    </>
  );
}
