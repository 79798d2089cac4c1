import { emulateMedia } from '@web/test-runner-commands';

/**
 * Media emulation needs CDP, so only Chromium has it here; the callers check the CSS rules themselves elsewhere.
 * Never call emulateMedia in Firefox: puppeteer's BiDi session rejects it also outside the command, and that
 * unhandled rejection ends the whole test run.
 */
export async function emulate(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  if (!/Chrome\//.test(navigator.userAgent)) return false;
  await emulateMedia(media);
  return true;
}
