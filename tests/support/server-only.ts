// Vitest runs outside React's server graph, where the real "server-only" marker throws on import.
export {};
