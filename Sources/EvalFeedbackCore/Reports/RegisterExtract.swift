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
    func headers(_ w: ReportWords) -> [String] {
        var headers = [
            w.say("zaak", "case"), w.say("bron", "source"), w.say("klant", "client"), "training", "trainer",
            w.say("lage scores", "low scores"), w.say("geregistreerd", "registered"),
            w.say("contact uiterlijk", "contact due"), w.say("contact op", "contacted"),
            w.say("contact binnen 2 werkdagen", "contacted within 2 working days"),
            w.say("verlenging gemeld op", "extension told on"), w.say("antwoord beloofd", "answer promised"),
            w.say("verlenging op tijd", "extension in time"), w.say("reden verlenging", "extension reason"),
            w.say("afgesloten", "closed"), w.say("binnen de termijn van de procedure", "within the procedure's deadline"),
            w.say("uitkomst", "outcome"), w.say("oorzaak", "cause"), w.say("klant tevreden", "client satisfied"),
            w.say("afsluitmail", "closing email"), w.say("beroep", "appealed"), w.say("derde partij", "third party"),
            w.say("uitspraak", "ruling"), w.say("uitspraak op", "ruled on"),
            w.say("gevolgen uitgevoerd", "consequences carried out"), w.say("brieven verstuurd", "letters sent"),
        ]
        if withPersonalData {
            headers += [
                w.say("contactpersoon", "contact"), w.say("e-mail", "email"), w.say("klacht", "complaint"),
                w.say("oplossing", "resolution"), w.say("tekst uitspraak", "ruling text"),
                w.say("brieven verstuurd aan", "letters sent to"),
            ]
        }
        return headers
    }

    /// One row per case, as text cells.
    func rows(_ w: ReportWords) -> [[String]] {
        cases.map { c in
            let email =
                c.closing.map { closing in
                    closing.emailSentOn.map { w.say("verstuurd \($0)", "sent \($0)") }
                        ?? (closing.emailOwed ? w.say("nog te sturen", "owed") : w.say("niet nodig", "not needed"))
                } ?? ""
            let deadline = c.deadline
            let extensionInTime: String =
                c.extension == nil
                ? ""
                : deadline.missed.map { w.say("nee: een overtreding (R11), \($0) gemist", "no: a breach (R11), \($0) missed") }
                    ?? w.yes(true)
            let kept: String =
                if let closed = c.closing?.closedOn { w.yes(deadline.isKept(closedOn: closed)) } else {
                    deadline.isMissed(openOn: to) ? w.yes(false) : ""
                }
            var row = [
                String(c.id), w.countLabel(c.source.rawValue), c.client ?? "", c.training ?? "", c.trainer ?? "", c.lowScores ?? "",
                c.registeredOn.description, c.contactDue.description, c.contactedOn?.description ?? "",
                c.contactedOn.map { w.yes($0 <= c.contactDue) } ?? (c.contactDue < to ? w.yes(false) : ""),
                c.extension?.toldOn.description ?? "", c.extension?.expected.description ?? "",
                extensionInTime,
                c.extension?.reason ?? "", c.closing?.closedOn.description ?? "",
                kept,
                c.closing.map { w.countLabel($0.outcome.rawValue) } ?? w.say("open", "open"),
                c.closing?.cause ?? "", c.closing.map { w.satisfied($0.clientSatisfied) } ?? "", email,
                c.appeal?.appealedOn.description ?? "", c.appeal?.thirdParty ?? "", c.appeal?.ruling.map(w.ruling) ?? "",
                c.appeal?.ruledOn?.description ?? "", c.appeal?.consequencesDoneOn?.description ?? "",
                sent(c.id, withRecipient: false, w),
            ]
            if withPersonalData {
                row += [
                    c.contactName ?? "", c.contactEmail ?? "", c.summary ?? "", c.closing?.resolution ?? "",
                    c.appeal?.rulingText ?? "",
                    sent(c.id, withRecipient: true, w),
                ]
            }
            return row
        }
    }

    /// The letters sent on case `id`: `acknowledgement 2026-11-24; closing 2026-12-10`, with
    /// `to ADDRESS` when `withRecipient` (personal data, R16).
    private func sent(_ id: Int64, withRecipient: Bool, _ w: ReportWords) -> String {
        let lines: [String] = (letters[id] ?? []).map { letter in
            let line = w.letter(letter.kind) + " " + letter.sentOn.description
            return withRecipient
                ? line + w.say(" aan ", " to ") + (letter.recipient ?? w.say("(verwijderd)", "(purged)")) : line
        }
        return lines.joined(separator: "; ")
    }
}
