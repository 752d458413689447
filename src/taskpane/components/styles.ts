import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the form sections: a plain fieldset, stacked, nothing wider than the pane. */
export const useSectionStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
});

/** Layout of a tab panel: a stack of intro, action and status, nothing wider than the pane. */
export const usePanelStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  action: { alignSelf: 'stretch' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
});
