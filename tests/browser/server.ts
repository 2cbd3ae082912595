/** Serve a built app (dist/) on a free loopback port with Vite's preview server. */
import { preview, type PreviewServer } from 'vite';

export async function serveBuild(outDir = 'dist'): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: process.cwd(),
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
