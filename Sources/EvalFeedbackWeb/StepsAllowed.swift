import EvalFeedbackCore

/// Which steps' forms a case page shows: those the lifecycle would take now (R12), asked of
/// the lifecycle itself with a sample of each step, so that the rule is written once.
///
/// A sample refused as impossible in the case's state hides the form; refused for any other
/// reason (a date, an empty text), the form is shown, and the real values decide.
enum StepsAllowed {
    static func of(_ complaint: ComplaintCase, user: WebUser, lifecycle: CaseLifecycle) -> Set<String> {
        let today = lifecycle.today
        let cause = lifecycle.causes.first ?? "other"
        let samples: [(String, CaseStep)] = [
            ("contact", .contact(on: today, note: nil)),
            ("note", .note(on: today, text: "sample")),
            ("extend", .extend(reason: "sample", expected: LocalDate(dayNumber: today.dayNumber + 365), toldOn: today)),
            (
                "close",
                .close(
                    on: today, outcome: .resolved, resolution: "sample", cause: cause, satisfied: .unknown,
                    emailOwed: true, emailSentOn: nil)
            ),
            (
                "unfounded",
                .close(
                    on: today, outcome: .unfounded, resolution: "sample", cause: cause, satisfied: .unknown,
                    emailOwed: true, emailSentOn: nil)
            ),
            ("email-sent", .emailSent(on: today)),
            ("appeal", .appeal(on: today, thirdParty: nil)),
            ("ruling", .ruling(.upheld, on: today, text: "sample")),
            ("consequences-done", .consequencesDone(on: today)),
            ("assign", .assign(manager: "sample", on: today)),
        ]
        var allowed: Set<String> = []
        for (name, step) in samples where CaseAccess.allows(user, step: step) {
            do {
                _ = try lifecycle.apply(step, to: complaint)
                allowed.insert(name)
            } catch {
                if case .impossible = error { continue }
                allowed.insert(name)
            }
        }
        return allowed
    }
}
