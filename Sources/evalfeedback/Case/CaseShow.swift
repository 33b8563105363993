import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback case show ID`: everything about one case.
struct CaseShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a case: its details, what to do, each deadline and how it was worked out, and its history.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The case number.")
    var id: Int64

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        let settings = try global.settings()
        let store = try global.openForReading()
        let complaint = try store.complaintCase(id, defaultManager: settings.defaultManager)
        let sheet = CaseSheet(
            complaint: complaint, history: try store.history(of: id), today: global.today,
            calendar: settings.calendar)
        try OutputDestination.write(try sheet.rendered(as: format.output), to: nil)
    }
}
