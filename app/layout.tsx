import type { Metadata, Viewport } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Incident map: immigration enforcement, sourced', template: '%s · Incident map' },
  description:
    'A map of reported immigration-enforcement incidents where every pin shows verbatim excerpts of the reporting behind it.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
