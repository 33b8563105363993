/// Who sees which case (R15, R16): one rule, asked by every page and every step.
///
/// A case a user may not see is, to them, no case at all: the server answers it as it
/// answers a number nobody has, so that the numbers of other managers' cases leak nothing.
public enum CaseAccess {
    /// True when `user` may see and work `complaint`; `registeredBy` is who registered it, as
    /// its history names them (R13).
    public static func allows(_ user: WebUser, _ complaint: ComplaintCase, registeredBy: String?) -> Bool {
        guard user.isActive else { return false }
        switch user.role {
        case .lead:
            return true
        case .manager:
            guard let own = user.manager, let owner = complaint.manager else { return false }
            return ClientKey.of(own) == ClientKey.of(owner)
        case .team:
            guard let registeredBy else { return false }
            return ClientKey.of(registeredBy) == ClientKey.of(user.name)
        case .auditor:
            return false
        }
    }

    /// True when `user` may record `step` on a case they may see: only a lead hands cases to
    /// an account manager (R15).
    public static func allows(_ user: WebUser, step: CaseStep) -> Bool {
        switch step {
        case .assign: user.role == .lead
        case .contact, .note, .extend, .close, .emailSent, .appeal, .ruling, .consequencesDone:
            user.role != .auditor
        }
    }

    /// True when `user` may register a complaint (R7): every employee; an auditor only reads.
    public static func mayRegister(_ user: WebUser) -> Bool { user.isActive && user.role != .auditor }

    /// True when `user` may read the register extract, which lists every case: the lead and auditors.
    public static func mayReadRegister(_ user: WebUser) -> Bool {
        user.isActive && (user.role == .lead || user.role == .auditor)
    }

    /// True when `user` may import evaluation exports: the lead.
    public static func mayImport(_ user: WebUser) -> Bool { user.isActive && user.role == .lead }

    /// True when the extract `user` reads may carry names, email addresses and free texts (R16).
    public static func seesPersonalData(_ user: WebUser) -> Bool {
        user.isActive && (user.role == .lead || (user.role == .auditor && user.seesPersonalData))
    }
}
