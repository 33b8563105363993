extension CaseSheet {
    /// The sheet as text for the terminal, or JSON.
    public func rendered(as format: OutputFormat) throws -> [UInt8] {
        switch format {
        case .text: Array(text.utf8)
        case .json: try JSONOutput.encode(self)
        case .csv, .html, .markdown: throw RenderError.unsupported(format, what: "a case")
        }
    }

    private var text: String {
        let c = complaint
        var lines = ["Case \(c.id) (\(c.source.rawValue)), \(c.stateDescription)"]
        func field(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            let flat = value.split(whereSeparator: \.isNewline).joined(separator: " / ").flattenedForTerminal
            lines.append("  " + (label + ":").padding(toLength: 18) + flat)
        }
        field("To do", todo)
        field("Account manager", (c.manager ?? "(unassigned)") + (c.managerAssigned ? " (assigned by hand)" : ""))
        field("Client", c.client)
        let email = c.contactEmail.map { " <\($0)>" } ?? ""
        field("Contact", c.contactName.map { $0 + email } ?? c.contactEmail)
        field("Training", c.training.map { name in c.trainingDate.map { "\(name), on \($0)" } ?? name })
        field("Trainer", c.trainer)
        field("Low scores", c.lowScores)
        field("Complaint", c.summary)
        if let closing = c.closing {
            field(
                "Closed",
                "\(closing.closedOn), \(closing.outcome.rawValue), cause \(closing.cause), client satisfied: "
                    + closing.clientSatisfied.rawValue)
            field("Resolution", closing.resolution)
            field(
                "Closing email",
                closing.emailSentOn.map { "sent on \($0)" } ?? (closing.emailOwed ? "owed, not yet sent" : "not needed")
            )
        }
        if let appeal = c.appeal {
            field("Appeal", "\(appeal.appealedOn)" + (appeal.thirdParty.map { " to \($0)" } ?? ""))
            if let ruling = appeal.ruling, let ruledOn = appeal.ruledOn {
                field("Ruling", "\(ruling.rawValue) on \(ruledOn): \(appeal.rulingText ?? "")")
            }
            if appeal.ruling == .upheld {
                field("Consequences", appeal.consequencesDoneOn.map { "carried out on \($0)" } ?? "not yet carried out")
            }
        }
        if let missed = c.missedDeadline {
            field("Breach", "the client was not told of the delay by \(missed), the deadline then in force (R11)")
        }
        if let purged = c.purgedOn {
            field(
                "Purged",
                "on \(purged): names, email address, free texts and history deleted, a year after it ended (R17)")
        }
        lines.append("")
        lines.append("Deadlines (as of \(day))")
        for deadline in deadlines {
            lines.append("  " + (deadline.name + ":").padding(toLength: 12) + "\(deadline.due)  \(deadline.status)")
            lines.append("              " + deadline.explanation)
        }
        guard !history.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        lines.append("")
        lines.append("History")
        for event in history {
            let note = event.note.map { ": " + $0.split(whereSeparator: \.isNewline).joined(separator: " / ") } ?? ""
            lines.append("  \(event.on)  \(event.kind.rawValue) by \(event.actor)\(note)".flattenedForTerminal)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The text padded with spaces to `length` characters (never cut).
    func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
