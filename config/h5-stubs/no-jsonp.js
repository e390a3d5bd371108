// Stands in for jsonp-retry, which Taro's H5 request loads for `jsonp: true` requests only; the
// gateway client never makes one, so the app does not ship it.
export default function jsonpRetry() {
  return Promise.reject(new Error('JSONP requests are not supported in this app'));
}
