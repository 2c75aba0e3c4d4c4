import type { MentionListing } from '../highlight/renderer';

/** One highlighted mention as its card shows it: what it names and the page's words. */
export type PageMention = MentionListing;
