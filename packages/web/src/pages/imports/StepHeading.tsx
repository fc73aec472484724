import { Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';

interface StepHeadingProps {
  readonly children: ReactNode;
  /** false on the first step as the page opens, where focus belongs to the page itself */
  readonly focus: boolean;
}

/**
 * The title of a wizard step. It takes the focus when the step opens, so that keyboard and
 * screen-reader users land on the new step instead of on a button that has disappeared.
 */
export function StepHeading({ children, focus }: StepHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <Title order={2} size="h4" mb="md" mt="lg" tabIndex={-1} ref={ref} style={{ outlineOffset: 4 }}>
      {children}
    </Title>
  );
}
