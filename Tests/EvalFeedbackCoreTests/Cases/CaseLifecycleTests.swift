import Testing

@testable import EvalFeedbackCore

/// A case registered on Friday 2026-11-20: contact due Tuesday 11-24, resolution due 12-18.
private func registered(_ id: Int64 = 7) -> ComplaintCase {
    let day = LocalDate(checked: 2026, 11, 20)
    let deadlines = Deadlines(registeredOn: day, calendar: .netherlands())
    return ComplaintCase(
        id: id, source: .email, client: "Gemeente Zuidwolde", contactName: "Anna Visser", contactEmail: nil,
        training: nil, trainer: nil, lowScores: nil, summary: "Factuur klopt niet", registeredOn: day,
        contactDue: deadlines.contactDue, resolutionDue: deadlines.resolutionDue, state: .registered,
        contactedOn: nil, manager: "Mark Jansen", managerAssigned: false, extension: nil, missedDeadline: nil,
        closing: nil, appeal: nil)
}

/// A date literal of the script; a typo shows up as 1970-01-01 in the failing expectation.
private func day(_ text: String) -> LocalDate { LocalDate(text) ?? LocalDate(dayNumber: 0) }

private func rules(today: String = "2027-03-01") -> CaseLifecycle {
    CaseLifecycle(today: day(today), causes: Settings.defaultCauses, calendar: .netherlands(), actor: "Mark Jansen")
}

private func close(_ on: String, outcome: CaseOutcome = .resolved, cause: String = "content", emailOwed: Bool = true)
    -> CaseStep
{
    .close(
        on: day(on), outcome: outcome, resolution: "Factuur gecrediteerd", cause: cause, satisfied: .yes,
        emailOwed: emailOwed, emailSentOn: nil)
}

/// Applies steps in order, as the store would.
private func walk(_ steps: [CaseStep], today: String = "2027-03-01") throws -> ComplaintCase {
    var current = registered()
    for step in steps { current = try rules(today: today).apply(step, to: current).updated }
    return current
}

@Suite("The case lifecycle (R11-R15)")
struct CaseLifecycleTests {
    @Test("R12: registered → contacted → closed → appealed → ruled, each step kept in the history (R13)")
    func fullRoute() throws {
        var current = registered()
        let steps: [CaseStep] = [
            .contact(on: day("2026-11-24"), note: "Gebeld"),
            .note(on: day("2026-11-25"), text: "Navraag bij financiën"),
            close("2026-12-01"), .emailSent(on: day("2026-12-02")), .appeal(on: day("2026-12-10"), thirdParty: "NRTO"),
            .ruling(.upheld, on: day("2027-01-15"), text: "Halve cursusprijs terug"),
            .consequencesDone(on: day("2027-01-20")),
        ]
        var kinds: [CaseEvent.Kind] = []
        for step in steps {
            let change = try rules().apply(step, to: current)
            current = change.updated
            kinds.append(change.event.kind)
            #expect(change.event.actor == "Mark Jansen")
            #expect(change.event.on == step.day)
        }
        #expect(kinds == [.contacted, .note, .closed, .closingEmailSent, .appealed, .ruled, .consequencesDone])
        #expect(current.state == .ruled)
        #expect(current.endedOn == day("2027-01-15"), "R17's year runs from the ruling after an appeal")
        #expect(current.appeal?.consequencesOutstanding == false)
    }

    @Test(
        "R12: impossible steps are refused with the case's state and what to do instead",
        arguments: [
            ([CaseStep.contact(on: LocalDate(checked: 2026, 11, 23), note: nil)], "contact", "Record a further talk"),
            ([close("2026-11-25")], "close", "record 'evalfeedback case appeal 7'"),
            ([], "appeal", "close it first"),
            ([], "ruling", "record the appeal first"),
            ([close("2026-11-25")], "ruling", "record the appeal first"),
            ([close("2026-11-25")], "consequences-done", "Consequences follow an upheld ruling"),
            ([close("2026-11-25")], "extend", "Only an open case can be extended"),
            ([], "email-sent", "Close it first"),
        ])
    func impossible(before: [CaseStep], step: String, instead: String) throws {
        let current = try walk(before)
        let attempt: CaseStep =
            switch step {
            case "contact": .contact(on: day("2026-11-26"), note: nil)
            case "close": close("2026-11-26")
            case "appeal": .appeal(on: day("2026-11-26"), thirdParty: nil)
            case "ruling": .ruling(.rejected, on: day("2026-11-26"), text: "Afgewezen")
            case "consequences-done": .consequencesDone(on: day("2026-11-26"))
            case "extend": .extend(reason: "Onderzoek", expected: day("2027-01-10"), toldOn: day("2026-11-26"))
            default: .emailSent(on: day("2026-11-26"))
            }
        do {
            _ = try rules().apply(attempt, to: current)
            Issue.record("\(step) should have been refused")
        } catch {
            guard case .impossible(_, let name, let state, let text) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(name == step)
            #expect(state == current.stateDescription)
            #expect(text.contains(instead), "\(text)")
            #expect(error.description.hasPrefix("case 7: '\(step)' is not possible, because the case was "))
            #expect(error.description.hasSuffix("Nothing was changed."))
        }
    }

