// Runs every test in real engines from Debian packages: Chromium, Firefox ESR and WebKitGTK.
// BROWSERS=chromium,firefox,webkit narrows the set for quick local runs (default: all three).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { testRoutes } from './test/server/routes.mjs';

const wanted = (process.env.BROWSERS || 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);

const children = [];
process.on('exit', () => children.forEach((child) => child.kill()));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(130));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** MiniBrowser has no headless mode: give it a virtual X display when there is none. */
function ensureDisplay() {
  if (process.env.DISPLAY) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(xvfb);
    let out = '';
    xvfb.on('error', reject);
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        process.env.DISPLAY = `:${out.trim()}`;
        resolve();
      }
    });
  });
}

async function startWebKitDriver() {
  await ensureDisplay();
  const port = await freePort();
  const driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`, '--host=local'], { stdio: 'ignore' });
  children.push(driver);
  // Wait until the driver accepts connections.
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return port;
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: { 'app.update.enabled': false, 'network.proxy.type': 0 },
      },
    }),
  );
}
if (wanted.includes('webkit')) {
  const port = await startWebKitDriver();
  const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  if (!existsSync(miniBrowser)) throw new Error(`WebKit MiniBrowser not found at ${miniBrowser}`);
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
  );
}
if (browsers.length === 0) throw new Error(`BROWSERS="${process.env.BROWSERS}" names no known engine`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 3,
  browsers,
  // A safety net for a hung browser, not a speed limit: the suite takes 1-3 minutes, longer on a loaded machine.
  testsFinishTimeout: 20 * 60_000,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [testRoutes],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // a11ySnapshot reads the browser's accessibility tree (Chromium); tests call it only there.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), a11ySnapshotPlugin()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 90, functions: 90, lines: 90 },
  },
};
