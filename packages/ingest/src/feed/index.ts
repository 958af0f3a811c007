export {
  type DecodedText,
  decodeDocument,
  decodeFeed,
  decodeFeedBytes,
  decodingWarning,
  detectFeedEncoding,
  htmlDeclaredEncoding
} from "./decode.js"
export { parseFeedDate } from "./feedDate.js"
export {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  describeFailure,
  FetchError,
  FetchFailure,
  type FetchFailureTag,
  type FetchedBytes,
  type FetchedFeed,
  type FetchFeedOptions,
  fetchBytes,
  fetchFeed,
  isPrivateAddress,
  isRetryable,
  MAX_REDIRECTS,
  parseRetryAfter,
  type ResponseInfo,
  withoutCredentials
} from "./fetchFeed.js"
export { DEFAULT_MAX_FEED_LENGTH, itemIdentity, NotAFeed, type ParsedFeed, type ParseFeedOptions, parseFeed } from "./parseFeed.js"
export { looksLikeOpml, OPML_NAMESPACE, type OpmlDocument, type OpmlFeed, type OpmlOutline, parseOpml, renderOpml } from "./opml.js"
