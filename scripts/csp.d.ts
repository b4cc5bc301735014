export const STRICT_CSP: string;
