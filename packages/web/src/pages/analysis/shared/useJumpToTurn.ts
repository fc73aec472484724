import { useCallback, useState } from 'react';

/** Scrolls to a turn of a TurnsList (by its element id) and outlines it; the focus follows. */
export function useJumpToTurn(idPrefix: string) {
  const [active, setActive] = useState<number | null>(null);
  const jump = useCallback(
    (turn: number) => {
      setActive(turn);
      const element = document.getElementById(`${idPrefix}-${turn}`);
      element?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      element?.focus({ preventScroll: true });
    },
    [idPrefix],
  );
  return { active, jump };
}
