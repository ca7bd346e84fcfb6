import { t } from '../i18n/nl';

/** Under a form that opens in place: submit (saying it is busy while saving) and cancel. */
export function OpslaanAnnuleren({
  busy,
  label,
  onAnnuleren,
  klein = false,
}: {
  busy: boolean;
  /** The text of the submit button. */
  label: string;
  onAnnuleren: () => void;
  klein?: boolean;
}) {
  const maat = klein ? ' button--small' : '';
  return (
    <div className="form-actions">
      <button type="submit" className={`button${maat}`} disabled={busy}>
        {busy ? t.algemeen.bezigMetOpslaan : label}
      </button>
      <button type="button" className={`button${maat} button--secondary`} onClick={() => onAnnuleren()}>
        {t.algemeen.annuleren}
      </button>
    </div>
  );
}
