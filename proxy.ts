/**
 * Permanent ids at the edge of every request for an incident: a renamed or
 * merged id answers 308 to where it went (the end of its redirect chain),
 * and a retracted id answers 410: the page says when and why, the API says
 * so in JSON. An incident page for an id that never existed is answered
 * here too, with the site's 404 page: a page that calls notFound() after its
 * static params renders the 404 only in the client payload (a blank page
 * without JavaScript; vercel/next.js#95613). All through the data module.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { resolveId } from '@/lib/incidents';

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
  const change = resolveId(id);
  if (change.status === 'live') return NextResponse.next();
  if (change.status === 'unknown') {
    // The API answers its own 404s; an embed renders its own notice (framable, unlike the site's 404
    // page) and the proxy gives it its status; a page gets the site's 404, rendered on the server.
    // (Under `next start -H 127.0.0.1` Next sees this rewrite's "localhost" origin as another host and
    // fetches it from itself: one extra local hop, which ends because /_not-found is not matched here.)
    if (prefix === '/embed/incidents/') return NextResponse.next({ status: 404 });
    return prefix === '/incidents/' ? NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 }) : NextResponse.next();
  }

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
  return NextResponse.next({ status: 410 });
}
