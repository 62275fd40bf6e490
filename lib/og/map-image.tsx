/**
 * The picture of a map view, 1200×630 PNG: the selection drawn on the
 * shipped outline basemap (lib/og/map-svg.ts), beside its count, dates, the
 * legend of what it shows, the attribution, the day it was made and the link
 * back. The share image of `/`, `/es` and every filtered view, and what
 * "Download image" saves. Uses the font bundled with next/og only, and
 * fetches nothing (no tiles).
 */
import 'server-only';
import { ImageResponse } from 'next/og';
import { formatDate, t, type Locale } from '../shared/i18n';
import type { Setting } from '../shared/schema';
import { settingBadge } from '@/lib/shared/setting-glyphs';
import { IMAGE_SIZE } from './image';
import { imageText } from './text';
import { MAX_BADGES, settingsOf, mapSvg, type Outlines } from './map-svg';
import type { MapFrame } from './map-frame';
import type { ApiFeature } from '../shared/types';

export const MAP_WIDTH = 860;
const PANEL = IMAGE_SIZE.width - MAP_WIDTH;
const INK = '#1b1b1f';
const MUTED = '#55575e';
const ACCENT = '#0b5cad';

export interface MapPicture {
  locale: Locale;
  frame: MapFrame;
  outlines: Outlines;
  /** What the frame shows of the selection. */
  features: ApiFeature[];
  /** The whole selection's size and first and last dates (the frame may show part of it). */
  count: number;
  dates?: { first: string; last: string };
  /** The view's address, printed as the link back. */
  link: string;
  /** The day it is made, YYYY-MM-DD. */
  made: string;
}

const svgUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

function Key({ mark, label }: { mark: string; label: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', marginBottom: 8 }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- next/og draws plain <img>; next/image is for pages */}
      <img src={svgUri(mark)} width={24} height={24} alt="" style={{ marginRight: 10 }} />
      <div style={{ display: 'flex', fontSize: 19 }}>{imageText(label)}</div>
    </div>
  );
}

const AREA_MARK =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"><rect x="2" y="4" width="20" height="16" rx="3" fill="#c2410c" fill-opacity="0.25" stroke="#c2410c" stroke-width="2"/></svg>';
const CROWD_MARK =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"><circle cx="12" cy="12" r="10" fill="#1f5f8b" fill-opacity="0.85" stroke="#fff" stroke-width="1.5"/></svg>';

export function mapImage(p: MapPicture): ImageResponse {
  const { locale } = p;
  const settings: Setting[] = settingsOf(p.features);
  const points = p.features.filter((f) => f.geometry.type === 'Point');
  const exact = points.some((f) => f.properties.location.precision === 'building');
  const approximate = points.some((f) => f.properties.location.precision !== 'building');
  const areas = p.features.length > points.length;
  const dates =
    p.dates &&
    (p.dates.first === p.dates.last
      ? formatDate(locale, p.dates.first)
      : t(locale, 'incident.dateRange', {
          start: formatDate(locale, p.dates.first),
          end: formatDate(locale, p.dates.last),
        }));
  return new ImageResponse(
    <div
      style={{ width: '100%', height: '100%', display: 'flex', background: '#ffffff', color: INK, fontFamily: 'geist' }}
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- next/og draws plain <img>; next/image is for pages */}
      <img src={svgUri(mapSvg(p.frame, p.outlines, p.features))} width={MAP_WIDTH} height={IMAGE_SIZE.height} alt="" />
      <div
        style={{
          width: PANEL,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '30px 26px 24px 28px',
          borderLeft: `6px solid ${ACCENT}`,
        }}
      >
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 26, color: ACCENT, marginBottom: 14 }}>
            {imageText(t(locale, 'site.name'))}
          </div>
          <div style={{ display: 'flex', fontSize: 44, lineHeight: 1.1, marginBottom: 6 }}>
            {imageText(t(locale, 'share.count', { count: p.count }))}
          </div>
          {dates ? (
            <div style={{ display: 'flex', fontSize: 21, color: MUTED, marginBottom: 18 }}>{imageText(dates)}</div>
          ) : null}
          {settings.map((s) => (
            <Key key={s} mark={settingBadge(s, 24)} label={t(locale, `setting.${s}`)} />
          ))}
          <div style={{ display: 'flex', height: 8 }} />
          {exact ? <Key mark={settingBadge('other', 24)} label={t(locale, 'share.exact')} /> : null}
          {approximate ? <Key mark={settingBadge('other', 24, true)} label={t(locale, 'share.approximate')} /> : null}
          {areas ? <Key mark={AREA_MARK} label={t(locale, 'share.area')} /> : null}
          {points.length > MAX_BADGES ? <Key mark={CROWD_MARK} label={t(locale, 'share.crowd')} /> : null}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', fontSize: 15, color: MUTED }}>
          <div style={{ display: 'flex', marginBottom: 4 }}>{imageText(t(locale, 'share.attribution'))}</div>
          <div style={{ display: 'flex', marginBottom: 4 }}>
            {imageText(t(locale, 'share.made', { date: formatDate(locale, p.made) }))}
          </div>
          <div style={{ display: 'flex', color: ACCENT, wordBreak: 'break-all' }}>{imageText(p.link)}</div>
        </div>
      </div>
    </div>,
    IMAGE_SIZE,
  );
}
