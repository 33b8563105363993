/// The register of complaints and how they were handled, for auditors (NRTO, CRKBO) and the
/// procedure itself (§4): every case registered in the period, one row each.
public struct RegisterExtract: Sendable {
    /// The period.
    public let from: LocalDate
    /// Its last day.
    public let to: LocalDate
    /// The cases, by number.
    public let cases: [ComplaintCase]
    /// True when names, emails and free texts are included (`--with-personal-data`).
    public let withPersonalData: Bool
    /// The letters sent on each case, oldest first (R13).
    public var letters: [Int64: [SentLetter]] = [:]

    /// The columns, in order; personal ones only `withPersonalData`.
    var headers: [String] {
        var headers = [
            "case", "source", "client", "training", "trainer", "low scores", "registered", "contact due", "contacted",
            "contacted within 2 working days", "extension told on", "answer promised", "extension in time",
            "extension reason", "closed", "within the procedure's deadline", "outcome", "cause", "client satisfied",
            "closing email", "appealed",
            "third party", "ruling", "ruled on", "consequences carried out", "letters sent",
        ]
        if withPersonalData {
            headers += ["contact", "email", "complaint", "resolution", "ruling text", "letters sent to"]
        }
        return headers
    }

    /// One row per case, as text cells.
    var rows: [[String]] {
        cases.map { c in
            let email =
                c.closing.map { closing in
                    closing.emailSentOn.map { "sent \($0)" } ?? (closing.emailOwed ? "owed" : "not needed")
                } ?? ""
            let deadline = c.deadline
            let extensionInTime: String =
                c.extension == nil ? "" : deadline.missed.map { "no: a breach (R11), \($0) missed" } ?? "yes"
            let kept: String =
                if let closed = c.closing?.closedOn { deadline.isKept(closedOn: closed) ? "yes" : "no" } else {
                    deadline.isMissed(openOn: to) ? "no" : ""
                }
            var row = [
                String(c.id), c.source.rawValue, c.client ?? "", c.training ?? "", c.trainer ?? "", c.lowScores ?? "",
                c.registeredOn.description, c.contactDue.description, c.contactedOn?.description ?? "",
                c.contactedOn.map { $0 <= c.contactDue ? "yes" : "no" } ?? (c.contactDue < to ? "no" : ""),
                c.extension?.toldOn.description ?? "", c.extension?.expected.description ?? "",
                extensionInTime,
                c.extension?.reason ?? "", c.closing?.closedOn.description ?? "",
                kept,
                c.closing?.outcome.rawValue ?? "open",
                c.closing?.cause ?? "", c.closing?.clientSatisfied.rawValue ?? "", email,
                c.appeal?.appealedOn.description ?? "", c.appeal?.thirdParty ?? "", c.appeal?.ruling?.rawValue ?? "",
                c.appeal?.ruledOn?.description ?? "", c.appeal?.consequencesDoneOn?.description ?? "",
                sent(c.id, withRecipient: false),
            ]
            if withPersonalData {
                row += [
                    c.contactName ?? "", c.contactEmail ?? "", c.summary ?? "", c.closing?.resolution ?? "",
                    c.appeal?.rulingText ?? "",
                    sent(c.id, withRecipient: true),
                ]
            }
            return row
        }
    }

    /// The letters sent on case `id`: `acknowledgement 2026-11-24; closing 2026-12-10`, with
    /// `to ADDRESS` when `withRecipient` (personal data, R16).
    private func sent(_ id: Int64, withRecipient: Bool) -> String {
        let lines: [String] = (letters[id] ?? []).map { letter in
            let line = letter.kind.rawValue + " " + letter.sentOn.description
            return withRecipient ? line + " to " + (letter.recipient ?? "(purged)") : line
        }
        return lines.joined(separator: "; ")
    }
}
