export function isLoopbackHost(host: string | null | undefined): boolean;
