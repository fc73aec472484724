export function ActivityEditPage() { return null; }
