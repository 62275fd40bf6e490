'use client';
/**
 * Offers the Spanish edition, once, to a first-time visitor of an English
 * page whose browser prefers Spanish. Never a redirect: the address they
 * followed stays the page they see. "Once" is remembered in localStorage
 * (no cookie); the offer is written in Spanish, the language it offers: its
 * words come from the server (offerText()), as the page's own catalogue is
 * English.
 */
import { useEffect, useState } from 'react';
import { localePath, splitLocale } from '@/lib/shared/i18n/paths';
import { useLocale } from './locale';

const SEEN = 'incident-map:language-offer';

function prefersSpanish(): boolean {
  const first = navigator.languages?.[0] ?? navigator.language ?? '';
  return /^es\b/i.test(first);
}

function markSeen() {
  try {
    localStorage.setItem(SEEN, '1');
  } catch {
    // Storage refused (private mode): the offer may come back; it is still only an offer.
  }
}

/** The offer's words, in Spanish. */
export interface OfferText {
  label: string;
  offer: string;
  accept: string;
  dismiss: string;
}

export function LanguageOffer({ className, text }: { className?: string; text: OfferText }) {
  const locale = useLocale();
  const [href, setHref] = useState<string>();

  useEffect(
    function offerOnce() {
      if (locale !== 'en' || !prefersSpanish()) return;
      try {
        if (localStorage.getItem(SEEN)) return;
      } catch {
        return;
      }
      markSeen();
      const { path } = splitLocale(window.location.pathname);
      setHref(localePath('es', path + window.location.search));
    },
    [locale],
  );

  if (!href) return null;
  return (
    <aside className={className} lang="es" aria-label={text.label} data-language-offer="">
      <span>{text.offer}</span>{' '}
      <a href={href} hrefLang="es">
        {text.accept}
      </a>{' '}
      <button type="button" onClick={() => setHref(undefined)}>
        {text.dismiss}
      </button>
    </aside>
  );
}
