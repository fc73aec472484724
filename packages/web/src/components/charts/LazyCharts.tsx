import { Skeleton } from '@mantine/core';
import { type ComponentProps, lazy, Suspense } from 'react';

// The chart library weighs about as much as the rest of the app: it loads with the first chart
// shown, not with every page.
const LazyTrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));
const LazyHistogramChart = lazy(() =>
  import('./HistogramChart').then((m) => ({ default: m.HistogramChart })),
);

export function TrendChart(props: ComponentProps<typeof LazyTrendChart>) {
  return (
    <Suspense fallback={<Skeleton h={props.height ?? 260} />}>
      <LazyTrendChart {...props} />
    </Suspense>
  );
}

export function HistogramChart(props: ComponentProps<typeof LazyHistogramChart>) {
  return (
    <Suspense fallback={<Skeleton h={props.height ?? 220} />}>
      <LazyHistogramChart {...props} />
    </Suspense>
  );
}
