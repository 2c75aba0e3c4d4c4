/**
 * Renders assets/icon.svg to the PNG sizes the stores and browsers ask for (16, 32, 48, 96,
 * 128) in assets/public/icon/, with the system Chromium. Run after editing the SVG:
 * `npm run icons`. The PNGs are committed, so building needs no browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const SIZES = [16, 32, 48, 96, 128];

const svg = readFileSync(path.resolve('assets/icon.svg'), 'utf8');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${dataUrl}" width="${size}" height="${size}">`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const png = await page.screenshot({ omitBackground: true, type: 'png' });
    writeFileSync(path.resolve(`assets/public/icon/${size}.png`), png);
  }
} finally {
  await browser.close();
}
console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to assets/public/icon/`);
