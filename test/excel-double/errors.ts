/**
 * Errors shaped like Office.js's OfficeExtension.Error ("RichApi.Error"): a message, a code from
 * Excel.ErrorCodes and debugInfo, so adapter code that reads `error.code` behaves as with Excel.
 */
export class DoubleExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function propertyNotLoaded(entity: string, property: string): DoubleExcelError {
  return new DoubleExcelError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method ` +
      `on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

export function invalidArgument(message: string, location?: string): DoubleExcelError {
  return new DoubleExcelError('InvalidArgument', message, location);
}
