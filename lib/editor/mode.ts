/** The editor exists only in a server started by `npm run editor` (EDITOR=1): elsewhere its page and routes answer 404. */
import 'server-only';

export function editorEnabled(): boolean {
  return process.env.EDITOR === '1';
}
