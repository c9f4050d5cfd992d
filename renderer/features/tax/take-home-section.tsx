/** Gross, tax and take-home per offer and year, shown in the comparison. Filled in by the tax feature (issue 6). */
export function TakeHomeSection() {
  return null;
}
