/** The heading of a section, with the button that opens a form in it (`metKnop` false while the form is open). */
export function SectieKop({
  id,
  titel,
  knop,
  metKnop,
  onKnop,
  secundair = false,
}: {
  id: string;
  titel: string;
  knop: string;
  metKnop: boolean;
  onKnop: () => void;
  secundair?: boolean;
}) {
  return (
    <div className="section-header">
      <h2 id={id}>{titel}</h2>
      {metKnop && (
        <button
          type="button"
          className={secundair ? 'button button--secondary button--small' : 'button button--small'}
          onClick={onKnop}
        >
          {knop}
        </button>
      )}
    </div>
  );
}
