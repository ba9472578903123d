import { ApiError, apiRoute } from "@/lib/errors";

// Every /api path no route claims (ids such as %2e%2e included: they resolve to another path) gets JSON, not Next's HTML 404.
const notFound = apiRoute(async (request) => {
  throw new ApiError("not_found", `No such endpoint: ${request.method} ${new URL(request.url).pathname}`);
});

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
