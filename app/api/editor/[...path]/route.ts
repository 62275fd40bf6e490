/** The editor's routes (lib/editor/api/router.ts): 404 unless the server runs as `npm run editor`. */
import { editorEnabled } from '@/lib/editor/mode';
import { fail } from '@/lib/editor/api/reply';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ path: string[] }> };

// Only the editor's server loads the editor's code (an HTML parser among it), as `next start` loads this
// route: at start. In every other server it would lengthen the start and hold memory for nothing.
const router = editorEnabled() ? import('@/lib/editor/api/router') : undefined;

async function handle(request: Request, { params }: Context): Promise<Response> {
  if (!router) return fail(404, 'not found');
  return (await router).handleEditor(request, (await params).path);
}

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
