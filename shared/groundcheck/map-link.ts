import type { MapLinks } from './schema';

/** Links that open a photo's position in OpenStreetMap and in Google Maps (six decimals: about 10 cm). */
export function mapLinks(latitude: number, longitude: number): MapLinks {
  const lat = latitude.toFixed(6);
  const lon = longitude.toFixed(6);
  return {
    openStreetMap: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`,
    googleMaps: `https://www.google.com/maps/search/?api=1&query=${lat},${lon}`,
  };
}
