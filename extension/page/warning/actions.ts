// The page UI's buttons act through named actions, so that the same action runs whether the click
// reaches the button (no hostile page) or the page-world observer's early listener caught it first (the
// page tried to swallow input): see handleInput.

export type ActionMap = Record<string, () => void>;

/** A mutable set of the actions the UI currently offers; components replace them as they render. */
export function createActions(): { map: ActionMap; run(name: string | undefined): void } {
  const map: ActionMap = {};
  return {
    map,
    run(name) {
      if (name && Object.hasOwn(map, name)) map[name]!();
    },
  };
}

/**
 * Input aimed at the UI, caught by the page-world observer before any page listener (it hides it
 * from the page) and handed over as "click|x|y|detail" or "keydown|key": a click runs the action of
 * the button under the pointer, Enter or Space the focused button's. Returns true when the event's
 * default must not happen (the key ran an action).
 */
export function handleInput(input: string, root: ShadowRoot, run: (name: string | undefined) => void): boolean {
  const [type, ...fields] = input.split('|');
  const actionOf = (el: Element | null | undefined) => (el?.closest('[data-action]') as HTMLElement | null)?.dataset.action;
  if (type === 'click') {
    const [x, y, detail] = fields.map(Number);
    // A keyboard activation also fires a click (at 0,0, detail 0): the key handler below ran it.
    if (detail! > 0 && Number.isFinite(x) && Number.isFinite(y)) run(actionOf(root.elementFromPoint(x!, y!)));
    return false;
  }
  if (type === 'keydown' && (fields[0] === 'Enter' || fields[0] === ' ')) {
    const action = actionOf(root.activeElement);
    if (action) {
      run(action);
      return true;
    }
  }
  return false;
}
