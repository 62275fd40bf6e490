/** The editor's routes (lib/editor/api/router.ts): 404 unless the server runs as `npm run editor`. */
import { handleEditor } from '@/lib/editor/api/router';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ path: string[] }> };

async function handle(request: Request, { params }: Context): Promise<Response> {
  return handleEditor(request, (await params).path);
}

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
