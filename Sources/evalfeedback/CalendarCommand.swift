import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback calendar 2027`: the year's non-working days as the deadlines count them (R8).
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "List a year's holidays and closing days, as deadlines skip them.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The year (default: this year).")
    var year: Int?

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    func validate() throws {
        if let year, !(1900...2999).contains(year) { throw ValidationError("give a year such as 2027.") }
    }

    func run() throws {
        let settings = try global.settings()
        let calendar = YearCalendar(year: year ?? global.today.year, calendar: settings.calendar)
        try OutputDestination.write(try calendar.rendered(as: format.output), to: nil)
    }
}
