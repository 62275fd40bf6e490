/**
 * Next calls register() once when the server starts: the settings are
 * checked and the dataset is loaded then (lib/index/startup.ts); the process
 * exits naming the problem when either is unusable.
 */
export async function register(): Promise<void> {
  // The proxy may run in the edge runtime, which has no file system: the data is the Node server's business.
  if (process.env.NEXT_RUNTIME === 'nodejs') (await import('./lib/index/startup')).loadAtStartup();
}
