/** Types of security-headers.cjs (plain JavaScript: scripts/start.mjs runs under node without a compiler). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const DEFAULT_TILE_URL: string;
export declare const NOT_EMBED_SOURCE: string;
export declare const STATIC_HEADERS: { key: string; value: string }[];
export declare function isEmbedPath(pathname: string): boolean;
export declare function isApiPath(pathname: string): boolean;
export declare function tileSource(template: string): string | undefined;
export declare function contentSecurityPolicy(pathname: string, tileUrl?: string): string;
export declare function securityHeaders(tileUrl?: string): (req: IncomingMessage, res: ServerResponse) => void;
