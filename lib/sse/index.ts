export type { CompleteEvent, CompletedObjective, ErrorEvent, MetadataEvent, TokenEvent, TurnEvent } from "./events";
export { encodeComment, encodeEvent } from "./encode";
export { createSseParser, readEventStream, type SseParser } from "./parse";
export {
  DEFAULT_HEARTBEAT_MS,
  eventStreamResponseBody,
  INTERNAL_ERROR_EVENT,
  SSE_HEADERS,
  type EventStreamOptions,
} from "./stream";
