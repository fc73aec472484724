import type { SampleDraw, SamplePlan } from '../../../api/samples';
import type { Names } from '../shared/useNames';
import { AllocationTable } from './AllocationTable';
import { CheckDraw } from './CheckDraw';
import { DrawFacts } from './DrawFacts';
import { DrawnCalls } from './DrawnCalls';
import { Representativeness } from './Representativeness';

interface DrawnSampleProps {
  readonly plan: SamplePlan;
  readonly draw: SampleDraw;
  readonly names: Names;
}

/** A drawn plan: the draw on record, its strata, how it compares with its population, how to check it, its calls. */
export function DrawnSample({ plan, draw, names }: DrawnSampleProps) {
  return (
    <>
      <DrawFacts draw={draw} />
      {plan.strata.by !== 'none' ? <AllocationTable by={plan.strata.by} draw={draw} names={names} /> : null}
      <Representativeness draw={draw} names={names} />
      <CheckDraw plan={plan} draw={draw} />
      <DrawnCalls plan={plan} names={names} />
    </>
  );
}
