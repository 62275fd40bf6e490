'use client';
/** The map, loaded in the browser only: Leaflet needs `window`. */
import dynamic from 'next/dynamic';

export const LazyMap = dynamic(() => import('./IncidentMap'), {
  ssr: false,
  loading: () => <div className="incident-map incident-map--loading" aria-hidden="true" />,
});
