import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { FillResult } from '../../adapters/excel/contract';
import { format } from '../../core/i18n/messages';
import type { UiMessages } from '../../core/i18n/ui.en';
import { describeError } from '../errorMessage';
import type { ModelNotice } from '../hooks/useModelWatch';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';

function refillText(result: FillResult, ui: UiMessages): string {
  const [only, ...others] = result.changedVendors;
  if (!result.applied || only === undefined) return format(ui.modelWatch.kept, { count: result.overwritten.length });
  return others.length === 0
    ? format(ui.modelWatch.refilledOne, { vendor: only })
    : format(ui.modelWatch.refilledMany, { vendors: result.changedVendors.join(', ') });
}

function noticeText(notice: ModelNotice, ui: UiMessages): { title: string | null; body: string } {
  if (notice.kind === 'failed') return describeError(notice.error, 'watch', ui);
  return { title: null, body: refillText(notice.result, ui) };
}

/** A non-blocking note, above the tabs, about refills the pane made on its own. */
export function ModelChangeNotice({ notice, onDismiss }: { notice: ModelNotice | null; onDismiss(): void }) {
  const ui = useUi();
  const text = notice ? noticeText(notice, ui) : null;
  const calm = notice?.kind === 'refilled' && notice.result.applied;
  return (
    <div aria-live="polite">
      {text ? (
        <MessageBar intent={calm ? 'info' : 'warning'} data-testid={testIds.modelNotice}>
          <MessageBarBody>
            {text.title ? <MessageBarTitle>{text.title}</MessageBarTitle> : null}
            {text.body}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                icon={<DismissRegular />}
                aria-label={ui.modelWatch.dismiss}
                title={ui.modelWatch.dismiss}
                onClick={onDismiss}
                data-testid={testIds.modelNoticeDismiss}
              />
            }
          />
        </MessageBar>
      ) : null}
    </div>
  );
}
