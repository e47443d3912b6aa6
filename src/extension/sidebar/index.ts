/** The sidebar (issue 6): see sidebar.ts. */
export { Sidebar, type SidebarDeps } from './sidebar';
