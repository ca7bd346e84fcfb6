import type { MatchFactorUitleg } from '../api/matching';
import { t } from '../i18n/nl';

/** A match score as a meter, with the explanation per factor behind a "why" toggle. */
export function MatchScore({ score, factoren }: { score: number; factoren: MatchFactorUitleg[] }) {
  const label = t.matching.score(score);
  return (
    <div className="match-score">
      <p className="match-score__label">
        <meter min={0} max={100} low={40} high={70} optimum={100} value={score} aria-label={label} />{' '}
        <span>{label}</span>
      </p>
      {factoren.length > 0 && (
        <details>
          <summary>{t.matching.waarom}</summary>
          <ul className="factoren">
            {factoren.map((factor) => (
              <li key={factor.factor}>
                {factor.zin}{' '}
                <span className="factoren__punten">({t.matching.punten(factor.punten, factor.maxPunten)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
