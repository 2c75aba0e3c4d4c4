import type { Piece } from './marked-pieces';

/** Text with its matched runs in `<mark>`; every piece is rendered as a text node. */
export function MarkedText({ pieces }: { pieces: readonly Piece[] }) {
  return (
    <>{pieces.map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}</>
  );
}
