import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback case open`: a complaint from any source, on the same route as an evaluation (R7).
struct CaseOpen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Register a complaint told orally or sent by email, contact form, chat or evaluation note.",
        discussion: """
            It gets the same deadlines as an evaluation case: contact within two working days, resolution within \
            four weeks. An oral complaint solved on the spot is still registered: give --solved-on-the-spot with \
            what was done and --cause, and it is registered and closed the same day.
            """)

    @OptionGroup var step: StepOptions

    @Option(help: "oral, email, contact-form, chat or evaluation-note.")
    var source: CaseSource

    @Option(help: "The client organisation (decides the account manager).")
    var client: String

    @Option(help: "Who complained.")
    var contact: String

    @Option(help: "Their email address.")
    var email: String?

    @Option(help: "The training it is about.")
    var training: String?

    @Option(help: "The trainer it is about.")
    var trainer: String?

    @Option(help: "What the complaint is, in a sentence or two.")
    var summary: String

    @Option(help: "The day it was registered (yyyy-MM-dd; default today).", transform: parseDay)
    var on: LocalDate?

    @Option(help: "The client's language, nl or en: the language of the case's letters (default: letters.language).")
    var lang: LetterLanguage?

    @Option(name: .customLong("solved-on-the-spot"), help: "What was done: registers the complaint and closes it.")
    var solvedOnTheSpot: String?

    @Option(help: "With --solved-on-the-spot: the cause category (e.g. facilities).")
    var cause: String?

    func validate() throws {
        if source == .evaluation {
            throw ValidationError("evaluation cases come from 'evalfeedback import'; use evaluation-note for a note.")
        }
        if solvedOnTheSpot != nil, cause == nil {
            throw ValidationError("--solved-on-the-spot needs --cause (e.g. --cause facilities).")
        }
        if solvedOnTheSpot == nil, cause != nil {
            throw ValidationError("--cause is recorded when a case is closed: use it with --solved-on-the-spot.")
        }
        if solvedOnTheSpot != nil, source != .oral {
            throw ValidationError("only an oral complaint is solved on the spot; register it, then 'case close'.")
        }
    }

    func run() throws {
        let settings = try step.global.settings()
        let store = try step.global.openOrCreateDatabase()
        let registeredOn = step.day(on)
        let newCase = NewCase(
            source: source, client: client, contactName: contact, contactEmail: email, training: training,
            trainer: trainer, summary: summary, registeredOn: registeredOn, calendar: settings.calendar,
            language: lang.flatMap { LanguageCode($0.rawValue) })
        var steps: [CaseStep] = []
        if let solvedOnTheSpot, let cause {
            steps.append(
                .close(
                    on: registeredOn, outcome: .resolved, resolution: solvedOnTheSpot, cause: cause, satisfied: .yes,
                    emailOwed: false, emailSentOn: nil))
        }
        let (opened, changes) = try store.register(
            newCase, steps: steps, lifecycle: step.lifecycle(settings), defaultManager: settings.defaultManager)
        guard changes.isEmpty else {
            print("case \(opened.id): registered on \(opened.registeredOn) (\(source.rawValue)) and solved on the spot")
            return
        }
        let owner =
            opened.manager.map { "for \($0)" }
            ?? "unassigned (no account manager known for \(client); 'evalfeedback case assign \(opened.id) --manager NAME')"
        print(
            "case \(opened.id): registered on \(opened.registeredOn) (\(source.rawValue)) \(owner); "
                + "contact due \(opened.contactDue), resolution due \(opened.resolutionDue)")
    }
}
