/** Context keys the sidebar sets for `when` clauses (welcome content, menus). */
import * as vscode from 'vscode';

export const SidebarContext = {
  /** Article discovery ran at least once. */
  Indexed: 'newsAnnotator.indexed',
  HasArticles: 'newsAnnotator.hasArticles',
  HasMeetings: 'newsAnnotator.hasMeetings',
  HasEntities: 'newsAnnotator.hasEntities',
  Indexing: 'newsAnnotator.indexing',
  MeetingFilter: 'newsAnnotator.meetingFilterActive',
} as const;

/** Sets context keys, skipping the round trip when a value did not change; remembers the values set. */
export class ContextKeys {
  private readonly values = new Map<string, unknown>();

  async set(key: string, value: unknown): Promise<void> {
    if (this.values.get(key) === value) return;
    this.values.set(key, value);
    await vscode.commands.executeCommand('setContext', key, value);
  }

  get(key: string): unknown {
    return this.values.get(key);
  }
}
