/**
 * Reduced motion (WCAG 2.3.3): where the reader's system asks for it, the
 * map jumps instead of flying, zooming and fading. A flight reads the
 * setting as it starts; Leaflet's own animations are set when the map is
 * made. Client only.
 */
const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

export function reducedMotion(): boolean {
  return window.matchMedia(REDUCED_MOTION_QUERY).matches;
}

/** Leaflet's animation options for a new map (Leaflet reads them once, when the map is made). */
export function mapMotion(): {
  zoomAnimation: boolean;
  fadeAnimation: boolean;
  markerZoomAnimation: boolean;
  inertia: boolean;
} {
  const animate = !reducedMotion();
  return { zoomAnimation: animate, fadeAnimation: animate, markerZoomAnimation: animate, inertia: animate };
}
