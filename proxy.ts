/**
 * Permanent ids at the edge of every request for an incident: a renamed or
 * merged id answers 308 to where it went (the end of its redirect chain),
 * and a retracted id answers 410: the page says when and why, the API says
 * so in JSON. Both read data/redirects.json and data/retracted.json through
 * the data module (lib/incidents.ts), without loading the whole dataset.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { idChange } from '@/lib/incidents';

export const config = {
  matcher: ['/incidents/:id', '/api/incidents/:id', '/embed/incidents/:id'],
};

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const slash = pathname.lastIndexOf('/');
  const prefix = pathname.slice(0, slash + 1);
  let id: string;
  try {
    id = decodeURIComponent(pathname.slice(slash + 1));
  } catch {
    return NextResponse.next();
  }
  const change = idChange(id);
  if (!change) return NextResponse.next();

  if (change.status === 'moved') {
    const to = request.nextUrl.clone();
    to.pathname = prefix + encodeURIComponent(change.to);
    return NextResponse.redirect(to, 308);
  }
  const { date, reason } = change.retraction;
  if (prefix === '/api/incidents/') {
    return NextResponse.json(
      { error: `incident "${id}" was retracted on ${date}`, id, retracted: date, reason },
      { status: 410, headers: { 'access-control-allow-origin': '*' } },
    );
  }
  // The page renders the notice; the proxy gives it its status.
  return NextResponse.rewrite(request.nextUrl, { status: 410 });
}
