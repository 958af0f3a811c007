// First, before anything that loads Ink (see hideCi.ts).
import "./hideCi.js"

export type {
  ArticleDetail,
  ArticleQuery,
  ArticleRow,
  ClaimView,
  ConflictDetail,
  ConflictFigure,
  ConflictKind,
  ConflictRow,
  ConflictScope,
  CopyView,
  FeedRow,
  Monitor,
  MonitorActions
} from "./Monitor.js"
export { ALL_ARTICLES, CONFLICT_KINDS } from "./Monitor.js"
export { App, type AppProps, APP_NAME, DETAIL_KEYS, LIST_KEYS } from "./App.js"
export type { AppState, Screen } from "./screens.js"
export { ArticleDetailPane, type ArticleDetailPaneProps, type DetailLayout, layoutArticleDetail, READING_WIDTH } from "./ArticleDetailPane.js"
export { ArticleList, type ArticleListProps, CURSOR_MARK, formatArticleLine } from "./ArticleList.js"
export { ENTER_FULL_SCREEN, FullScreen, type FullScreenProps, LEAVE_FULL_SCREEN, type TerminalSize } from "./FullScreen.js"
export { KeyHelp, type KeyHelpProps } from "./KeyHelp.js"
export { type RunTuiOptions, runTui } from "./runTui.js"
export { StatusBar, type StatusBarProps } from "./StatusBar.js"

// Last (see hideCi.ts).
import "./restoreCi.js"
