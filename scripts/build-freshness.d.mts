export declare const SOURCE_DIRS: string[];
export declare const SOURCE_FILES: string[];
export declare const HASH_FILE: string;
export declare function sourceFiles(root: string): string[];
export declare function sourceHash(root: string): string;
export declare function buildDecision(root: string, hash?: string): { rebuild: false } | { rebuild: true; reason: string };
export declare function readRecordedHash(root: string): string | undefined;
export declare function recordBuild(root: string, hash: string): void;
