import EvalFeedbackCore

/// The library's values in the words of the signed-in user's language: the to-do line, a case's
/// state, its deadlines and history, and (in `Wording+Problems`) what was refused and why.
///
/// The library decides (what is due, how late, why a step is refused) and hands the decision
/// over as a value; this only words it. Nothing here names a CLI command: a step is named by
/// its form's heading on the case page (`PageTexts`' `step…` texts).
struct Wording: Sendable {
    /// True for Dutch, the team's language and the default; false for English.
    let dutch: Bool
    /// The page texts of the language, for the headings a line refers to.
    let texts: [String: String]
    /// The report's words in the same language, which the pages share for the same values.
    let report: ReportWords

    /// The wording for `language` (`nl` or `en`; anything else is Dutch).
    init(language: String) {
        dutch = language != "en"
        texts = PageTexts.of(language)
        report = ReportWords(language: language)
    }

    /// `nl` for a Dutch reader, `en` for an English one.
    func say(_ nl: String, _ en: String) -> String { dutch ? nl : en }

    /// A page text by its key.
    func text(_ key: String) -> String { texts[key] ?? key }

    /// A step's form heading in quotes, as a line refers to it.
    func form(_ key: String) -> String { "‘\(text(key))’" }

    // MARK: The follow-up list

    /// A case's low scores (`training 5, trainer 4` as the register keeps them) with the
    /// dimensions named in the reader's language; a cell the library did not write, as it stands.
    func lowScores(_ cell: String) -> String {
        guard let scores = LowScore.scores(in: cell) else { return cell }
        return scores.map { "\(dimension($0.dimension)) \(LowScore.format($0.score))" }.joined(separator: ", ")
    }

    /// What an evaluation scores, by name (the report's words).
    func dimension(_ dimension: Dimension) -> String { report.dimension(dimension) }

    /// What the account manager should do today, without how late it is (`late` says that).
    func todo(_ todo: FollowUpTodo) -> String {
        switch todo {
        case .contactOverdue(let due, _):
            say(
                "Bel de klant nu: het contact moest uiterlijk \(due) zijn, daarna \(form("stepContact"))",
                "Contact the client now: contact was due \(due), then \(form("stepContact"))")
        case .contactToday:
            say(
                "Bel de klant vandaag, daarna \(form("stepContact"))",
                "Contact the client today, then \(form("stepContact"))")
        case .promisedAnswerLate(let due, _):
            say(
                "Het antwoord dat voor \(due) beloofd was, is te laat: sluit de zaak af, of licht de klant opnieuw in",
                "The answer promised for \(due) is late: close the case, or tell the client again")
        case .resolutionOverdue(let due, _):
            say(
                "Afhandeling te laat sinds \(due): sluit de zaak af, of leg de late verlenging vast met "
                    + form("stepExtend"),
                "Resolution overdue since \(due): close the case, or record the late extension with "
                    + form("stepExtend"))
        case .resolutionDueSoon(let due, let left, let dueToday):
            say(
                "Afhandeling uiterlijk \(soon(due, left: left, dueToday: dueToday)): sluit de zaak af, of vertel de "
                    + "klant waarom het langer duurt met \(form("stepExtend"))",
                "Resolution due \(soon(due, left: left, dueToday: dueToday)): close the case, or tell the client why "
                    + "it takes longer with \(form("stepExtend"))")
        case .contactDue(let due): say("Contact uiterlijk \(due)", "Contact due \(due)")
        case .resolutionDue(let due): say("Afhandeling uiterlijk \(due)", "Resolution due \(due)")
        case .answerPromised(let due): say("Antwoord beloofd uiterlijk \(due)", "Answer promised by \(due)")
        case .sendClosingEmail(let closedOn):
            say(
                "Stuur de afsluitmail (afgesloten \(closedOn)), daarna \(form("stepEmailSent"))",
                "Send the closing email (closed \(closedOn)), then \(form("stepEmailSent"))")
        case .carryOutRuling(let ruledOn):
            say(
                "Voer de uitspraak\(ruledOn.map { " van \($0)" } ?? "") uit (beroep gegrond), daarna "
                    + form("stepConsequencesDone"),
                "Carry out the ruling\(ruledOn.map { " of \($0)" } ?? "") (appeal upheld), then "
                    + form("stepConsequencesDone"))
        case .awaitingRuling(let appealedOn):
            say(
                "Wacht op de uitspraak van de onafhankelijke derde\(appealedOn.map { " (beroep van \($0))" } ?? "")",
                "Awaiting the third party's ruling\(appealedOn.map { " (appealed \($0))" } ?? "")")
        }
    }

