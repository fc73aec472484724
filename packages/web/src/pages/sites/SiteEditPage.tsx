export function SiteEditPage() { return null; }
