// Scaffold: filled in by the feature's own work.
export function ListsSection() {
  return null;
}
