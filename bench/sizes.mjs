// Sizes of the CDN files: minified, gzip -9 and brotli 11. Shared by the benchmark and the budget check.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/**
 * Gzip budgets in bytes (1 KB = 1024 bytes). A CDN file over its budget fails `npm test`.
 * Issue 8's targets are 10 KB for clinic-faq.js and 18 KB for clinic-elements.js. They are not met (see bench/README.md:
 * Lit alone is about 5.6 KB, and the FAQ's own sanitiser, src loader, localisation, JSON-LD in and out, search and deep
 * links come to about 9.6 KB more), so the budgets hold the current sizes plus about 3% room: a ratchet that only
 * moves down. Lower them as the files shrink; set them at the targets once those are reached.
 */
export const TARGETS = { 'clinic-faq.js': 10 * 1024, 'clinic-elements.js': 18 * 1024 };
// Issue 14 added the checklist's crisis content (the pointer line, 911, 988 by call, text and chat, the deaf and
// hard-of-hearing line, SAMHSA's TTY, the bladder advice and notes) in English and Spanish: about 2.2 KB gzip of text.
export const BUDGETS = {
  'clinic-elements.js': 36.5 * 1024,
  'clinic-faq.js': 16.5 * 1024,
  'clinic-signs-checklist.js': 19.25 * 1024,
  'clinic-contact-card.js': 20.5 * 1024,
};

export function measureSizes(cdnDir) {
  return readdirSync(cdnDir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(cdnDir, name));
      return {
        file: name,
        minified: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }).length,
        budget: BUDGETS[name],
      };
    });
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
