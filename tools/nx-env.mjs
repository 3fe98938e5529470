// Nx runs offline here: no daemon, no cloud.
export const nxEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? '' };
export const nxBin = new URL('../node_modules/nx/dist/bin/nx.js', import.meta.url).pathname;
