// Scaffold: filled in by the feature's own work.
export function PeopleSection() {
  return null;
}
