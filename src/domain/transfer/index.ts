/** Transfer rules (中小学转学申请信息登记): what transfer adds to the shared journey. */
export * from './grades';
export * from './status-number';
export * from './transfer-journey';
export * from './transfer-materials';
export * from './transfer-rules';
