/**
 * Why a returned pack is not merged, in both languages: the CLI's merge report and the pane's
 * import preview say the same ({detail}: the vendor, cell or version at fault).
 */
import type { Language } from '../catalogue/text';
import type { MergeRefusal } from '../packs/planMerge';

export const MERGE_REFUSALS: Record<Language, Record<MergeRefusal, string>> = {
  en: {
    notPack: 'refused: not a Vendor Compare response pack (it carries no pack identity)',
    otherMaster: 'refused: made from another master workbook (pack of master {detail})',
    vendorGone: 'refused: the master has no vendor {detail} any more (removed since the pack was made?)',
    questionsChanged: 'refused: the master’s questions changed since the pack was made; make a new pack',
    version: 'refused: made for template layout {detail}, which this version does not merge',
    sheetRenamed: 'refused: the pack’s sheet {detail} was renamed or deleted',
    lockedEdited: 'refused: a locked cell on the pack’s sheet {detail} was edited (its protection was removed); ask the vendor to fill a fresh pack',
    packQuestions: 'refused: the pack’s questions were deleted, added or reordered',
    structure: 'refused: the pack lacks or has reshaped its block {detail}',
    formula: 'refused: a formula was typed over an input at {detail}',
    badValue: 'refused: {detail}',
  },
  zh: {
    notPack: '已拒绝：不是 Vendor Compare 回复包（没有回复包标识）',
    otherMaster: '已拒绝：由另一个主工作簿生成（主工作簿 {detail} 的回复包）',
    vendorGone: '已拒绝：主工作簿中已没有供应商 {detail}（生成回复包后被删除？）',
    questionsChanged: '已拒绝：生成回复包后主工作簿的问题已更改；请重新生成回复包',
    version: '已拒绝：为模板布局 {detail} 生成，本版本无法合并',
    sheetRenamed: '已拒绝：回复包的工作表 {detail} 被重命名或删除',
    lockedEdited: '已拒绝：回复包工作表 {detail} 中的锁定单元格被修改（其保护已被取消）；请供应商重新填写一份新的回复包',
    packQuestions: '已拒绝：回复包中的问题被删除、添加或调整了顺序',
    structure: '已拒绝：回复包缺少或改动了区块 {detail}',
    formula: '已拒绝：{detail} 的输入被公式覆盖',
    badValue: '已拒绝：{detail}',
  },
};
