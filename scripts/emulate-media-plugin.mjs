// A web-test-runner command plugin: `executeServerCommand('plaza-emulate-media', { features })`
// makes Chromium render the test's page with emulated media features (CDP
// Emulation.setEmulatedMedia through Puppeteer), such as `forced-colors: active` or
// `prefers-reduced-motion: reduce`, and the media type (`media: 'print'`), so tests check what
// is really drawn. `features: []` (with no `media`) resets both. A media type and features cannot be combined.
export function emulateMediaPlugin() {
  return {
    name: 'plaza-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'plaza-emulate-media') return undefined;
      const page = session.browser.getPage(session.id);
      // Each of Puppeteer's two calls sends CDP Emulation.setEmulatedMedia with only its own
      // half, and Chromium clears the half a call leaves out: the last call decides. So the
      // media type goes last when one is asked for (print, with no features), and the features
      // go last otherwise (a type sent after them dropped reduced motion).
      const features = payload?.features ?? [];
      if (payload?.media) {
        await page.emulateMediaFeatures(features);
        await page.emulateMediaType(payload.media);
      } else {
        await page.emulateMediaType(null);
        await page.emulateMediaFeatures(features);
      }
      return true;
    },
  };
}
