import EvalFeedbackCore
import Synchronization

/// The signed-in users as the register held them at one committed version
/// (`AppDatabase.committedVersion`): every request checks who is signed in, and while nobody
/// has committed since, the register holds the same row (issue 23: a case page's requests
/// spent a tenth of their time reading it again). A commit by anyone, a user disabled by the
/// CLI among them, changes the version, and the next request reads the register again.
final class KnownUsers: Sendable {
    private let users = Mutex<(version: Int64, byID: [Int64: WebUser])>((0, [:]))

    /// User `id` as read at `version`, if read since.
    func user(_ id: Int64, at version: Int64) -> WebUser? {
        users.withLock { $0.version == version ? $0.byID[id] : nil }
    }

    /// Keeps `user` as read at `version`; users read at another version are let go.
    func keep(_ user: WebUser, at version: Int64) {
        users.withLock { users in
            if users.version != version { users = (version, [:]) }
            users.byID[user.id] = user
        }
    }
}
