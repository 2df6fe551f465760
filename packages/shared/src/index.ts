/** Code shared by the API and the web app: enums, limits and validators. No Node or DOM imports. */
export * from './enums.ts';
export * from './validation.ts';
export * from './arabic.ts';
