// End-to-end tests against the release dist/ served on 127.0.0.1 under /explorer/, driven in
// the system Chromium (never a downloaded browser).
import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';

// One free port, chosen once in the main process; workers inherit it through the environment.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
])
  .toString()
  .trim();
const port = process.env.E2E_PORT;
const baseURL = `http://127.0.0.1:${port}/explorer/`;

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.mjs',
  timeout: 30_000,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node e2e/fixtures/serve.mjs --port ${port} --base /explorer/ dist`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
