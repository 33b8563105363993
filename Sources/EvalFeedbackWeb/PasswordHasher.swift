public import HummingbirdBcrypt

/// Passwords in and out of bcrypt: the register keeps only the hash.
public struct PasswordHasher: Sendable {
    /// The cost of a new hash: about a quarter second on this machine, slow for a guesser.
    public static let defaultCost: UInt8 = 12
    /// A hash of nothing anybody types, checked when the login is unknown, so that an unknown
    /// login takes as long to refuse as a wrong password (no login can be found out by timing).
    let decoy: String

    /// bcrypt's cost for new hashes.
    public let cost: UInt8

    /// A hasher of this cost.
    public init(cost: UInt8 = PasswordHasher.defaultCost) {
        self.cost = cost
        decoy = Bcrypt.hash(String(UInt64.random(in: 0...UInt64.max)), cost: cost)
    }

    /// The hash to store for `password`.
    public func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    /// True when `password` is the one `hash` was made from; a nil hash (unknown login) is
    /// checked against the decoy and is always false.
    public func verify(_ password: String, against hash: String?) -> Bool {
        guard let hash else {
            _ = Bcrypt.verify(password, hash: decoy)
            return false
        }
        return Bcrypt.verify(password, hash: hash)
    }

    /// Why `password` cannot be a password, or nil when it can: at least 10 characters, as
    /// people choose passphrases more easily than symbols, and at most 72 bytes, bcrypt's limit.
    public static func problem(with password: String) -> String? {
        switch weakness(of: password) {
        case .tooShort: "is shorter than \(minimumLength) characters"
        case .tooLong: "is longer than \(maximumBytes) bytes, which bcrypt does not read"
        case nil: nil
        }
    }

    /// Why a password cannot be one, as a value, for pages that word it in their reader's language.
    public enum Weakness: Sendable {
        /// Fewer than `minimumLength` characters.
        case tooShort
        /// More than `maximumBytes` bytes.
        case tooLong
    }

    /// The fewest characters a password has.
    public static let minimumLength = 10
    /// The most bytes of a password bcrypt reads.
    public static let maximumBytes = 72

    /// What is wrong with `password`, or nil when it can be one.
    public static func weakness(of password: String) -> Weakness? {
        if password.count < minimumLength { return .tooShort }
        if password.utf8.count > maximumBytes { return .tooLong }
        return nil
    }
}
