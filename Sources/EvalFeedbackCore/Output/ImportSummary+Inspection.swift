extension ImportSummary {
    /// What `evalfeedback inspect` shows: how the file was read, which column became which
    /// field, and what an import would do; enough to write a mapping file without reading code.
    public var inspection: String {
        let tool =
            profile == ExportProfile.canonical.rawValue
            ? "no survey tool recognised: read as columns by name"
            : "\(ExportProfile(rawValue: profile)?.displayName ?? profile) "
                + (profileDetected ? "(detected from the header)" : "(as told)")
        var lines = [
            file,
            "  read as:   \(encoding), " + (delimiter.isEmpty ? "" : "delimiter '\(delimiter)', ")
                + "\(headerRows) header row\(headerRows == 1 ? "" : "s")",
            "  tool:      \(tool)",
            "  form:      " + (form.map { "\($0) (response ids count within it)" } ?? "none needed"),
            "  columns:",
        ]
        lines += columns.map { "    " + $0 }
        if let submissionColumn {
            let first = firstSubmittedAt.map { "first response \($0)" } ?? "empty in the first response"
            let days = submissionDays.map { days in
                "; cases registered on their day, " + (days[0] == days[1] ? "\(days[0])" : "\(days[0]) to \(days[1])")
            }
            lines.append("  submitted: '\(submissionColumn)', \(first)\(days ?? ", and in every other")")
        } else {
            lines.append("  submitted: no column gives it; cases would be registered on the import day")
        }
        if let notImportable {
            lines.append("  nothing to import: \(notImportable); 'import' refuses this file")
        }
        lines.append(
            "  records:   \(records): \(accepted) readable, \(rejected) rejected; \(flagged) would be flagged, "
                + "\(incomplete) unfinished, \(warningCount) warning\(warningCount == 1 ? "" : "s")")
        if !warnings.isEmpty {
            lines.append("  first warnings:")
            lines += warnings.prefix(5).map { "    line \($0.line): \($0.field): \($0.message)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
