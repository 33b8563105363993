import EvalFeedbackCore
import HummingbirdAuth
import NIOCore
import Synchronization

/// Pages made for one committed state of the register, shown again to the same session on the
/// same day while nobody has committed since (issue 23): a manager's list orders all of their
/// thousands of cases and a page holds a hundred of them, which took longer to make than the
/// 50 requests at once that the team's pages must answer allow.
///
/// A page is kept under the register's `committedVersion` read before its data, the day, the
/// user, their session's form token (the page's forms carry it) and the page's own name. A
/// commit by anyone (a step on this server, the CLI, the nightly job, an import) changes the
/// version: the next request makes its page anew, so a kept page never shows a state older
/// than the last commit. Pages with a message for the user (a step's result, a refused step)
/// are never kept.
final class PageCache: Sendable {
    /// What a kept page was made for.
    struct Key: Hashable, Sendable {
        let version: Int64
        let day: LocalDate
        let user: Int64
        let formToken: String
        /// The page: its path with what it depends on (`/?page=2`, `/cases/12`).
        let page: String
    }

    /// The pages kept, with how many bytes they hold.
    private let pages = Mutex<(entries: [Key: ByteBuffer], bytes: Int)>(([:], 0))

    /// How many bytes of pages are kept at most: a few hundred pages of a hundred cases.
    /// Beyond it, every kept page is let go and the cache fills again.
    static let capacity = 16 * 1024 * 1024

    /// The key of `page` for the request `context`; nil when its page may not be kept: the
    /// register cannot tell its version, nobody is signed in, or a message waits to be shown.
    static func key(_ page: String, context: WebContext, day: LocalDate) -> Key? {
        guard let version = context.registerVersion, let user = context.user,
            context.sessions.session?.flash == nil
        else { return nil }
        return Key(version: version, day: day, user: user.id, formToken: context.formToken, page: page)
    }

    /// The page kept under `key`, if any.
    func page(_ key: Key) -> ByteBuffer? {
        pages.withLock { $0.entries[key] }
    }

    /// Keeps `html` under `key`. Pages of another version than `key`'s are let go: they can
    /// never be shown again.
    func keep(_ html: ByteBuffer, under key: Key) {
        pages.withLock { pages in
            if let other = pages.entries.keys.first, other.version != key.version || pages.bytes > Self.capacity {
                pages = ([:], 0)
            }
            pages.entries[key] = html
            pages.bytes += html.readableBytes
        }
    }
}
