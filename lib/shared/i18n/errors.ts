/**
 * The error page's words in both languages, part of the catalogues (en.ts
 * and es.ts spread them in) and kept apart so that app/global-error.tsx,
 * which every page loads and which knows no language, carries these few
 * lines rather than both catalogues.
 */
export const errorMessages = {
  en: {
    'error.title': 'Something went wrong',
    'error.body':
      'This page could not be shown. Try again in a moment: the map and every incident page keep their addresses.',
    'error.retry': 'Try again',
    'error.map': 'Open the map',
  },
  es: {
    'error.title': 'Algo salió mal',
    'error.body':
      'No se pudo mostrar esta página. Inténtelo de nuevo en un momento: el mapa y cada página de incidente conservan sus direcciones.',
    'error.retry': 'Reintentar',
    'error.map': 'Abrir el mapa',
  },
} as const;
