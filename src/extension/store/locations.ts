import * as vscode from 'vscode';
import { MARKER_FOLDER, SECTION, Setting } from '../keys';

export type AnnotationLocation = 'workspaceFolder' | 'besideArticle';

export interface ArticleLocation {
  /** Article path relative to its workspace folder ('/' separators), or its file name outside folders. */
  relPath: string;
  annotationUri: vscode.Uri;
}

/**
 * Where an article's annotation file lives:
 * - `workspaceFolder` (default): `<folder>/.news-annotator/annotations/<article path>.json`
 * - `besideArticle`: `<article>.annotations.json`
 * Articles outside any workspace folder always keep it beside the article.
 */
export function locateAnnotations(article: vscode.Uri, location = currentLocation()): ArticleLocation {
  const folder = vscode.workspace.getWorkspaceFolder(article);
  const name = article.path.slice(article.path.lastIndexOf('/') + 1);
  if (!folder) return { relPath: name, annotationUri: article.with({ path: article.path + '.annotations.json' }) };
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
  const relPath = article.path.startsWith(base) ? article.path.slice(base.length) : name;
  if (location === 'besideArticle') return { relPath, annotationUri: article.with({ path: article.path + '.annotations.json' }) };
  return { relPath, annotationUri: withJson(vscode.Uri.joinPath(folder.uri, MARKER_FOLDER, 'annotations', ...relPath.split('/'))) };
}

function withJson(u: vscode.Uri): vscode.Uri {
  return u.with({ path: u.path + '.json' });
}

export function currentLocation(): AnnotationLocation {
  const v = vscode.workspace.getConfiguration(SECTION).get<string>(Setting.AnnotationLocation, 'workspaceFolder');
  return v === 'besideArticle' ? 'besideArticle' : 'workspaceFolder';
}
