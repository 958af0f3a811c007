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
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  FetchError,
  type FetchedFeed,
  type FetchFeedOptions,
  fetchFeed,
  MAX_REDIRECTS
} from "./fetchFeed.js"
export { DEFAULT_MAX_FEED_LENGTH, NotAFeed, type ParsedFeed, type ParseFeedOptions, parseFeed } from "./parseFeed.js"
