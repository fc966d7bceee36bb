// A web-test-runner command plugin: `executeServerCommand('plaza-emulate-media', { features })`
// makes Chromium render the test's page with emulated media features (CDP
// Emulation.setEmulatedMedia through Puppeteer), such as `forced-colors: active` or
// `prefers-reduced-motion: reduce`, so tests check what is really drawn. `features: []` resets.
export function emulateMediaPlugin() {
  return {
    name: 'plaza-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'plaza-emulate-media') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures(payload?.features ?? []);
      return true;
    },
  };
}
