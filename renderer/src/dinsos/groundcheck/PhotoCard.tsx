import type { GroundcheckPhoto } from '../../../../shared/groundcheck/schema';
import { call } from '../../api/client';
import { useLoad } from '../../app/useLoad';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatPosition, formatTakenAt } from './photo-facts';

/** A groundcheck photo with where and when the camera says it was taken, and the position opened on a map. */
export function PhotoCard({ photo }: { photo: GroundcheckPhoto }) {
  const [content] = useLoad(() => call('groundcheck.photo', { id: photo.id }), String(photo.id));
  const title = photo.caption || photo.fileName;
  return (
    <figure className="gc-photo" data-testid="gc-photo">
      {content.state === 'ready' ? (
        <img src={`data:${content.value.mime};base64,${content.value.contentBase64}`} alt={title} />
      ) : content.state === 'failed' ? (
        <ErrorBanner message={content.message} />
      ) : (
        <div className="gc-photo-wait">Memuat foto…</div>
      )}
      <figcaption>
        <strong>{title}</strong>
        {photo.latitude !== null && photo.longitude !== null ? (
          <span>Lokasi: <span data-testid="gc-photo-position">{formatPosition(photo.latitude, photo.longitude)}</span></span>
        ) : (
          <span className="muted">Foto tanpa data lokasi GPS</span>
        )}
        {photo.takenAt ? <span>Diambil: {formatTakenAt(photo.takenAt)}</span> : <span className="muted">Waktu pengambilan tidak tercatat</span>}
        {photo.mapLinks ? (
          <span className="gc-map-links">
            <a href={photo.mapLinks.openStreetMap} target="_blank" rel="noopener noreferrer">Buka lokasi di peta (OpenStreetMap)</a>
            <a href={photo.mapLinks.googleMaps} target="_blank" rel="noopener noreferrer">Google Maps</a>
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
