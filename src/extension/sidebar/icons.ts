/** Icons of the sidebar: codicons coloured with the extension's theme colours (contributes.colors). */
import * as vscode from 'vscode';
import type { ReviewState } from '../../core/index/types';
import type { Meeting } from '../../core/model';

export const SidebarColor = {
  Confirmed: 'newsAnnotator.sidebar.confirmed',
  Unconfirmed: 'newsAnnotator.sidebar.unconfirmed',
  Rejected: 'newsAnnotator.sidebar.rejected',
  Disagreement: 'newsAnnotator.sidebar.disagreement',
  ReviewDone: 'newsAnnotator.sidebar.reviewDone',
  ReviewPending: 'newsAnnotator.sidebar.reviewPending',
} as const;

const STATUS_ICON: Record<Meeting['status'], string> = { held: 'organization', planned: 'calendar', past: 'history', call: 'call-outgoing' };

export function meetingIcon(m: Meeting): vscode.ThemeIcon {
  const state = m.review?.state;
  if (state === 'rejected') return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor(SidebarColor.Rejected));
  const confirmed = state === 'confirmed' || state === 'edited' || state === 'manual';
  return new vscode.ThemeIcon(STATUS_ICON[m.status] ?? 'organization', new vscode.ThemeColor(confirmed ? SidebarColor.Confirmed : SidebarColor.Unconfirmed));
}

export function statusText(m: Meeting): string {
  const status = { held: vscode.l10n.t('held'), planned: vscode.l10n.t('planned'), past: vscode.l10n.t('past'), call: vscode.l10n.t('phone call') }[m.status] ?? m.status;
  const state = m.review?.state;
  const review = state ? { confirmed: vscode.l10n.t('confirmed'), rejected: vscode.l10n.t('rejected'), edited: vscode.l10n.t('edited'), manual: vscode.l10n.t('added by hand') }[state] : vscode.l10n.t('not confirmed');
  return `${status}, ${review}`;
}

export function reviewIcon(state: ReviewState, error?: string): vscode.ThemeIcon {
  if (error) return new vscode.ThemeIcon('warning', new vscode.ThemeColor(SidebarColor.Disagreement));
  if (state === 'done') return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor(SidebarColor.ReviewDone));
  if (state === 'pending') return new vscode.ThemeIcon('issue-draft', new vscode.ThemeColor(SidebarColor.ReviewPending));
  return new vscode.ThemeIcon('circle-large-outline');
}

export const LABEL_ICON: Record<string, string> = {
  PERSON: 'person', ORG: 'organization', LOCATION: 'location', DATE: 'calendar', EQUIPMENT: 'tools', EVENT: 'symbol-event',
};

export const FIELD_ICON: Record<string, string> = {
  participant: 'person', place: 'location', date: 'calendar', occasion: 'symbol-event', topics: 'tag', status: 'info',
};
