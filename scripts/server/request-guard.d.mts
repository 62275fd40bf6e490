/** Types of request-guard.mjs (plain JavaScript: scripts/start.mjs runs under node without a compiler). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

export declare const MAX_API_QUERY: number;
export declare function guardRequest(req: IncomingMessage, res: ServerResponse): boolean;
export declare function answerClientError(error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex): void;
