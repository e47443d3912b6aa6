/**
 * Every command the extension contributes. `package.json` `contributes.commands` must list exactly
 * these (checked by a test), and `registerCommands` must register each.
 */
export enum CommandId {
  AnnotateFile = 'newsAnnotator.annotateFile',
  AnnotateWorkspace = 'newsAnnotator.annotateWorkspace',
}
