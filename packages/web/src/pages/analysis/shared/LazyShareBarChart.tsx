import { Skeleton } from '@mantine/core';
import { type ComponentProps, lazy, Suspense } from 'react';

// the chart library loads with the first chart shown, as the dashboards do
const Chart = lazy(() => import('./ShareBarChart').then((m) => ({ default: m.ShareBarChart })));

export function ShareBarChart(props: ComponentProps<typeof Chart>) {
  return (
    <Suspense fallback={<Skeleton h={props.height} />}>
      <Chart {...props} />
    </Suspense>
  );
}
