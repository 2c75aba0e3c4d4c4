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

/** mark.js skips a text node whose parent is one of these (its `matchesExclude`). */
const MARKJS_SKIPS = new Set(['script', 'style', 'title', 'head', 'html']);

/** Tags that do not break a run of text: src/dom/blocks.ts's INLINE_TAGS. */
const INLINE = new Set(
  'a abbr b bdi bdo cite data dfn em font i kbd mark q s samp small span strong sub sup time u var wbr'.split(
    ' ',
  ),
);

/**
 * Every match of `regex` as a mark.js range, found the way the product reads text: in runs
 * of consecutive text nodes with the same block (nearest non-inline ancestor), so a name
 * across inline tags is found and none across blocks. One TreeWalker pass over the text
 * nodes mark.js itself sees. Offsets are into mark.js's composite text (those nodes'
 * text, concatenated in document order): `all` holds them for a Mark on `root`; `blocks`
 * holds, per block with a match, the same ranges relative to that block's own composite,
 * a slice of root's that starts at the block's first text node (`first`).
 */
function collectRanges(root, regex) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const first = new Map();
  const byBlock = new Map();
  const blocks = [];
  const all = [];
  let offset = 0;
  let run = { block: null, start: 0, text: '' };
  const flush = () => {
    regex.lastIndex = 0;
    for (let m = regex.exec(run.text); m; m = regex.exec(run.text)) {
      const start = run.start + m.index;
      let entry = byBlock.get(run.block);
      if (!entry) {
        entry = { element: run.block, base: first.get(run.block), ranges: [] };
        byBlock.set(run.block, entry);
        blocks.push(entry);
      }
      const mention = all.length;
      entry.ranges.push({ start: start - entry.base, length: m[0].length, mention });
      all.push({ start, length: m[0].length, mention });
    }
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode;
    if (MARKJS_SKIPS.has(parent.localName)) continue;
    for (let e = parent; !first.has(e); e = e.parentNode) {
      first.set(e, offset);
      if (e === root) break;
    }
    let block = parent;
    while (block !== root && INLINE.has(block.localName)) block = block.parentNode;
    if (block !== run.block) {
      if (run.block) flush();
      run = { block, start: offset, text: '' };
    }
    run.text += node.data;
    offset += node.data.length;
  }
  if (run.block) flush();
  return { blocks, all };
}

/** markRanges's `each`: tags each mark with its mention's number, as the product does. */
function tagMention(element, range) {
  element.setAttribute('data-bench-mention', String(range.mention));
}

/**
 * mark.js's markRanges used well: one Mark per block that has a match, with that block's
 * ranges, so each call rescans one paragraph, not the page. Returns the marks made.
 */
function markRangesPerBlock(root, regex) {
  let count = 0;
  const done = (n) => {
    count += n;
  };
  for (const { element, ranges } of collectRanges(root, regex).blocks) {
    new Mark(element).markRanges(ranges, { each: tagMention, done });
  }
  return count;
}

/** The same ranges in one markRanges call on the whole body: it rescans it per range. */
function markRangesWhole(root, regex) {
  let count = 0;
  const done = (n) => {
    count = n;
  };
  new Mark(root).markRanges(collectRanges(root, regex).all, { each: tagMention, done });
  return count;
}

window.__summitBench = {
  /**
   * kind: 'naive' | 'best' | 'ranges' | 'ranges-doc' | 'bare'. Returns ms of work and to the
   * painted frame, and the count of marks (ranges for the bare painter).
   */
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
    } else if (kind === 'ranges') count = markRangesPerBlock(body, new RegExp(source, flags));
    else if (kind === 'ranges-doc') count = markRangesWhole(body, new RegExp(source, flags));
    else count = barePaint(body, new RegExp(source, flags));
    const t1 = performance.now();
    performance.mark('bench:done');
    await afterNextFrame();
    return { work: t1 - t0, painted: performance.now() - t0, count };
  },
};
