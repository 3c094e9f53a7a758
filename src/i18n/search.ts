// Placeholder: the search work owns this file and will replace it.
export const search = { 'zh-CN': {}, en: {} } as const;
