/**
 * Event handlers that run `action` on a click, and on Enter or Space when
 * the marker has keyboard focus: Leaflet gives markers role="button" but
 * fires no click for keys.
 */
import type L from 'leaflet';

export function activate(action: () => void): L.LeafletEventHandlerFnMap {
  return {
    click: action,
    keypress: (e) => {
      const key = (e as L.LeafletKeyboardEvent).originalEvent;
      if (key.key !== 'Enter' && key.key !== ' ') return;
      key.preventDefault();
      action();
    },
  };
}
