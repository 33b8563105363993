/// The once-per-file notes a session's header gives: the tool, unused columns, fields with
/// several columns, and what the file lacks (scores, a submission time, ids, a client).
extension ImportSession {
    func noteHeader(_ map: HeaderMap) {
        if profile != .canonical {
            note(.readAs(profile: profile, detected: settings.profile ?? settings.mapping.profile == nil))
        }
        if !map.unknown.isEmpty { note(.columnsNotUsed(map.unknown)) }
        let several = map.extraColumns.keys.sorted { $0.rawValue < $1.rawValue }
        if !several.isEmpty { note(.severalColumns(several)) }
        if !map.missing.isEmpty { summary.notImportable = .noColumnFor(missing: map.missing) }
        summary.submissionColumn = map.columns[.submittedAt].map { map.titles[$0] }
        if map.columns[.submittedAt] == nil, context.values[.submittedAt] == nil {
            summary.registeredOnImportDay = true
            note(
                .noSubmissionTime(
                    lookedFor: ToolVocabulary.submissionNames(for: profile), importDay: settings.today))
        }
        if map.columns[.responseID] == nil { note(.noResponseID) }
        if map.columns[.client] == nil, context.values[.client] == nil { note(.noClient) }
    }

    /// Adds a remark about the file to the summary.
    func note(_ kind: ImportNote.Kind) {
        summary.notes.append(ImportNote(file: summary.file, kind))
    }
}
