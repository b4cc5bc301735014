export const STRICT_CSP: string;
export const STRICT_CSP_WITH_LIT: string;
