/** Types for hsds-api.mjs (plain JavaScript so web-test-runner's config can import it too). */
export function hsdsApiResponse(
  pathAndQuery: string,
  services: readonly unknown[],
): { status: number; body: unknown } | undefined;
