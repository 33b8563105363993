import Foundation

/// What one file's import knows beyond its cells: the form its responses belong to, and the
/// values of fields the export lacks, from the command line, the file name and the mapping file.
struct FileContext {
    /// The form that scopes the response ids (R6), or nil when ids are unique on their own.
    let form: String?
    /// Values for empty or missing fields; the file's own value wins.
    let values: [EvaluationField: String]

    /// No form and no values: before the header is read.
    static let none = FileContext(form: nil, values: [:])

    private init(form: String?, values: [EvaluationField: String]) {
        self.form = form
        self.values = values
    }

    init(file: String, profile: ExportProfile, titles: [String], settings: ImportSettings) {
        let fromName = Self.fileNameGroups(file, pattern: settings.mapping.fileNamePattern)
        var values = settings.mapping.context
        for (field, value) in fromName.values { values[field] = value }
        for (field, value) in settings.context { values[field] = value }
        self.values = values.filter { !$0.value.trimmed.isEmpty }
        if let form = settings.form ?? fromName.form ?? settings.mapping.form {
            self.form = form
        } else if profile.idsRestartPerForm {
            form = Self.derivedForm(file: file, profile: profile)
        } else {
            form = nil
        }
    }

    /// Named groups of the mapping file's pattern over the file name (without its folder).
    private static func fileNameGroups(_ file: String, pattern: String?) -> (
        values: [EvaluationField: String], form: String?
    ) {
        guard let pattern, let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
            return ([:], nil)
        }
        let range = NSRange(file.startIndex..., in: file)
        guard let match = regex.firstMatch(in: file, range: range) else { return ([:], nil) }
        func group(_ name: String) -> String? {
            let found = match.range(withName: name)
            guard found.location != NSNotFound, let text = Range(found, in: file) else { return nil }
            return String(file[text]).replacingOccurrences(of: "_", with: " ").trimmedOrNil
        }
        // ICU allows only letters and digits in group names: `trainingdate`, not `training_date`.
        var values: [EvaluationField: String] = [:]
        for (field, name) in [
            (EvaluationField.training, "training"), (.trainingDate, "trainingdate"), (.trainer, "trainer"),
            (.client, "client"),
        ] {
            if let value = group(name) { values[field] = value }
        }
        return (values, group("form"))
    }

    /// A form's name from what its tool puts in the export's file name: Microsoft Forms names
    /// the file after the form (`Cursusevaluatie(1-32).csv`), LimeSurvey after the survey id
    /// (`results-survey482915.csv`). Nil when the name says neither: the questions cannot stand
    /// for the form, because adding one would make every response new.
    private static func derivedForm(file: String, profile: ExportProfile) -> String? {
        let stem = (file as NSString).deletingPathExtension
        if profile == .limeSurvey,
            let match = stem.range(of: #"survey[_-]?([0-9]+)"#, options: [.regularExpression, .caseInsensitive])
        {
            return "limesurvey " + stem[match].filter(\.isASCIIDigit)
        }
        if profile == .microsoftForms {
            let title = stem.replacingOccurrences(
                of: #"\s*\([0-9]+-[0-9]+\)(\s*\([0-9]+\))?$"#, with: "", options: .regularExpression
            ).trimmed
            if !title.isEmpty, title != stem.trimmed { return "forms " + title }
        }
        return nil
    }
}
