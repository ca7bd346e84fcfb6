import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { t } from '../i18n/nl';
import { kaartTegels, verschuivingen, type KaartCentrum, type KaartPunt } from '../lib/kaart';

const TEGELS = kaartTegels(import.meta.env.VITE_KAART_TEGELS, import.meta.env.VITE_KAART_BRON);
/** Roughly the region when there is nothing to show. */
const NEDERLAND: L.LatLngTuple = [52.1, 5.3];

/**
 * A Leaflet map with points that are links (Tab reaches them; Enter opens them) and, optionally, a centre
 * (the search postcode or a vestiging) with the distance circle. Always paired with a list of the same things: the map is an extra, not the
 * only way to see them.
 */
export default function Kaart(props: {
  label: string;
  uitleg: string;
  punten: KaartPunt[];
  centrum?: KaartCentrum | null;
}) {
  const { punten, centrum } = props;
  const element = useRef<HTMLDivElement>(null);
  const kaart = useRef<L.Map | null>(null);
  const lagen = useRef<L.LayerGroup | null>(null);
  const navigate = useNavigate();

  useEffect(() => {
    const map = L.map(element.current!, { scrollWheelZoom: false, zoomControl: false, center: NEDERLAND, zoom: 7 });
    L.control.zoom({ zoomInTitle: t.kaart.inzoomen, zoomOutTitle: t.kaart.uitzoomen }).addTo(map);
    // The page sends no Referer (API header); tile servers such as OpenStreetMap's want one: the origin only.
    L.tileLayer(TEGELS.url, { attribution: TEGELS.bron, maxZoom: 18, referrerPolicy: 'strict-origin' }).addTo(map);
    map.attributionControl.setPrefix(false);
    kaart.current = map;
    lagen.current = L.layerGroup().addTo(map);
    return () => {
      map.remove();
      kaart.current = null;
    };
  }, []);

  useEffect(() => {
    const map = kaart.current!;
    const groep = lagen.current!;
    groep.clearLayers();
    const grenzen = L.latLngBounds([]);
    if (centrum) {
      const midden: L.LatLngTuple = [centrum.lat, centrum.lon];
      groep.addLayer(L.circleMarker(midden, { radius: 5, className: 'kaart__centrum', interactive: false }));
      grenzen.extend(midden);
      if (centrum.km) {
        const omtrek = L.circle(midden, { radius: centrum.km * 1000, className: 'kaart__cirkel', interactive: false });
        groep.addLayer(omtrek);
        grenzen.extend(omtrek.getBounds());
      }
    }
    const opzij = verschuivingen(punten);
    for (const punt of punten) {
      const marker = L.marker([punt.lat, punt.lon], {
        keyboard: false,
        interactive: false,
        icon: L.divIcon({
          className: 'kaart__marker',
          html: markerLink(punt),
          iconSize: [28, 28],
          iconAnchor: [14 - (opzij.get(punt.id) ?? 0), 34],
        }),
      });
      groep.addLayer(marker);
      grenzen.extend(marker.getLatLng());
    }
    // Without animation: leaving the page during a zoom animation makes Leaflet fail on the removed map.
    if (grenzen.isValid()) map.fitBounds(grenzen, { padding: [24, 24], maxZoom: 14, animate: false });
  }, [punten, centrum]);

  // The marker links are plain HTML inside Leaflet; open them in the app instead of reloading the page.
  function volgLink(event: MouseEvent<HTMLDivElement>) {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-kaart-link]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(link.getAttribute('href')!);
  }

  return (
    <figure className="kaart">
      <div ref={element} className="kaart__veld" role="region" aria-label={props.label} onClick={volgLink} />
      <figcaption className="kaart__uitleg">{props.uitleg}</figcaption>
    </figure>
  );
}

function markerLink(punt: KaartPunt): string {
  const link = document.createElement('a');
  link.href = punt.href;
  link.dataset.kaartLink = '';
  link.className = 'kaart__link';
  link.setAttribute('aria-label', punt.naam);
  link.title = punt.naam;
  return link.outerHTML;
}
