import EvalFeedbackCore
import Foundation

/// The values the list and case templates show, every text cleared of display tricks.
enum CaseViews {
    /// One case on the list: who, what, which scores, which training, the deadlines and how late.
    static func item(_ item: FollowUpItem) -> [String: Any] {
        [
            "id": item.caseID,
            "client": shown(item.client),
            "respondent": shown(item.respondent),
            "email": shown(item.respondentEmail),
            "mailto": mailto(item.respondentEmail),
            "summary": shown(item.summary),
            "lowScores": shown(item.lowScores),
            "training": shown(item.training),
            "trainingDate": item.trainingDate?.description as Any,
            "trainer": shown(item.trainer),
            "registeredOn": item.registeredOn.description,
            "contactDue": item.contactDue.description,
            "resolutionDue": item.resolutionDue.description,
            "todo": item.todo.safeForMessage,
            "late": item.workingDaysOverdue > 0 ? item.workingDaysOverdue as Any : nil as Int? as Any,
            "urgent": item.action.needsAction,
        ]
    }

    /// The case page's facts, deadlines and history (what `case show` prints).
    static func sheet(_ sheet: CaseSheet) -> [String: Any] {
        let complaint = sheet.complaint
        return [
            "id": complaint.id,
            "source": complaint.source.rawValue,
            "state": complaint.stateDescription.safeForMessage,
            "client": shown(complaint.client),
            "respondent": shown(complaint.contactName),
            "email": shown(complaint.contactEmail),
            "mailto": mailto(complaint.contactEmail),
            "training": shown(complaint.training),
            "trainingDate": complaint.trainingDate?.description as Any,
            "trainer": shown(complaint.trainer),
            "lowScores": shown(complaint.lowScores),
            "summary": shown(complaint.summary),
            "manager": shown(complaint.manager),
            "registeredOn": complaint.registeredOn.description,
            "todo": shown(sheet.todo),
            "deadlines": sheet.deadlines.map { deadline in
                [
                    "name": deadline.name, "due": deadline.due.description, "status": deadline.status.safeForMessage,
                    "explanation": deadline.explanation.safeForMessage,
                ]
            },
            "history": sheet.history.map { event in
                [
                    "on": event.on.description, "kind": event.kind.rawValue, "actor": event.actor.safeForMessage,
                    "note": shown(event.note),
                ] as [String: Any]
            },
        ]
    }

    /// The text as shown, or nil (an absent section) when there is none.
    static func shown(_ text: String?) -> Any {
        guard let text = text?.safeForMessage, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            return nil as String? as Any
        }
        return text
    }

    /// `mailto:` with the address percent-encoded, when it looks like one address (one `@`,
    /// no spaces, no commas); else nil, and the page shows it as text.
    static func mailto(_ address: String?) -> Any {
        guard let address = address?.trimmingCharacters(in: .whitespaces),
            address.filter({ $0 == "@" }).count == 1, !address.contains(where: { $0 == " " || $0 == "," }),
            let encoded = address.addingPercentEncoding(withAllowedCharacters: mailtoAllowed)
        else { return nil as String? as Any }
        return "mailto:" + encoded
    }

    private static let mailtoAllowed = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@.-_+")
}
