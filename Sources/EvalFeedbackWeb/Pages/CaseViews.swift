import EvalFeedbackCore
import Foundation

/// The values the list and case templates show, every text cleared of display tricks, the
/// library's values in the user's words (`Wording`).
enum CaseViews {
    /// One case on the list: who, what, which scores, which training, the deadlines and how late.
    static func item(_ item: FollowUpItem, _ words: Wording) -> [String: Any] {
        // Built by assignment: a nil value leaves its key out, and the template skips its section.
        var view: [String: Any] = [
            "id": item.caseID,
            "registeredOn": item.registeredOn.description,
            "contactDue": item.contactDue.description,
            "resolutionDue": item.resolutionDue.description,
            "todo": words.todo(item.next).safeForMessage,
            "urgent": item.action.needsAction,
        ]
        view["client"] = shown(item.client)
        view["respondent"] = shown(item.respondent)
        view["email"] = shown(item.respondentEmail)
        view["mailto"] = mailto(item.respondentEmail)
        view["summary"] = shown(item.summary)
        view["lowScores"] = shown(item.lowScores.map(words.lowScores))
        view["training"] = shown(item.training)
        view["trainingDate"] = item.trainingDate?.description
        view["trainer"] = shown(item.trainer)
        if item.workingDaysOverdue > 0 { view["late"] = words.late(item.workingDaysOverdue) }
        return view
    }

    /// The case page's facts, deadlines and history (what `case show` prints).
    static func sheet(_ sheet: CaseSheet, _ words: Wording) -> [String: Any] {
        let complaint = sheet.complaint
        var view: [String: Any] = [
            "id": complaint.id,
            "source": words.source(complaint.source),
            "state": words.state(complaint).safeForMessage,
            "registeredOn": complaint.registeredOn.description,
            "deadlines": sheet.deadlines.map { deadline in
                [
                    "name": words.deadline(deadline.kind), "due": deadline.due.description,
                    "status": words.standing(deadline.standing).safeForMessage,
                    "explanation": words.reckoning(deadline).safeForMessage,
                ]
            },
            "history": sheet.history.map { event in
                var entry: [String: Any] = [
                    "on": event.on.description, "kind": words.event(event.kind),
                    "actor": words.actor(event.actor).safeForMessage,
                ]
                entry["note"] = shown(event.note.map { words.note(event.kind, $0) })
                return entry
            },
        ]
        view["client"] = shown(complaint.client)
        view["respondent"] = shown(complaint.contactName)
        view["email"] = shown(complaint.contactEmail)
        view["mailto"] = mailto(complaint.contactEmail)
        view["training"] = shown(complaint.training)
        view["trainingDate"] = complaint.trainingDate?.description
        view["trainer"] = shown(complaint.trainer)
        view["lowScores"] = shown(complaint.lowScores.map(words.lowScores))
        view["summary"] = shown(complaint.summary)
        view["manager"] = shown(complaint.manager)
        view["todo"] = sheet.next.map { words.todo($0).safeForMessage }
        if sheet.workingDaysOverdue > 0 { view["late"] = words.late(sheet.workingDaysOverdue) }
        return view
    }

    /// The text as shown, or nil (an absent section) when there is none.
    static func shown(_ text: String?) -> String? {
        guard let text = text?.safeForMessage, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            return nil
        }
        return text
    }

    /// `mailto:` with the address percent-encoded, when it looks like one address (one `@`,
    /// no spaces, no commas); else nil, and the page shows it as text.
    static func mailto(_ address: String?) -> String? {
        guard let address = address?.trimmingCharacters(in: .whitespaces),
            address.filter({ $0 == "@" }).count == 1, !address.contains(where: { $0 == " " || $0 == "," }),
            let encoded = address.addingPercentEncoding(withAllowedCharacters: mailtoAllowed)
        else { return nil }
        return "mailto:" + encoded
    }

    private static let mailtoAllowed = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@.-_+")
}