    private func soon(_ due: LocalDate, left: Int, dueToday: Bool) -> String {
        switch left {
        case _ where dueToday: say("vandaag", "today")
        case 0:
            say(
                "\(due) (\(weekday(due))): vandaag is de laatste werkdag ervoor",
                "\(due) (\(weekday(due))): today is the last working day before it")
        default: say("\(due), over \(workingDays(left))", "\(due), in \(workingDays(left))")
        }
    }

    /// `1 werkdag`, `3 werkdagen`.
    func workingDays(_ count: Int) -> String {
        count == 1 ? say("1 werkdag", "1 working day") : say("\(count) werkdagen", "\(count) working days")
    }

    /// `1 werkdag te laat`, `2 werkdagen te laat`; 0 is late on a non-working day after it.
    func late(_ count: Int) -> String {
        count == 0
            ? say("te laat (op een vrije dag na de termijn)", "late (on a non-working day after the deadline)")
            : say("\(workingDays(count)) te laat", "\(workingDays(count)) late")
    }

    // MARK: A case

    /// Where the case stands, with the day it got there.
    func state(_ complaint: ComplaintCase) -> String {
        if let purged = complaint.purgedOn {
            return say(
                "opgeschoond op \(purged), een jaar na het einde (R17)",
                "purged on \(purged), a year after it ended (R17)")
        }
        let unknown = "?"
        switch complaint.state {
        case .registered:
            return say(
                "geregistreerd op \(complaint.registeredOn), nog geen contact",
                "registered on \(complaint.registeredOn), not yet contacted")
        case .contacted:
            let on = complaint.contactedOn.map(\.description) ?? unknown
            return say("contact gehad op \(on), nog niet afgesloten", "contacted on \(on), not yet closed")
        case .closed:
            let on = complaint.closing.map(\.closedOn.description) ?? unknown
            let outcome = complaint.closing.map { self.outcome($0.outcome) } ?? unknown
            return say("afgesloten (\(outcome)) op \(on)", "closed (\(outcome)) on \(on)")
        case .appealed:
            let on = complaint.appeal.map(\.appealedOn.description) ?? unknown
            return say(
                "in beroep sinds \(on), wacht op de uitspraak", "appealed on \(on), awaiting the ruling")
        case .ruled:
            let on = complaint.appeal?.ruledOn.map(\.description) ?? unknown
            let ruling = complaint.appeal?.ruling.map(self.ruling) ?? unknown
            return say("uitspraak op \(on): beroep \(ruling)", "ruled on \(on): appeal \(ruling)")
        }
    }

    /// How a case was closed (the report's words).
    func outcome(_ outcome: CaseOutcome) -> String { report.outcome(outcome) }

    /// What the third party ruled on an appeal (the report's words).
    func ruling(_ ruling: Ruling) -> String { report.ruling(ruling) }

    /// Where a complaint came in.
    func source(_ source: CaseSource) -> String {
        switch source {
        case .evaluation: say(report.source(source), "evaluation")
        case .oral: say(report.source(source), "in person or by phone")
        case .email: say(report.source(source), "email")
        case .contactForm: say(report.source(source), "contact form")
        case .chat: say(report.source(source), "chat")
        case .evaluationNote: say(report.source(source), "note on an evaluation")
        }
    }

