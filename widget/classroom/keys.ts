// Keys for presenting, as sent by keyboards and presentation clickers (which send Page Up/Down,
// and B or "." to blank the screen).

export type KeyAction = 'next' | 'prev' | 'first' | 'last' | 'blank' | 'fullscreen';

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** The action for a key press, or undefined. In right-to-left languages the arrows swap sides. */
export function keyAction(e: KeyLike, dir: 'ltr' | 'rtl' = 'ltr'): KeyAction | undefined {
  if (e.ctrlKey || e.altKey || e.metaKey) return undefined;
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (e.key) {
    case forward:
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
      return 'next';
    case back:
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'prev';
    case ' ':
      return e.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return undefined;
  }
}
