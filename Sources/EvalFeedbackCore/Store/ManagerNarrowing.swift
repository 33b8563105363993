/// The spellings under which the register names one account manager, so that their
/// follow-up list reads only the cases that may be theirs rather than every open case (a
/// manager's page on a register of 100,000 open cases read them all, 165 ms a page).
///
/// It only narrows what is read: whose a case is (assigned by hand, else the client's manager,
/// else the default, R15), and the list's other rules, stay the follow-up list's, which sees
/// every case the narrowing keeps.
struct ManagerNarrowing: Sendable {
    /// Every name the register spells this manager with (`mark jansen`, `Mark Jansen`).
    let spellings: [String]

    /// The narrowing for `manager` among the register's `managers`; nil when none can be made:
    /// a name nobody has (the list then says so), or the default manager, who also has the
    /// cases no one else does (a client without a manager, a case without a client).
    init?(manager: String, managers: [String], defaultManager: String?) {
        let key = ClientKey.of(manager)
        if let defaultManager, ClientKey.of(defaultManager) == key { return nil }
        let spellings = managers.filter { ClientKey.of($0) == key }
        guard !spellings.isEmpty else { return nil }
        self.spellings = spellings
    }
}
