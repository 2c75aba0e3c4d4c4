import type { Match } from '../matching/types';
import { DISPUTED_CLASS, kindClass, MARK_CLASS } from '../style/mark-classes';
import { ATTR } from './dom-contract';

/** What a piece needs to know about its mention. */
export interface PieceIdentity {
  match: Match;
  /** The page-wide mention number shared by every piece of the mention. */
  mention: number;
  /** Only the first piece of a mention is a tab stop. */
  focusable: boolean;
}

/** Builds one highlight piece holding `text`, following the DOM contract (dom-contract.ts). */
export function createMarkElement(doc: Document, piece: PieceIdentity, text: string): HTMLElement {
  const { match } = piece;
  const mark = doc.createElement('mark');
  let className = `${MARK_CLASS} ${kindClass(match.kind)}`;
  mark.setAttribute(ATTR.kind, match.kind);
  mark.setAttribute(ATTR.id, match.id);
  if (match.kind === 'figure') {
    mark.setAttribute(ATTR.value, String(match.value));
    mark.setAttribute(ATTR.status, match.status);
    if (match.status === 'disputed') className += ` ${DISPUTED_CLASS}`;
  }
  mark.className = className;
  mark.setAttribute(ATTR.mention, String(piece.mention));
  if (piece.focusable) mark.setAttribute('tabindex', '0');
  mark.appendChild(doc.createTextNode(text));
  return mark;
}
