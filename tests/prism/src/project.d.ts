import type { TestProjectInlineConfiguration } from 'vitest/config';

/** The project; its files reach their mock through `throughPrism(mock.url)` (through.ts). */
export declare function throughPrismProject(include: string[]): TestProjectInlineConfiguration;
