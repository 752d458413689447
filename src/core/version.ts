/** The product's version, written into the files it makes (kept equal to package.json's). */
export const PRODUCT_VERSION = '0.1.0';
