/**
 * The share image of an incident, 1200×630 PNG: title, date, place and how
 * precisely it is known, and a locator of its state with the incident marked.
 * Uses the font bundled with next/og only, and fetches nothing.
 */
import 'server-only';
import { ImageResponse } from 'next/og';
import { t, type Locale } from '../shared/i18n';
import { incidentText } from '../shared/i18n/content';
import type { ApiFeature } from '../shared/types';
import { siteUrl } from '../config';
import { dateText, placeText, precisionText } from '@/lib/shared/i18n/facts';
import { locator } from './locator';
import { imageText } from './text';

export const IMAGE_SIZE = { width: 1200, height: 630 };

const INK = '#1b1b1f';
const MUTED = '#55575e';
const ACCENT = '#0b5cad';
const MARK = '#c2410c';

function Locator({ f }: { f: ApiFeature }) {
  const map = locator(f, 420, 500, 20);
  const marker = 13;
  const exact = f.properties.location.precision === 'building';
  return (
    <svg width={map.width} height={map.height} viewBox={`0 0 ${map.width} ${map.height}`}>
      {map.outlines.map((d, i) => (
        <path key={i} d={d} fill="#e8ebef" stroke="#8a8f98" strokeWidth={2} strokeLinejoin="round" />
      ))}
      {map.area && (
        <path d={map.area} fill={MARK} fillOpacity={0.35} stroke={MARK} strokeWidth={3} fillRule="evenodd" />
      )}
      {/* A solid dot only where the building is known; otherwise a ring, at least as large as the uncertainty. */}
      {map.point && exact && (
        <circle cx={map.point.x} cy={map.point.y} r={marker} fill={MARK} stroke="#ffffff" strokeWidth={4} />
      )}
      {map.point && !exact && (
        <circle
          cx={map.point.x}
          cy={map.point.y}
          r={Math.max(map.point.radius, marker + 4)}
          fill={MARK}
          fillOpacity={0.3}
          stroke={MARK}
          strokeWidth={4}
        />
      )}
    </svg>
  );
}

/** Shrinks the title's type as it grows, so three lines always fit. */
function titleSize(title: string): number {
  return title.length > 90 ? 46 : title.length > 60 ? 54 : 62;
}

export function incidentImage(locale: Locale, f: ApiFeature): ImageResponse {
  const title = imageText(incidentText(f.properties, locale).title);
  const host = imageText(siteUrl().replace(/^https?:\/\//, ''));
  return new ImageResponse(
    <div
      style={{ width: '100%', height: '100%', display: 'flex', background: '#ffffff', color: INK, fontFamily: 'geist' }}
    >
      <div style={{ width: 12, height: '100%', background: ACCENT }} />
      <div
        style={{
          flex: 1,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '48px 40px 44px 52px',
        }}
      >
        <div style={{ display: 'flex', fontSize: 28, color: ACCENT, letterSpacing: 0.5 }}>
          {imageText(t(locale, 'site.name'))}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: titleSize(title), lineHeight: 1.12, marginBottom: 28 }}>{title}</div>
          <div style={{ display: 'flex', fontSize: 32, marginBottom: 10 }}>{imageText(dateText(locale, f))}</div>
          <div style={{ display: 'flex', fontSize: 28, color: MUTED, marginBottom: 6 }}>
            {imageText(placeText(f, locale))}
          </div>
          <div style={{ display: 'flex', fontSize: 24, color: MUTED }}>{imageText(precisionText(locale, f))}</div>
        </div>
        <div style={{ display: 'flex', fontSize: 24, color: MUTED }}>{host}</div>
      </div>
      <div
        style={{ width: 460, display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f6f7f9' }}
      >
        <Locator f={f} />
      </div>
    </div>,
    IMAGE_SIZE,
  );
}