    /// The line after a step was recorded: its history entry (R13).
    func recorded(_ event: CaseEvent) -> String {
        say(
            "Vastgelegd: \(self.event(event.kind)) op \(event.on).",
            "Recorded: \(self.event(event.kind)) on \(event.on).")
    }

    /// The line after a complaint was registered (R7): whose it is and its deadlines (R9, R10).
    func registered(_ opened: ComplaintCase) -> String {
        let owner =
            opened.manager.map { say("voor \($0)", "for \($0)") }
            ?? say("niet toegewezen: de teamleider wijst de zaak toe", "unassigned: the lead assigns it")
        return say(
            "Zaak \(opened.id) geregistreerd op \(opened.registeredOn) (\(source(opened.source))), \(owner); contact "
                + "uiterlijk \(opened.contactDue), afhandeling uiterlijk \(opened.resolutionDue).",
            "Case \(opened.id) registered on \(opened.registeredOn) (\(source(opened.source))), \(owner); contact "
                + "due \(opened.contactDue), resolution due \(opened.resolutionDue).")
    }

    /// Who recorded a history entry (R13): a person's name, or the import.
    func actor(_ actor: String) -> String {
        actor == CaseEvent.importActor
            ? say("de import van een evaluatie-export", "the import of an evaluation export") : actor
    }

    /// A history entry's note: the parts of one the library wrote in the reader's words, a
    /// note typed by hand as it stands.
    func note(_ kind: CaseEvent.Kind, _ note: String) -> String {
        guard let detail = CaseEventDetail(kind, note: note) else { return note }
        switch detail {
        case .extended(let reason, let expected):
            return say("\(reason); antwoord verwacht op \(expected)", "\(reason); answer expected by \(expected)")
        case .closed(let outcome, let cause, let satisfied, let resolution):
            let happy =
                switch satisfied {
                case .yes: say("ja", "yes")
                case .no: say("nee", "no")
                case .unknown: say("onbekend", "unknown")
                }
            return say(
                "\(self.outcome(outcome)), oorzaak \(cause), klant tevreden: \(happy): \(resolution)",
                "\(self.outcome(outcome)), cause \(cause), client satisfied: \(happy): \(resolution)")
        case .appealed(let thirdParty):
            return say("bij \(thirdParty)", "to \(thirdParty)")
        case .ruled(let ruling, let text):
            return "\(self.ruling(ruling)): \(text)"
        case .lowScores(let scores, let file, let line, let unfinished):
            let low = lowScores(LowScore.text(scores))
            return say(
                "lage score: \(low) (\(file) regel \(line)\(unfinished ? ", onvoltooid antwoord" : ""))",
                "low score: \(low) (\(file) line \(line)\(unfinished ? ", unfinished response" : ""))")
        }
    }

    /// A history entry's kind (R13).
    func event(_ kind: CaseEvent.Kind) -> String {
        switch kind {
        case .registered: say("geregistreerd", "registered")
        case .contacted: say("contact met de klant", "client contacted")
        case .note: say("notitie", "note")
        case .extended: say("verlengd", "extended")
        case .closed: say("afgesloten", "closed")
        case .closingEmailSent: say("afsluitmail verstuurd", "closing email sent")
        case .appealed: say("beroep ingesteld", "appealed")
        case .ruled: say("uitspraak", "ruling")
        case .consequencesDone: say("gevolgen uitgevoerd", "consequences carried out")
        case .assigned: say("toegewezen", "assigned")
        case .letterSent: say("brief verstuurd", "letter sent")
        }
    }

    /// The day of the week.
    func weekday(_ day: LocalDate) -> String {
        let names =
            dutch
            ? ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
            : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return names[day.weekday - 1]
    }

    /// `dinsdag 2026-11-24`.
    func dated(_ day: LocalDate) -> String { "\(weekday(day)) \(day)" }

