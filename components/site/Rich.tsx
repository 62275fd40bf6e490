/**
 * A catalogue message with React nodes in its placeholders, for sentences
 * that contain a link: t() fills the text placeholders and leaves the others
 * as "{name}", which this splits on.
 *
 * @example
 * <Rich text={t('en', 'about.licenseData', { site })} nodes={{ license: <a href="…">CC BY 4.0</a> }} />
 */
import { Fragment, type ReactNode } from 'react';

export function Rich({ text, nodes }: { text: string; nodes: Record<string, ReactNode> }) {
  const parts = text.split(/\{(\w+)\}/);
  return (
    <>{parts.map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{nodes[part] ?? `{${part}}`}</Fragment> : part))}</>
  );
}
