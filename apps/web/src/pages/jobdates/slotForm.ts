import type { FormErrors } from '../../api/errors';
import type { JobdateVorm, PubliceerJobdateSlotInput } from '../../api/jobdates';
import { t } from '../../i18n/nl';
import { parseGetal } from '../../lib/format';
import { naarIsoTijdstip } from '../../lib/tijd';

/** The "tijd openzetten" form as typed: date and time in Dutch time, length as text. */
export interface SlotFormValues {
  datum: string;
  tijd: string;
  lengteMinuten: string;
  vorm: string;
  videoLink: string;
  vacatureIds: string[];
}

/** Field names as the API names them in `extensions.field`; `datum`/`tijd` together make `start`. */
export const SLOT_FIELDS = ['start', 'lengteMinuten', 'vorm', 'videoLink', 'vacatureIds'] as const;

export const LEEG_SLOT: SlotFormValues = {
  datum: '',
  tijd: '',
  lengteMinuten: '30',
  vorm: 'VIDEO',
  videoLink: '',
  vacatureIds: [],
};

/** Checks what the browser can check and builds the API input; the API checks the rest (past, overlap, https). */
export function toSlotInput(values: SlotFormValues): { input?: PubliceerJobdateSlotInput; errors: FormErrors } {
  const fields: Record<string, string> = {};
  const start = naarIsoTijdstip(values.datum, values.tijd);
  if (!start) fields.start = t.jobdates.kiesDatumTijd;
  const lengteMinuten = parseGetal(values.lengteMinuten);
  if (lengteMinuten === null) fields.lengteMinuten = t.jobdates.lengteOngeldig;
  if (values.vorm !== 'VIDEO' && values.vorm !== 'BEL_MIJ') fields.vorm = t.jobdates.kiesVorm;
  const videoLink = values.videoLink.trim();
  if (values.vorm === 'VIDEO' && !videoLink) fields.videoLink = t.fouten.verplicht(t.jobdates.videoLink);
  if (Object.keys(fields).length || !start || lengteMinuten === null) return { errors: { fields, general: [] } };
  return {
    input: {
      start,
      lengteMinuten,
      vorm: values.vorm as JobdateVorm,
      ...(values.vorm === 'VIDEO' && { videoLink }),
      ...(values.vacatureIds.length > 0 && { vacatureIds: values.vacatureIds }),
    },
    errors: { fields: {}, general: [] },
  };
}
