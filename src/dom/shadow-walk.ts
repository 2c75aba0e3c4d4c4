import { INLINE_TAGS } from './blocks';

/** What a walk does with what it finds. */
export interface TextWalk {
  /** Whether the subtree of `element` is skipped. */
  rejects(element: Element): boolean;
  /** Called for each text node, with its block. */
  visit(node: Text, block: Node): void;
  /** Where the open shadow roots the walk enters go. */
  shadowRoots: ShadowRoot[];
}

type Slot = Element & { assignedNodes?(options: { flatten: boolean }): Node[] };

/**
 * Visits the text nodes under `container` (an element, a shadow root) in the order the reader
 * sees them, with their block: the nearest ancestor that is not inline (blocks.ts), else
 * `block`. A loop over firstChild/nextSibling with a stack of blocks: no callback from the
 * browser per node (a TreeWalker filter costs one per element), no ancestor walk per text node,
 * and no recursion down the tree, so nesting thousands deep is fine. It recurses only into
 * what the composed tree puts elsewhere: an element's open shadow root, read instead of its
 * children, and a slot's assigned nodes (or its own children when none are assigned), read
 * where the slot stands (`inShadow`: `container` lies in a shadow tree, where slots are). On a
 * page without shadow roots that costs one `shadowRoot` read per element.
 */
export function walkTree(container: Node, block: Node, walk: TextWalk, inShadow = false): void {
  const blocks: Node[] = [block];
  let node: Node | null = container.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === Node.TEXT_NODE) {
      walk.visit(node as Text, blocks[blocks.length - 1]!);
    } else if (type === Node.ELEMENT_NODE) {
      const element = node as Element;
      const shadow = element.shadowRoot;
      if (shadow || (inShadow && element.tagName === 'SLOT')) {
        if (!walk.rejects(element)) elsewhere(element, shadow, blocks[blocks.length - 1]!, walk);
      } else if (node.firstChild && !walk.rejects(element)) {
        blocks.push(blockOf(element, blocks[blocks.length - 1]!));
        node = node.firstChild;
        continue;
      }
    }
    while (!node.nextSibling) {
      node = node.parentNode;
      blocks.pop();
      if (!node || node === container) return;
    }
    node = node.nextSibling;
  }
}

/** The block an element's children are in: itself, unless it is inline. */
const blockOf = (element: Element, outer: Node): Node =>
  INLINE_TAGS.has(element.tagName) ? outer : element;

/**
 * Reads a shadow host (its shadow root) or a slot (its assigned nodes where the slot stands,
 * in the block around it: a slot lays out as its content; else its own children).
 */
function elsewhere(element: Element, shadow: ShadowRoot | null, outer: Node, walk: TextWalk): void {
  if (shadow) {
    walk.shadowRoots.push(shadow);
    walkTree(shadow, blockOf(element, outer), walk, true);
    return;
  }
  const assigned = (element as Slot).assignedNodes?.({ flatten: true }) ?? [];
  if (assigned.length === 0) {
    walkTree(element, outer, walk, true);
    return;
  }
  for (const node of assigned) {
    if (node.nodeType === Node.TEXT_NODE) walk.visit(node as Text, outer);
    else if (node.nodeType !== Node.ELEMENT_NODE || walk.rejects(node as Element)) continue;
    else if ((node as Element).shadowRoot) {
      elsewhere(node as Element, (node as Element).shadowRoot, outer, walk);
    } else {
      // A host's own child, in its host's tree: a shadow tree too when the host is nested.
      const nested = node.getRootNode().nodeType === Node.DOCUMENT_FRAGMENT_NODE;
      walkTree(node, blockOf(node as Element, outer), walk, nested);
    }
  }
}
