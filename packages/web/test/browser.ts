import {existsSync} from 'node:fs'
import {chromium, type Browser} from 'playwright-core'

/** Debian's Chromium (`apt-get install -y chromium fonts-wqy-microhei`); playwright downloads no browser. */
export const chromiumPath = process.env['JIAODUI_CHROMIUM'] ?? '/usr/bin/chromium'

/** Headless Chromium with no network chatter of its own (no updates, sync or background requests). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: apt-get install -y chromium fonts-wqy-microhei (or set JIAODUI_CHROMIUM)`)
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}
