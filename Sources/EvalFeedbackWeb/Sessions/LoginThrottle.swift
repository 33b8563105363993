import Foundation

/// The sign-in lockout: five wrong passwords lock a login for 15 minutes, and five from one
/// address lock that address, whichever login it tries (issue 23).
///
/// Counted in memory: a restart forgets the count, as it ends every session too. A right
/// password clears its login's count but not its address's, so that an attacker cannot reset
/// the address's count by signing in to an account of their own.
actor LoginThrottle {
    /// Wrong passwords that lock.
    static let limit = 5
    /// How long a lock lasts, and how far back wrong passwords count.
    static let window: TimeInterval = 15 * 60

    private var failures: [String: [Date]] = [:]

    /// The moment the lock on `login` or `address` ends, or nil when neither is locked.
    func lockedUntil(login: String, address: String?, now: Date) -> Date? {
        keys(login, address).compactMap { key -> Date? in
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < Self.window }
            failures[key] = recent.isEmpty ? nil : recent
            guard recent.count >= Self.limit else { return nil }
            return recent[recent.count - 1] + Self.window
        }.max()
    }

    /// Counts a wrong password for `login` from `address`.
    func failed(login: String, address: String?, now: Date) {
        for key in keys(login, address) { failures[key, default: []].append(now) }
    }

    /// Clears `login`'s count after a right password.
    func succeeded(login: String) {
        failures[Self.loginKey(login)] = nil
    }

    private func keys(_ login: String, _ address: String?) -> [String] {
        [Self.loginKey(login)] + (address.map { ["address:" + $0] } ?? [])
    }

    private static func loginKey(_ login: String) -> String { "login:" + login.lowercased() }
}
