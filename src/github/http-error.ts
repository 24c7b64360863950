// HTTP error helpers live in core so that every layer (repo readers too) can use them.
export { describeError, httpStatus, isRateLimited } from '../core/errors.js';
