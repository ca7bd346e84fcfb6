import { afstandKm, binnenBoundingBox, boundingBox } from '../../geo';
import { prng } from './fixtures';

describe('afstandKm (haversine)', () => {
  it('Amsterdam–Utrecht is ongeveer 34 km', () => {
    expect(afstandKm(52.3676, 4.9041, 52.0907, 5.1214)).toBeCloseTo(34.3, 0);
  });

  it('Tiel–Nijmegen is ongeveer 29 km en symmetrisch', () => {
    const heen = afstandKm(51.8861, 5.4295, 51.8426, 5.8527);
    expect(heen).toBeCloseTo(29.4, 0);
    expect(afstandKm(51.8426, 5.8527, 51.8861, 5.4295)).toBe(heen);
  });

  it('nul voor hetzelfde punt, een halve omtrek voor antipoden', () => {
    expect(afstandKm(51.9, 5.4, 51.9, 5.4)).toBe(0);
    expect(afstandKm(0, 0, 0, 180)).toBeCloseTo(Math.PI * 6371.0088, 6);
  });
});

describe('boundingBox', () => {
  it('bevat elk punt binnen de straal (10.000 willekeurige punten)', () => {
    const r = prng(3);
    const missers: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const lat = -80 + r() * 160;
      const lon = -170 + r() * 340;
      const km = r() * 200;
      const box = boundingBox(lat, lon, km);
      // a point at a random bearing and a distance ≤ km (destination formula)
      const d = ((i % 10 === 0 ? 1 : r()) * km) / 6371.0088; // every tenth exactly on the circle
      const b = r() * 2 * Math.PI;
      const φ1 = (lat * Math.PI) / 180;
      const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(b));
      const λ2 =
        (lon * Math.PI) / 180 +
        Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
      const plat = (φ2 * 180) / Math.PI;
      const plon = (λ2 * 180) / Math.PI;
      if (afstandKm(lat, lon, plat, plon) > km + 1e-6) missers.push(`generator: ${lat},${lon} ${km} km`);
      else if (!binnenBoundingBox(box, plat, plon))
        missers.push(`${plat},${plon} buiten box van ${lat},${lon} ${km} km`);
    }
    expect(missers).toEqual([]);
  });

  it('is krap: de hoeken van de breedte liggen op de straal', () => {
    const box = boundingBox(51.9, 5.4, 25);
    expect(afstandKm(51.9, 5.4, box.maxLat, 5.4)).toBeCloseTo(25, 3);
    expect(afstandKm(51.9, 5.4, box.minLat, 5.4)).toBeCloseTo(25, 3);
    expect(box.maxLon - 5.4).toBeGreaterThan(0.36);
    expect(box.maxLon - 5.4).toBeLessThan(0.37);
  });

  it('verbreedt naar alle lengtegraden bij een pool of de datumgrens', () => {
    expect(boundingBox(89.9, 0, 50)).toMatchObject({ maxLat: 90, minLon: -180, maxLon: 180 });
    expect(boundingBox(0, 179.9, 50)).toMatchObject({ minLon: -180, maxLon: 180 });
  });

  it('weigert een negatieve of ongeldige straal', () => {
    expect(() => boundingBox(52, 5, -1)).toThrow(RangeError);
    expect(() => boundingBox(52, 5, NaN)).toThrow(RangeError);
  });
});
