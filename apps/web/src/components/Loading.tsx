import { t } from '../i18n/nl';

export function Loading({ text = t.app.laden }: { text?: string }) {
  return (
    <p className="loading" role="status">
      {text}
    </p>
  );
}
