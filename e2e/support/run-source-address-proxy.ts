// Runs the browser tests' source-address proxy (source-address-proxy.ts): playwright.config.ts starts it.
import { createSourceAddressProxy } from './source-address-proxy';

const i = process.argv.indexOf('--port');
const port = Number(i >= 0 ? process.argv[i + 1] : NaN);
if (!Number.isInteger(port)) throw new Error('Usage: run-source-address-proxy.ts --port N');
createSourceAddressProxy().listen(port, '127.0.0.1', () => console.log(`source-address proxy on 127.0.0.1:${port}`));
