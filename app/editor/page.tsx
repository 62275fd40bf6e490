/**
 * The maintainers' editor (`npm run editor`). Only a server started as the
 * editor, and only for a loopback Host, shows it: anywhere else it is a 404.
 */
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { editorEnabled } from '@/lib/editor/mode';
import { isLoopbackHost } from '@/lib/editor/guard';
import { mapConfig } from '@/lib/config';
import { Editor } from '@/components/editor/Editor';

export const dynamic = 'force-dynamic';

export default async function EditorPage() {
  if (!editorEnabled() || !isLoopbackHost((await headers()).get('host'))) notFound();
  return <Editor tiles={mapConfig()} />;
}
