import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, openInEditor, screenshot, screenshotsAvailable, workspaceFolder } from '../helpers';

const DEVANAGARI = /[\u0900-\u097F]/;

/** A .txt article of the workspace that is mostly Hindi. */
async function hindiArticle(): Promise<vscode.Uri> {
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(workspaceFolder(), '**/*.txt'), '**/node_modules/**', 50);
  files.sort((a, b) => a.path.localeCompare(b.path));
  for (const uri of files) {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    if (DEVANAGARI.test(text.slice(0, 400))) return uri;
  }
  throw new Error(`no Hindi .txt article in ${workspaceFolder().uri.fsPath}`);
}

describe('foundation: news-article language and grammar', () => {
  before(async () => {
    await activeExtension();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers the news-article language', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('news-article'), 'news-article is a known language');
  });

  it('has a TextMate tokenizer for news-article (and the check fails for a language without one)', async () => {
    const uri = await hindiArticle();
    const editor = await openInEditor(uri, 'news-article');
    assert.equal(editor.document.languageId, 'news-article');
    // The workbench's own command (used by VS Code's tokenizer benchmarks) throws unless a tokenizer exists.
    const result = await vscode.commands.executeCommand<{ tokenizeTime: number }>('_workbench.colorizeTextMateTokens', uri);
    assert.equal(typeof result?.tokenizeTime, 'number');
    // The runner opens a temporary copy of the workspace, so a scratch file may be written there.
    const plainUri = vscode.Uri.joinPath(workspaceFolder().uri, 'foundation-plain.scratch');
    await vscode.workspace.fs.writeFile(plainUri, new TextEncoder().encode('नई दिल्ली। text'));
    try {
      const plain = await vscode.workspace.openTextDocument(plainUri);
      assert.equal(plain.languageId, 'plaintext');
      await assert.rejects(
        Promise.resolve(vscode.commands.executeCommand('_workbench.colorizeTextMateTokens', plainUri)),
        /Cannot resolve tokenizer/,
      );
    } finally {
      await vscode.workspace.fs.delete(plainUri);
    }
  });

  it('takes screenshots of a Hindi article in a dark and a light theme', async function () {
    if (!screenshotsAvailable()) this.skip();
    const uri = await hindiArticle();
    await openInEditor(uri, 'news-article');
    const config = vscode.workspace.getConfiguration('workbench');
    const before = config.inspect<string>('colorTheme')?.globalValue;
    try {
      await config.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
      const dark = await screenshot('hindi-article-dark', 1000);
      assert.ok(dark.bytes > 20_000, `dark screenshot has content (${dark.bytes} bytes)`);
      await config.update('colorTheme', 'Default Light Modern', vscode.ConfigurationTarget.Global);
      const light = await screenshot('hindi-article-light', 1000);
      assert.ok(light.bytes > 20_000, `light screenshot has content (${light.bytes} bytes)`);
      assert.notEqual(light.bytes, dark.bytes, 'the theme switch changed the picture');
    } finally {
      await config.update('colorTheme', before, vscode.ConfigurationTarget.Global);
    }
  });

  it('shows the News Annotator view container in the activity bar', async function () {
    await vscode.commands.executeCommand('workbench.view.extension.newsAnnotator');
    if (!screenshotsAvailable()) return;
    const shot = await screenshot('sidebar', 800);
    assert.ok(shot.bytes > 20_000);
  });
});
