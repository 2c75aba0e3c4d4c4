/* global window, document, performance, requestAnimationFrame, MessageChannel, Mark, NodeFilter, Highlight, CSS, Range */
// The baselines, run in the page's own world on a browser without the extension (injected
// as a script tag after mark.js's UMD build). Each run times itself with performance.now()
// and sets `bench:start` / `bench:done` marks so the trace can find its task.

/** Resolves once the next frame has been rendered: rAF, then a task after that frame. */
function afterNextFrame() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(undefined);
      channel.port2.postMessage(0);
    }),
  );
}

/** One TreeWalker pass, one RegExp, ranges in a CSS Custom Highlight: no DOM change. */
function barePaint(root, regex) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const highlight = new Highlight();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(node.data); m; m = regex.exec(node.data)) {
      const range = new Range();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      highlight.add(range);
    }
  }
  CSS.highlights.set('bench', highlight);
  return highlight.size;
}

window.__summitBench = {
  /** kind: 'naive' | 'best' | 'bare'. Returns ms of work and to the painted frame, and count. */
  async run(kind, aliases, source, flags) {
    const body = document.body;
    let count = 0;
    const done = (n) => {
      count = n;
    };
    performance.mark('bench:start');
    const t0 = performance.now();
    if (kind === 'naive') new Mark(body).mark(aliases, { done });
    else if (kind === 'best') {
      const options = { separateWordSearch: false, diacritics: false, done };
      new Mark(body).markRegExp(new RegExp(source, flags), options);
    } else count = barePaint(body, new RegExp(source, flags));
    const t1 = performance.now();
    performance.mark('bench:done');
    await afterNextFrame();
    return { work: t1 - t0, painted: performance.now() - t0, count };
  },
};