    /// A holiday's name.
    func holiday(_ holiday: Holiday) -> String {
        switch holiday {
        case .newYearsDay: say("Nieuwjaarsdag", "New Year's Day")
        case .goodFriday: say("Goede Vrijdag", "Good Friday")
        case .easterMonday: say("Tweede Paasdag", "Easter Monday")
        case .kingsDay: say("Koningsdag", "King's Day")
        case .liberationDay: say("Bevrijdingsdag", "Liberation Day")
        case .ascensionDay: say("Hemelvaartsdag", "Ascension Day")
        case .whitMonday: say("Tweede Pinksterdag", "Whit Monday")
        case .christmasDay: say("Eerste Kerstdag", "Christmas Day")
        case .boxingDay: say("Tweede Kerstdag", "Boxing Day")
        case .closingDay: say("sluitingsdag", "closing day")
        }
    }

    // MARK: Deadlines

    /// Which deadline it is.
    func deadline(_ kind: CaseSheet.Deadline.Kind) -> String {
        switch kind {
        case .contact: say("contact (R9)", "contact (R9)")
        case .resolution: say("afhandeling (R10)", "resolution (R10)")
        case .extension: say("verlenging (R11)", "extension (R11)")
        }
    }

    /// Whether it was met.
    func standing(_ standing: CaseSheet.Deadline.Standing) -> String {
        switch standing {
        case .met(let on): say("gehaald op \(on)", "met on \(on)")
        case .missed(let doneOn, let days):
            say("gemist: gedaan op \(doneOn), \(late(days))", "missed: done on \(doneOn), \(late(days))")
        case .open: say("open", "open")
        case .openAndLate(let days): say("open en \(late(days))", "open and \(late(days))")
        case .breached(let then):
            say(
                "geschonden: de klant hoorde niet vóór \(then), de termijn die toen gold, van de vertraging (R11)",
                "breached: the client was not told of the delay by \(then), the deadline then in force (R11)")
        case .extendedInTime: say("op tijd verlengd (zie hieronder)", "extended in time (see below)")
        }
    }

    /// Why the deadline falls on its day.
    func reckoning(_ deadline: CaseSheet.Deadline) -> String {
        var text: String
        switch deadline.reckoning {
        case .contact(let reckoning):
            let counted = reckoning.counted.map(dated).joined(separator: ", ")
            let skipped = reckoning.skipped.map { day in
                "\(dated(day.day)) (\(day.holiday.map(holiday) ?? say("weekend", "weekend")))"
            }.joined(separator: ", ")
            text = say(
                "geregistreerd \(dated(reckoning.registeredOn)); geteld: \(counted)",
                "registered \(dated(reckoning.registeredOn)); counted \(counted)")
            if !reckoning.skipped.isEmpty { text += say("; overgeslagen: \(skipped)", "; skipped \(skipped)") }
            text += say(
                "; uiterlijk eind \(dated(reckoning.due)) (R9)", "; due end of \(dated(reckoning.due)) (R9)")
        case .resolution(let registered, let due):
            text = say(
                "geregistreerd \(dated(registered)) + 28 kalenderdagen (weekends en feestdagen tellen mee) = "
                    + "eind \(dated(due)) (R10)",
                "registered \(dated(registered)) + 28 calendar days (weekends and holidays count) = "
                    + "end of \(dated(due)) (R10)")
        case .extension(let reason, let toldOn, let late):
            text = say("antwoord beloofd uiterlijk \(dated(deadline.due))", "answer promised by \(dated(deadline.due))")
            if !reason.isEmpty { text += ": \(reason)" }
            text +=
                late
                ? say(
                    "; de klant hoorde het op \(toldOn), na de termijn die toen gold: een schending van R11",
                    "; told on \(toldOn), after the deadline then in force: a breach of R11")
                : say(
                    "; de klant hoorde het op \(toldOn), vóór de termijn die toen gold (R11)",
                    "; told on \(toldOn), before the deadline then in force (R11)")
        }
        if deadline.reckonedDue != nil {
            text += say(
                "; de zaak houdt \(deadline.due), vastgesteld bij registratie met de kalender van toen",
                "; the case keeps \(deadline.due), set at registration with the calendar then configured")
        }
        return text
    }
}
