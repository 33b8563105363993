import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback register --from --to`: the complaints register, for auditors.
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "The complaints register for auditors: every case registered in the period and how it was handled.",
        discussion: "Names, email addresses and free texts only with --with-personal-data.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The first day (yyyy-MM-dd).", transform: parseDay)
    var from: LocalDate

    @Option(help: "The last day (yyyy-MM-dd).", transform: parseDay)
    var to: LocalDate

    @Option(help: "csv (for Excel) or html.")
    var format: RegisterFormat = .csv

    @Flag(name: .customLong("with-personal-data"), help: "Include contact names, email addresses and free texts.")
    var withPersonalData = false

    @Option(help: "Write to this file (readable by you only) instead of the terminal.")
    var out: String?

    func validate() throws {
        if from > to { throw ValidationError("--from \(from) comes after --to \(to).") }
    }

    func run() throws {
        let settings = try global.settings()
        let extract = try global.openForReading().registerExtract(
            from: from, to: to, withPersonalData: withPersonalData, settings: settings)
        try OutputDestination.write(
            try extract.rendered(as: format.output, csvSeparator: settings.csvSeparator), to: out)
    }
}
