// The page UI's buttons act through named actions, so that the same action runs whether the click
// reaches the button (no hostile page) or the gate's early input listener caught it first (the
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
 * Input aimed at the UI (its host is the event's target as the window sees it), caught before any
 * page listener: a click runs the action of the button under the pointer, Enter or Space the focused
 * button's. Returns true when the event was for the UI, so the gate hides it from the page.
 */
export function handleInput(event: Event, host: Element, root: ShadowRoot, run: (name: string | undefined) => void): boolean {
  if (event.target !== host) return false;
  if (!event.isTrusted) return false;
  const actionOf = (el: Element | null | undefined) => (el?.closest('[data-action]') as HTMLElement | null)?.dataset.action;
  if (event.type === 'click') {
    const { clientX, clientY, detail } = event as MouseEvent;
    // A keyboard activation also fires a click (at 0,0, detail 0): the key handler below ran it.
    if (detail > 0) run(actionOf(root.elementFromPoint(clientX, clientY)));
  } else if (event.type === 'keydown') {
    const key = (event as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      const action = actionOf(root.activeElement);
      if (action) {
        event.preventDefault();
        run(action);
      }
    }
  }
  return true;
}
