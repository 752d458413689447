/** Reading the import file (issue 2, "Import format"): pure parsing and checking, no fs. */
export { parseJsonText, type JsonSyntaxProblem } from './jsonText';
export { importOptions, optionsFromNames, defaultDemandTable, questionIds, type ImportResult } from './importOptions';
export { readSettings, completeSettings, type Settings, type SettingKey } from './settings';
export { Checker } from './checker';
export { describeProblem, describeJsonProblem } from './describe';
export type { ImportProblem, Issue, Expectation } from './problems';
export type { Result } from './result';
