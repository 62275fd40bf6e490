/**
 * The iframe every embed is pasted as, and the map's embed code. Free of
 * the catalogues: the map's "Embed this map" builds its code in the browser.
 */

/** The script that resizes a frame to its content (public/embed.js). */
export function resizeScript(site: string): string {
  return `<script async src="${site}/embed.js"></script>`;
}

function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function iframeHtml(o: { src: string; width: number | string; height: number; title: string }): string {
  return `<iframe src="${attr(o.src)}" width="${attr(String(o.width))}" height="${o.height}" title="${attr(o.title)}" loading="lazy" style="border:0;max-width:100%" referrerpolicy="no-referrer"></iframe>`;
}

/** The map's height in the pasted code: tall enough for the map, the bar and the legend. */
const MAP_HEIGHT = 560;

/** The code to embed the map at `src` (an /embed or /es/embed address with the map's state in its query). */
export function mapEmbedCode(src: string, title: string, site: string): string {
  return `${iframeHtml({ src, width: '100%', height: MAP_HEIGHT, title })}\n${resizeScript(site)}`;
}
