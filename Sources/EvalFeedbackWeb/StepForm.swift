import HTTPTypes
import EvalFeedbackCore

/// A step's form, read into the library's `CaseStep`: the same fields as the CLI's options,
/// with a typed problem when one is wrong. Whether the step is possible is the lifecycle's to
/// say (R12), not the form's.
enum StepForm {
    /// The steps, in the order the case page shows their forms; each posts to `/cases/{id}/{name}`.
    static let names = [
        "contact", "note", "extend", "close", "unfounded", "email-sent", "appeal", "ruling", "consequences-done",
        "assign",
    ]

    /// The step `name` with the values of `form`; a day left empty is `today`.
    static func step(_ name: String, _ form: FormFields, today: LocalDate) throws(PageError) -> CaseStep {
        switch name {
        case "contact":
            return .contact(on: try day(form, "on", today), note: form.text("note"))
        case "note":
            return .note(on: try day(form, "on", today), text: form["text"] ?? "")
        case "extend":
            guard let expected = try optionalDay(form, "expected") else {
                throw PageError(.badRequest, .expectedMissing)
            }
            return .extend(reason: form["reason"] ?? "", expected: expected, toldOn: try day(form, "told_on", today))
        case "close", "unfounded":
            let outcome: CaseOutcome =
                name == "unfounded" ? .unfounded : try choice(form, "outcome", CaseOutcome.self, default: .resolved)
            let on = try day(form, "on", today)
            let email = form.text("closing_email") ?? "owed"
            guard ["owed", "sent", "none"].contains(email) else {
                throw PageError(
                    .badRequest, .notAChoice(field: "closing_email", text: email, choices: ["owed", "sent", "none"]))
            }
            return .close(
                on: on, outcome: outcome, resolution: form["resolution"] ?? "", cause: form["cause"] ?? "",
                satisfied: try choice(form, "client_satisfied", ClientSatisfaction.self, default: .unknown),
                emailOwed: email != "none", emailSentOn: email == "sent" ? on : nil)
        case "email-sent":
            return .emailSent(on: try day(form, "on", today))
        case "appeal":
            return .appeal(on: try day(form, "on", today), thirdParty: form.text("third_party"))
        case "ruling":
            guard form.text("ruling") != nil else {
                throw PageError(.badRequest, .rulingMissing)
            }
            return .ruling(
                try choice(form, "ruling", Ruling.self, default: .upheld), on: try day(form, "on", today),
                text: form["text"] ?? "")
        case "consequences-done":
            return .consequencesDone(on: try day(form, "on", today))
        case "assign":
            return .assign(manager: form["manager"] ?? "", on: today)
        default:
            throw PageError.notFound
        }
    }

    private static func day(_ form: FormFields, _ field: String, _ today: LocalDate) throws(PageError) -> LocalDate {
        try optionalDay(form, field) ?? today
    }

    private static func optionalDay(_ form: FormFields, _ field: String) throws(PageError) -> LocalDate? {
        guard let text = form.text(field) else { return nil }
        guard let day = LocalDate(text) else {
            throw PageError(.badRequest, .notADate(field: field, text: text))
        }
        return day
    }

    private static func choice<T: RawRepresentable & CaseIterable>(
        _ form: FormFields, _ field: String, _ type: T.Type, default value: T
    ) throws(PageError) -> T where T.RawValue == String {
        guard let text = form.text(field) else { return value }
        guard let chosen = T(rawValue: text) else {
            throw PageError(
                .badRequest, .notAChoice(field: field, text: text, choices: T.allCases.map(\.rawValue)))
        }
        return chosen
    }
}
