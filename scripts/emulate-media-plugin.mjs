// A web-test-runner command plugin: `executeServerCommand('plaza-emulate-media', { features })`
// makes Chromium render the test's page with emulated media features (CDP
// Emulation.setEmulatedMedia through Puppeteer), such as `forced-colors: active` or
// `prefers-reduced-motion: reduce`, and the media type (`media: 'print'`), so tests check what
// is really drawn. `features: []` (with no `media`) resets both.
export function emulateMediaPlugin() {
  return {
    name: 'plaza-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'plaza-emulate-media') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures(payload?.features ?? []);
      await page.emulateMediaType(payload?.media ?? null);
      return true;
    },
  };
}
