/** Validation messages: what is wrong and what to do, with {placeholders}. */
export const validationEn = {
  notTemplate: 'This is not a Vendor Compare workbook: it has none of the template’s defined names (vc_…).',
  missingBlock: 'The block {name} is missing: its defined name was deleted. Re-insert the template or restore the name.',
  oversizedName:
    'The defined name {name} covers {reference}, far more than a template holds, so it was not read. Point it back at its block (or re-insert the template).',
  brokenName: 'The defined name {name} points at {reference}: the cells it marked were deleted. Restore them or re-insert the template.',
  unansweredBlank: '{vendor} has not answered {question}. Get a real answer before signing.',
  unansweredPlaceholder: '{vendor} answered {question} with the placeholder “{answer}”. Get a real answer before signing.',
  unansweredError: '{vendor}’s answer to {question} is an error value ({answer}). Replace it with the vendor’s answer.',
  vague: '{vendor}’s answer to {question} commits to no time. Ask for a response time in hours or minutes.',
  vagueBasis:
    '{vendor}’s answer to {question} does not say how support is charged. Ask whether it is per hour, per request or included, and at what price.',
  vagueRate: '{vendor}’s answer to {question} gives no rate. Ask for the price per hour, day or request (or that it is included).',
  vagueFrequency: '{vendor}’s answer to {question} gives no meeting frequency. Ask how often you will meet (for example, monthly).',
  vagueEscalation: '{vendor}’s answer to {question} names no channel or escalation path. Ask whom to contact and how a complaint is escalated.',
  vagueHedge: '{vendor}’s answer to {question} promises nothing (“{phrase}”). Ask for a commitment that can be written into the contract.',
  vagueBareYes: '{vendor}’s answer to {question} is only “{answer}”. Ask for the details the question asks for, to write into the contract.',
  contractPending:
    '{vendor}: the answers to {questions} are not yet in the contract (“{status}”). Write the support commitments into the contract, then mark them Yes.',
  noModel: '{vendor} has no pricing model. Choose one in the dropdown.',
  unknownModel: '{vendor}: “{value}” is not a pricing model. Choose one in the dropdown.',
  missingPrice: '{vendor} ({model}): {input} is missing. A blank price is not zero: ask the vendor for it.',
  textNumber: '{vendor}: {input} is typed as text (“{value}”). Enter it as a plain number.',
  notNumber: '{vendor}: {input} is not a number (“{value}”).',
  negative: '{vendor}: {input} is negative ({value}). Prices cannot be negative.',
  percentRange: '{vendor}: {input} must be between 0% and 100% (it is {value}).',
  badChoice: '{vendor}: {input} “{value}” is not one of: {options}.',
  noFxRate:
    '{vendor} quotes in {currency}, which has no positive rate in the exchange-rate table on {sheet}. Add the rate (or clear the quote currency if the vendor quotes in the comparison currency); until then its costs are #N/A.',
  missingQuality:
    '{vendor}: {criteria} not scored (an input is blank or not one of the choices). A blank rating is not a zero: quality, overall score and rank are withheld until it is filled in.',
  overrideWithoutReason:
    '{vendor}: the consensus of {criterion} is overridden without a reason. Write why in the reason row on {sheet}, or clear the override.',
  evaluatorsDisagree:
    '{vendor}: the evaluators disagree on {criterion} ({scores}, 40 points or more apart). Discuss it, and record the agreed value with a reason in the consensus override.',
  evaluatorBlocksChanged:
    'The evaluators\' blocks on {sheet} no longer have the template\'s rows (rows inserted or deleted inside them), so their inputs cannot be read. Undo the change, or copy the inputs into a fresh template.',
  unknownCoverage: '{vendor}: coverage of {items} in {layer} is still Unknown. Ask the vendor what is included.',
  coverageOtherLanguage:
    '{vendor}: coverage of {items} in {layer} is typed in the other language, so this template does not read it as a status. Choose one of: {options}.',
  coverageIncludedRate:
    '{vendor}: Coverage marks “{item}” Included, but {pricing} holds an on-site day rate of {rate}. Ask the vendor which is right (included on-site support has a day rate of 0).',
  coveragePaidNoRate: '{vendor}: Coverage marks “{item}” Paid, but the on-site day rate in {pricing} is blank. Ask the vendor for the day rate.',
  coverageTierNotOffered:
    '{vendor}: the chosen tier “{tier}” ({pricing}) should include {items} in {layer}, which Coverage marks Not offered. Ask the vendor what the tier includes.',
  paidNoPrice: '{vendor}: Coverage marks {items} in {layer} Paid, but no price is entered beside it. Ask the vendor for the price and its unit.',
  paidPriceNotPaid:
    '{vendor}: a price is entered for {items} in {layer}, which Coverage does not mark Paid. Check the status with the vendor, or clear the price.',
  paidNoUnit: '{vendor}: the Paid price of {items} in {layer} has no unit. Choose one of: {units}.',
  /** The "layer" of coverage rows whose item id the catalogue does not know. */
  coverageOtherRows: 'other rows',
  /** One item in a list; with the value found in its cell. */
  quotedItem: '“{item}”',
  quotedItemValue: '“{item}” (“{value}”)',
  /** A list shortened after its first items. */
  moreItems: '{items} and {more} more',
  formulaOverwritten: '{vendor}: the formula in {cell} was replaced by a constant. Run “Fill pricing formulas”.',
  formulaEmptied: '{vendor}: {cell} should hold a formula but is empty. Run “Fill pricing formulas”.',
  computedRowsChanged:
    'Rows were inserted or deleted inside the computed rows of {sheet}: its formulas can no longer be checked or filled. Undo that change (or re-insert the template).',
  olderLayout:
    'This workbook was made by an earlier version of Vendor Compare: its costs follow a model only after its formulas were filled for it. Run “Fill pricing formulas” (or vendor-compare fill) once to upgrade it; every input is kept.',
  newerLayout:
    'This workbook was made by a newer version of Vendor Compare (layout {version}): update the add-in or the CLI before relying on this check.',
  weights: 'The quality weights add up to {total}, not 100%. Adjust them on {sheet}.',
  resultTyped:
    '{sheet}!{cell} should hold a formula but holds a typed value or nothing. Copy the formula from the cell beside it, or insert a fresh template.',
  badSetting: '{setting} must be a number in {range} (it is {value}). Costs stay #N/A until it is.',
  badDemand: 'The demand in {cell} must be a number of 0 or more (it is “{value}”).',
  settingLabels: {
    term: 'The contract term (years)',
    users: 'The number of users',
    discountRate: 'The discount rate',
    priceWeight: 'The weight of price',
  },
  summary: '{complete} of {total} vendors complete, {open} questions open',
  summaryUnchecked: '{total} vendors, not fully checked: {names} could not be read, so no vendor counts as complete',
  summaryErrors: '{errors} errors, {warnings} warnings',
  /** Between the items of a list inside a message. */
  listSeparator: ', ',
};

export type ValidationMessages = typeof validationEn;
