/**
 * Same-origin iframes for tests that need a second page: a second tab of the same service
 * (BroadcastChannel), or a page that navigates away (exit this page, a redirect, a form POST),
 * which the test page itself must not do. Frames are removed after each test.
 */
const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** A blank same-origin frame with `modules` (URLs of registration modules) loaded. */
export async function openFrame(modules: URL[] = [], lang = 'en'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Second page';
  document.body.append(frame);
  frames.push(frame);
  const doc = frame.contentDocument!;
  doc.documentElement.lang = lang;
  await Promise.all(
    modules.map(
      (module) =>
        new Promise<void>((resolve, reject) => {
          const script = doc.createElement('script');
          script.type = 'module';
          script.src = module.href;
          script.addEventListener('load', () => resolve());
          script.addEventListener('error', () =>
            reject(new Error(`Could not load ${module.href}`)),
          );
          doc.head.append(script);
        }),
    ),
  );
  return frame;
}

/** Resolves once the frame has navigated to a new page and that page has loaded. */
export const nextLoad = (frame: HTMLIFrameElement): Promise<void> =>
  new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
