/**
 * Where a page load's main-thread time goes (issue 16: "each miss explained with a profile"):
 * a V8 CPU profile from CDP's Profiler, its self time added up by what ran it. The page loads an
 * unminified copy of the same bundle, so each sample's line falls under one of the
 * `// path/to/module` comments esbuild writes before every module's code.
 */

/** Where each module of an unminified esbuild bundle starts: [{ line, module }] by line. */
export function moduleStarts(code) {
  const starts = [];
  code.split('\n').forEach((text, line) => {
    const match = /^\/\/ ((?:node_modules|packages)\/\S+)$/.exec(text);
    if (match) starts.push({ line, module: match[1] });
  });
  return starts;
}

/** The group a module belongs to in the summary. */
export function groupOf(module) {
  // Line 0 before any module comment: the bundle's top-level code, i.e. evaluating the modules.
  if (module === TOP_LEVEL) return 'bundle top level (module evaluation)';
  if (/^node_modules\/(lit|lit-html|lit-element|@lit)\//.test(module)) return 'Lit';
  const plaza = /^packages\/([\w-]+)\//.exec(module);
  if (plaza) return plaza[1] === 'components' ? 'Plaza elements' : `@plaza/${plaza[1]}`;
  return 'other libraries';
}

const TOP_LEVEL = '(bundle top level)';

function moduleAt(starts, line) {
  let low = 0;
  let high = starts.length - 1;
  let found = TOP_LEVEL;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle].line <= line) {
      found = starts[middle].module;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * Self time (ms) by group, and the functions with the most self time, of a CDP `Profiler.Profile`.
 * `scriptUrl` is the bundle's URL, `intervalMs` the sampling interval; V8's own entries are named by what they are: `(program)` is the
 * browser's work outside JavaScript (HTML parsing, style, layout, paint), `(garbage collector)`.
 */
export function summarizeProfile(profile, scriptUrl, starts, intervalMs) {
  // Each sample counts as one sampling interval, not its time delta: on a busy machine a thread
  // that was descheduled shows one sample with a huge delta, charged to whatever ran next.
  const selfMs = new Map();
  for (const id of profile.samples) selfMs.set(id, (selfMs.get(id) ?? 0) + intervalMs);
  const groups = new Map();
  const functions = new Map();
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id);
    if (!ms) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    let group;
    let where = functionName || '(anonymous)';
    if (functionName === '(idle)') continue;
    if (url === scriptUrl) {
      const module = moduleAt(starts, lineNumber);
      group = groupOf(module);
      where = `${where} (${module.replace(/^(node_modules|packages)\//, '')})`;
    } else if (functionName === '(program)')
      group = 'browser outside JS: parse, style, layout, paint, waiting';
    else if (functionName === '(garbage collector)') group = 'garbage collection';
    else group = url ? 'other scripts' : 'browser built-ins called from JS';
    groups.set(group, (groups.get(group) ?? 0) + ms);
    if (url === scriptUrl) functions.set(where, (functions.get(where) ?? 0) + ms);
  }
  const sorted = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  return { groups: sorted(groups, 20), functions: sorted(functions, 12) };
}
