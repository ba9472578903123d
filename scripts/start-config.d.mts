export declare function loadEnvFiles(root: string): string[];
export declare function nextStartArgs(nextBin: string, argv: string[], env: Record<string, string | undefined>): string[];
export declare const KEEP_ALIVE_TIMEOUT_MS: number;
