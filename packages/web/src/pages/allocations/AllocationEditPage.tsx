export function AllocationEditPage() { return null; }
