/**
 * A link to another site from the data (a source, further reporting, the
 * evidence of a claim): a link only when the URL is http or https
 * (lib/shared/link.ts), and then always with rel="noopener noreferrer"; otherwise
 * its text alone. React writes the text and the href as text, never markup.
 */
import type { AnchorHTMLAttributes } from 'react';
import { httpHref } from '@/lib/shared/link';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'rel'> & { href: string | undefined };

export function ExternalLink({ href, children, target, ...rest }: Props) {
  const safe = httpHref(href);
  // The marking of a title or a name (data-original) stays on the text when the link does not.
  if (!safe)
    return (
      <span lang={rest.lang} data-original={(rest as Record<string, unknown>)['data-original'] as string | undefined}>
        {children}
      </span>
    );
  return (
    <a {...rest} href={safe} target={target} rel="noopener noreferrer">
      {children}
    </a>
  );
}
