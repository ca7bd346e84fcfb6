import { useUser } from '../../auth/AuthProvider';
import { SpeeddatePage } from './SpeeddatePage';
import { WerkcoachSpeeddatePage } from './WerkcoachSpeeddatePage';
import { WerkgeverSpeeddatePage } from './WerkgeverSpeeddatePage';

/** One address, the screen of the caller's part in the speeddate. */
export function SpeeddateDetailPage() {
  const { rol } = useUser();
  if (rol === 'WERKGEVER') return <WerkgeverSpeeddatePage />;
  if (rol === 'WERKCOACH') return <WerkcoachSpeeddatePage />;
  return <SpeeddatePage />;
}