    @Test("R12: a rejected ruling has no consequences; an upheld one's are carried out once")
    func rulings() throws {
        let appealed: [CaseStep] = [close("2026-11-25"), .appeal(on: day("2026-12-01"), thirdParty: nil)]
        let rejected = try walk(appealed + [.ruling(.rejected, on: day("2027-01-05"), text: "Geen grond")])
        #expect(throws: CaseStepError.self) {
            try rules().apply(.consequencesDone(on: day("2027-01-06")), to: rejected)
        }
        #expect(rejected.appeal?.consequencesOutstanding == false)
        let done = try walk(
            appealed + [
                .ruling(.upheld, on: day("2027-01-05"), text: "Vergoeding"), .consequencesDone(on: day("2027-01-06")),
            ])
        #expect(throws: CaseStepError.self) { try rules().apply(.consequencesDone(on: day("2027-01-07")), to: done) }
        #expect(throws: CaseStepError.self) {
            try rules().apply(.appeal(on: day("2027-01-07"), thirdParty: nil), to: done)
        }
    }

    @Test("Dates before registration, before the step they follow, or after today are refused")
    func dates() throws {
        let current = registered()
        #expect(
            throws: CaseStepError.beforeEarlierStep(
                caseID: 7, step: "contact", date: day("2026-11-19"), earlier: "registered",
                earlierDate: day("2026-11-20"), option: "--on")
        ) { try rules().apply(.contact(on: day("2026-11-19"), note: nil), to: current) }
        #expect(throws: CaseStepError.inTheFuture(step: "contact", date: day("2026-11-27"), today: day("2026-11-26"))) {
            try rules(today: "2026-11-26").apply(.contact(on: day("2026-11-27"), note: nil), to: current)
        }
        let contacted = try walk([.contact(on: day("2026-11-24"), note: nil)])
        #expect(throws: CaseStepError.self) { try rules().apply(close("2026-11-23"), to: contacted) }
        let closed = try walk([close("2026-11-25")])
        #expect(throws: CaseStepError.self) {
            try rules().apply(.appeal(on: day("2026-11-24"), thirdParty: nil), to: closed)
        }
        #expect(throws: CaseStepError.self) { try rules().apply(.emailSent(on: day("2026-11-24")), to: closed) }
    }

    @Test("Steps keep their order: no closing before an extension, no extension before the previous one")
    func order() throws {
        let extended = try walk([
            .contact(on: day("2026-11-24"), note: nil),
            .extend(reason: "Onderzoek", expected: day("2027-01-10"), toldOn: day("2026-12-18")),
        ])
        #expect(throws: CaseStepError.self) { try rules().apply(close("2026-12-01"), to: extended) }
        #expect(throws: CaseStepError.self) {
            try rules().apply(
                .extend(reason: "Nog langer", expected: day("2027-02-01"), toldOn: day("2026-12-10")), to: extended)
        }
        do {
            _ = try rules().apply(
                .extend(reason: "x", expected: day("2026-12-23"), toldOn: day("2026-12-28")), to: registered())
            Issue.record("a promised date already past when the client was told was accepted")
        } catch {
            #expect(error.description.contains("is not after the day the client was told (2026-12-28)"))
        }
        do {
            _ = try rules().apply(
                .extend(reason: "x", expected: day("2027-01-10"), toldOn: day("2026-11-19")), to: registered())
        } catch {
            #expect(error.description.contains("(--told-on yyyy-MM-dd)"), "the message names the option used")
        }
    }

    @Test("R9: contact is reported on time or late in working days")
    func contactTiming() throws {
        let onTime = try rules().apply(.contact(on: day("2026-11-24"), note: nil), to: registered())
        #expect(onTime.message == "case 7: contacted on 2026-11-24 (contact due 2026-11-24: on time)")
        let late = try rules().apply(.contact(on: day("2026-11-27"), note: nil), to: registered())
        #expect(late.message == "case 7: contacted on 2026-11-27 (contact due 2026-11-24: 3 working days late)")
        let weekend = try rules().apply(.contact(on: day("2026-11-29"), note: nil), to: registered())
        #expect(weekend.message.hasSuffix("(contact due 2026-11-24: 3 working days late)"), "on a Sunday")
        let friday = LocalDate(checked: 2026, 11, 27)
        let saturday = LocalDate(checked: 2026, 11, 28)
        #expect(
            WorkingDayCalendar.netherlands().lateness(done: saturday, due: friday)
                == "late (on a non-working day after the deadline)", "after the deadline is late, even on a Saturday")
    }

    @Test("R11: an extension told before the deadline is timely; told after it, it is kept and marked a breach")
    func extensions() throws {
        let timely = try rules().apply(
            .extend(reason: "Wacht op leverancier", expected: day("2027-01-08"), toldOn: day("2026-12-18")),
            to: registered())
        #expect(timely.updated.extension?.late == false)
        #expect(!timely.updated.deadline.isBreached)
        #expect(timely.updated.deadline.promised == day("2027-01-08"))
        #expect(timely.message.contains("on time: the deadline was 2026-12-18"))

        let late = try rules().apply(
            .extend(reason: "Wacht op leverancier", expected: day("2027-01-08"), toldOn: day("2026-12-21")),
            to: registered())
        #expect(late.updated.extension?.late == true)
        #expect(late.updated.missedDeadline == day("2026-12-18"))
        #expect(late.message.contains("late: the deadline was 2026-12-18, recorded as a breach of R11"))

        // A second extension is measured against the first one's promised date, and a breach stays a breach.
        let again = try rules().apply(
            .extend(reason: "Nog steeds", expected: day("2027-02-01"), toldOn: day("2027-01-05")), to: late.updated)
        #expect(again.updated.extension?.late == false)
        #expect(again.updated.missedDeadline == day("2026-12-18"))
    }

    @Test("R11: telling a never-contacted client about a delay is contacting them, as closing is")
    func extendingContacts() throws {
        let extended = try rules().apply(
            .extend(reason: "Wacht op leverancier", expected: day("2027-01-08"), toldOn: day("2026-11-23")),
            to: registered())
        #expect(extended.updated.state == .contacted)
        #expect(extended.updated.contactedOn == day("2026-11-23"))
        #expect(
            extended.message
                == "case 7: resolution now expected 2027-01-08, client told on 2026-11-23 (on time: the deadline was "
                + "2026-12-18); the client counts as contacted that day (contact due 2026-11-24: on time)")
        let listed = FollowUpItem(extended.updated, today: day("2026-11-26"), calendar: .netherlands())
        #expect(listed.action == .inProgress, "no longer 'contact overdue'")
    }

    @Test("R11: the promised date must lie after the deadline in force and within a year")
    func extensionDates() throws {
        #expect(throws: CaseStepError.self) {
            try rules().apply(
                .extend(reason: "x", expected: day("2026-12-18"), toldOn: day("2026-12-01")), to: registered())
        }
        #expect(throws: CaseStepError.self) {
            try rules().apply(
                .extend(reason: "x", expected: day("2028-01-01"), toldOn: day("2026-12-01")), to: registered())
        }
        #expect(throws: CaseStepError.emptyText(field: "the reason for the extension")) {
            try rules().apply(
                .extend(reason: "  ", expected: day("2027-01-08"), toldOn: day("2026-12-01")), to: registered())
        }
    }

    @Test("Closing needs a resolution and a configured cause; cause matching ignores case")
    func closingChecks() throws {
        let closed = try rules().apply(close("2026-11-25", cause: "Facilities"), to: registered())
        #expect(closed.updated.closing?.cause == "facilities")
        #expect(throws: CaseStepError.unknownCause("weer", known: Settings.defaultCauses)) {
            try rules().apply(close("2026-11-25", cause: "weer"), to: registered())
        }
        let custom = CaseLifecycle(today: day("2027-01-01"), causes: ["catering"], calendar: .netherlands(), actor: "x")
        #expect(throws: CaseStepError.self) {
            try custom.apply(close("2026-11-25", cause: "trainer"), to: registered())
        }
    }

    @Test("Closing an uncontacted case records the contact on the closing day (the client was told)")
    func closeWithoutContact() throws {
        let change = try rules().apply(close("2026-11-23"), to: registered())
        #expect(change.updated.contactedOn == day("2026-11-23"))
        #expect(change.message.contains("the client contacted that day"))
    }

    @Test("R14: a closing email is owed until sent, unless not needed; it is recorded once")
    func closingEmail() throws {
        let owed = try walk([close("2026-11-25")])
        #expect(owed.closing?.emailOutstanding == true)
        let sent = try rules().apply(.emailSent(on: day("2026-11-26")), to: owed).updated
        #expect(sent.closing?.emailSentOn == day("2026-11-26"))
        #expect(throws: CaseStepError.self) { try rules().apply(.emailSent(on: day("2026-11-27")), to: sent) }
        let faceToFace = try walk([close("2026-11-25", emailOwed: false)])
        #expect(faceToFace.closing?.emailOutstanding == false)
        let sentAtOnce = try rules().apply(
            .close(
                on: day("2026-11-25"), outcome: .unfounded, resolution: "Geen fout gevonden", cause: "other",
                satisfied: .no, emailOwed: false, emailSentOn: day("2026-11-25")),
            to: registered())
        #expect(sentAtOnce.updated.closing?.emailOwed == true)
        #expect(sentAtOnce.updated.closing?.emailOutstanding == false)
    }

    @Test("R15: assigning a case names the manager it had")
    func assign() throws {
        let change = try rules().apply(.assign(manager: " Sanne de Vries ", on: day("2026-11-26")), to: registered())
        #expect(change.updated.manager == "Sanne de Vries")
        #expect(change.updated.managerAssigned)
        #expect(change.message == "case 7: assigned to Sanne de Vries (was Mark Jansen)")
        #expect(
            throws: CaseStepError.missingName(
                field: "the account manager's name (--manager)", advice: "name the account manager")
        ) {
            try rules().apply(.assign(manager: "", on: day("2026-11-26")), to: registered())
        }
    }
}
