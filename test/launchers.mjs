// The test runner's browsers, all from Debian packages (nothing downloads a browser): Chromium, Firefox ESR (driven
// by puppeteer-core over WebDriver BiDi) and WebKitGTK's MiniBrowser (through WebKitWebDriver, under Xvfb when there
// is no display). `launchers('chromium,webkit')` returns the launchers for the engines named.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';

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

function chromium() {
  return chromeLauncher({
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
  });
}

function firefox() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: { 'app.update.enabled': false, 'network.proxy.type': 0 },
    },
  });
}

async function webkit() {
  const port = await startWebKitDriver();
  const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  if (!existsSync(miniBrowser)) throw new Error(`WebKit MiniBrowser not found at ${miniBrowser}`);
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    // A WebDriver command that hangs (seen once: leaving a page for about:blank) fails after 90 s, not undici's 300 s.
    connectionRetryTimeout: 90_000,
    capabilities: {
      browserName: 'MiniBrowser',
      // Navigation returns at DOMContentLoaded: the runner talks to the page over its own socket, and a subresource a
      // test left loading must not hold the next navigation.
      pageLoadStrategy: 'eager',
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      'wdio:enforceWebDriverClassic': true,
    },
  });
}

/** The launchers for a comma-separated list of engines (chromium, firefox, webkit), in that order. */
export async function launchers(names) {
  const wanted = names
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const browsers = [];
  if (wanted.includes('chromium')) browsers.push(chromium());
  if (wanted.includes('firefox')) browsers.push(firefox());
  if (wanted.includes('webkit')) browsers.push(await webkit());
  if (browsers.length === 0) throw new Error(`BROWSERS="${names}" names no known engine`);
  return browsers;
}
