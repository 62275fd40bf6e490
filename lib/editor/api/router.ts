/**
 * The editor's HTTP interface, /api/editor/…, behind one guard: 404 unless
 * the server runs as the editor, 403 for a foreign Host or a cross-origin
 * write, 415 for a write that is not JSON (lib/editor/guard.ts).
 *
 * GET  state                 ids and titles of incidents and sources; today
 * GET  incidents/{id}        one incident's JSON and file version
 * GET  sources/{id}          a source's metadata, archived text and versions
 * GET  cities?q=             GeoNames cities by name (offline)
 * GET  place?lon=&lat=       counties and state of a point
 * POST extract               a saved web page's readable text and description
 * POST sources               save a source (metadata + archived text)
 * POST check                 the data check and previews of an incident draft
 * POST incidents             save an incident
 * POST ids                   rename, merge or retract an incident
 */
import 'server-only';
import { refusal } from '../guard';
import { editorEnabled } from '../mode';
import { BadId, isValidId } from '../paths';
import { searchCities } from '../cities';
import { placeAt } from '../place';
import { BadRequest, jsonBody } from './context';
import { fail, reply } from './reply';
import { listAll, readIncident, readSource } from './read';
import { checkIncident } from './check';
import { extract, saveSource } from './sources';
import { saveIncident } from './incidents';
import { changeId } from './ids';

function get(parts: string[], url: URL): Response {
  const [what, id, ...rest] = parts;
  if (rest.length > 0) return fail(404, 'no such editor route');
  if (what === 'state' && id === undefined) return listAll();
  if ((what === 'incidents' || what === 'sources') && id !== undefined) {
    if (!isValidId(id)) throw new BadId(id);
    return what === 'incidents' ? readIncident(id) : readSource(id);
  }
  if (what === 'cities' && id === undefined)
    return reply(200, { cities: searchCities((url.searchParams.get('q') ?? '').slice(0, 100)) });
  if (what === 'place' && id === undefined) {
    const lon = Number(url.searchParams.get('lon'));
    const lat = Number(url.searchParams.get('lat'));
    if (
      !(Math.abs(lon) <= 180 && Math.abs(lat) <= 90) ||
      url.searchParams.get('lon') === null ||
      url.searchParams.get('lat') === null
    ) {
      return fail(400, '"lon" and "lat" must be a longitude (-180..180) and a latitude (-90..90)');
    }
    return reply(200, placeAt([lon, lat]));
  }
  return fail(404, 'no such editor route');
}

async function post(parts: string[], request: Request): Promise<Response> {
  if (parts.length !== 1) return fail(404, 'no such editor route');
  const routes: Record<string, (body: Record<string, unknown>) => Response> = {
    extract,
    sources: saveSource,
    check: checkIncident,
    incidents: saveIncident,
    ids: changeId,
  };
  const handler = routes[parts[0]];
  if (!handler || !Object.hasOwn(routes, parts[0])) return fail(404, 'no such editor route');
  return handler(await jsonBody(request));
}

/** Answers one request to /api/editor/{parts}. */
export async function handleEditor(request: Request, parts: string[]): Promise<Response> {
  if (!editorEnabled()) return fail(404, 'not found');
  const refused = refusal(request.method, request.headers);
  if (refused) return fail(refused.status, refused.error);
  try {
    if (request.method === 'GET' || request.method === 'HEAD') return get(parts, new URL(request.url));
    if (request.method === 'POST') return await post(parts, request);
    return fail(405, 'the editor takes GET and POST');
  } catch (e) {
    if (e instanceof BadId) return fail(400, e.message);
    if (e instanceof BadRequest) return fail(e.status, e.message);
    throw e;
  }
}
