import ArgumentParser
import EvalFeedbackCore

/// What the user can tell the importer about exports: their tool, their form, a mapping file,
/// and context the exports lack. Shared by `import` and `inspect`.
struct SourceOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Read the files as this tool's exports instead of detecting it.",
            discussion: "One of: \(ExportProfile.allCases.map(\.rawValue).joined(separator: ", "))."))
    var profile: ExportProfile?

    @Option(help: "A mapping file (YAML) naming the columns of exports no profile recognises.", completion: .file())
    var mapping: String?

    @Option(help: "The form the responses come from: response ids are unique only within their form.")
    var form: String?

    @Option(help: "The training, for exports that do not say (the file's own column wins).")
    var training: String?

    @Option(name: .customLong("training-date"), help: "The training's date (yyyy-MM-dd), for exports that do not say.")
    var trainingDate: String?

    @Option(help: "The trainer, for exports that do not say.")
    var trainer: String?

    @Option(help: "The client organisation, for exports that do not say (decides the account manager).")
    var client: String?

    func validate() throws {
        if let trainingDate, LocalDate(trainingDate) == nil {
            throw ValidationError(
                "--training-date '\(trainingDate)' is not a date: \(LocalDate.whyNotADate(trainingDate)).")
        }
    }

    /// `settings` with what these options say.
    func apply(to settings: ImportSettings) throws -> ImportSettings {
        var settings = settings
        if let mapping { settings.mapping = try MappingFile.load(path: mapping) }
        settings.profile = profile
        settings.form = form
        let given: [(EvaluationField, String?)] = [
            (.training, training), (.trainingDate, trainingDate), (.trainer, trainer), (.client, client),
        ]
        for case (let field, let value?) in given { settings.context[field] = value }
        return settings
    }
}
