// Shared helpers for integration suites: `import { screenshot, waitFor } from '../helpers';`
export * from './screenshot';
export * from './waitFor';
export * from './workspace';
export * from './runnerLink';
