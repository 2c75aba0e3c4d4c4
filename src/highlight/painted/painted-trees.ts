import { shadowRootOf } from '../../dom/composed';
import type { Undo } from '../../dom/undo';
import { adoptStyles, type AdoptedStyles } from './adopt-styles';

const WATCHED: MutationObserverInit = { subtree: true, childList: true, characterData: true };

/**
 * The trees a painting renderer paints in: the document, and each open shadow root it has
 * painted in. Each gets the renderer's sheet (a shadow tree sees no rule from outside it) and
 * its watcher (an observer of the document does not see into shadow trees).
 */
export interface PaintedTrees {
  /** Notes the tree `node` lies in; a shadow root new here gets the sheet and the watcher. */
  enter(node: Node): void;
  /** The shadow roots painted in, for hit-testing (text-node-at.ts). */
  readonly shadowRoots: readonly ShadowRoot[];
  /** Adopts `css` in every tree, now and as they come; the Undo takes it out of all. */
  style(css: string): Undo;
  /** Watches every tree, now and as they come, with `onChange`, until `stopWatching`. */
  watch(onChange: MutationCallback): void;
  stopWatching(): void;
}

/** The painted trees of `doc`. */
export function paintedTrees(doc: Document): PaintedTrees {
  const view = doc.defaultView;
  const shadowRoots: ShadowRoot[] = [];
  let styles: AdoptedStyles | undefined;
  let watcher: MutationObserver | undefined;
  return {
    shadowRoots,
    enter(node) {
      const root = shadowRootOf(node);
      if (!root || shadowRoots.includes(root)) return;
      shadowRoots.push(root);
      styles?.into(root);
      watcher?.observe(root, WATCHED);
    },
    style(css) {
      const adopted = adoptStyles(doc, css);
      for (const root of shadowRoots) adopted.into(root);
      styles = adopted;
      return () => {
        adopted.remove();
        if (styles === adopted) styles = undefined;
      };
    },
    watch(onChange) {
      if (watcher || !view?.MutationObserver) return;
      watcher = new view.MutationObserver(onChange);
      for (const tree of [doc, ...shadowRoots]) watcher.observe(tree, WATCHED);
    },
    stopWatching() {
      watcher?.disconnect();
      watcher = undefined;
    },
  };
}
