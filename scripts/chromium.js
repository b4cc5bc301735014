/**
 * The one Chromium every browser run here uses: Debian's (or CHROME_PATH),
 * with the flags this machine needs — no sandbox as root, and no background
 * networking, which the closed network would refuse over and over.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
