/// The once-per-file notes a session's header gives: the tool, unused columns, fields with
/// several columns, and what the file lacks (scores, a submission time, ids, a client).
extension ImportSession {
    func noteHeader(_ map: HeaderMap) {
        if profile != .canonical {
            let how = settings.profile ?? settings.mapping.profile == nil ? "detected" : "as told"
            summary.notes.append("\(summary.file): read as a \(profile.displayName) export (\(how))")
        }
        if !map.unknown.isEmpty {
            summary.notes.append("\(summary.file): columns not used: \(map.unknown.shortList)")
        }
        let several = map.extraColumns.keys.map(\.rawValue).sorted()
        if !several.isEmpty {
            summary.notes.append(
                "\(summary.file): several columns for \(several.joined(separator: ", ")); all are read, the lowest "
                    + "score counts")
        }
        if !map.missing.isEmpty {
            summary.notImportable =
                map.missing.count == EvaluationField.required.count
                ? "no rating question found (no column for \(map.missing.map(\.rawValue).joined(separator: ", ")))"
                : "no column for \(map.missing.map(\.rawValue).joined(separator: ", "))"
        }
        summary.submissionColumn = map.columns[.submittedAt].map { map.titles[$0] }
        if map.columns[.submittedAt] == nil, context.values[.submittedAt] == nil {
            summary.registeredOnImportDay = true
            let names = ToolVocabulary.submissionNames(for: profile).joined(separator: ", ")
            summary.notes.append(
                "\(summary.file): no column gives the submission time (looked for: \(names)); its cases are "
                    + "registered on the import day, \(settings.today). Name the column in a mapping file if it has "
                    + "another name")
        }
        if map.columns[.responseID] == nil {
            summary.notes.append(
                "\(summary.file): no response_id column; responses are recognised by their content (R6)")
        }
        if map.columns[.client] == nil, context.values[.client] == nil {
            summary.notes.append(
                "\(summary.file): no client column; its cases have no account manager (R15). "
                    + "Give one with --client if the whole file is one client's")
        }
    }
}
