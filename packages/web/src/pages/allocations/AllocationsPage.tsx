export function AllocationsPage() { return null; }
