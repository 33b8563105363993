/// What a file's first rows say about the tool that wrote it: which tool, how many header rows,
/// and which columns hold the tool's own bookkeeping (the completion time, the response id,
/// the respondent's language).
///
/// Recognised by structure, so in every interface language: the tools translate their column
/// names, but not where they put them. Google Forms' first column is the timestamp; Microsoft
/// Forms starts `ID`, start time, completion time; LimeSurvey starts id, submit date, last
/// page, start language; SurveyMonkey starts with two id columns over an empty second header
/// row; Qualtrics' first row holds its export tags (`ResponseId`, `Q1`, `Q3_2`), or `V1…V10`
/// in the legacy export, and its data rows' response ids start `R_`. Header rows are counted
/// the same way, so that they never become responses.
struct ExportLayout: Equatable {
    let profile: ExportProfile
    /// How many of the rows given are header rows.
    let headerRows: Int
    /// The columns whose place says what they are: the completion column (the registration
    /// day, R8-R10), the tool's response id, the respondent's language (LimeSurvey, Qualtrics),
    /// and in Microsoft Forms the e-mail and name.
    var fields: [EvaluationField: Int] = [:]
    /// The time of the last action, for an unfinished response (LimeSurvey's `datestamp`).
    var lastAction: Int?
    /// Qualtrics' `Finished`.
    var finished: Int?
    /// The tool's other times (start, or a second end time): not read as questions or as the
    /// submission time.
    var bookkeeping: [Int] = []

    /// The layout of the file whose first rows (up to three, cells trimmed) are `rows`; nil
    /// when no tool's structure is there.
    static func detect(_ rows: [[String]]) -> ExportLayout? {
        guard let first = rows.first, !first.isEmpty else { return nil }
        let keys = first.map(ToolVocabulary.key)
        return qualtricsLegacy(rows, keys) ?? qualtrics(rows, keys) ?? surveyMonkey(rows, keys)
            ?? limeSurvey(keys) ?? microsoftForms(keys) ?? googleForms(keys)
    }

    /// A Qualtrics import-id cell: `{"ImportId":"QID3_1"}`, or `{'ImportId': 'QID3-1'}` as older exports write it.
    static func isImportID(_ cell: String) -> Bool {
        cell.hasPrefix("{") && cell.hasSuffix("}") && cell.contains("ImportId")
    }

    /// A row of import ids: Qualtrics' third header row.
    static func isImportIDRow(_ row: [String]) -> Bool {
        let filled = row.filter { !$0.isEmpty }
        return !filled.isEmpty && filled.filter(isImportID).count * 2 > filled.count
    }

    private static func index(_ keys: [String], _ wanted: Set<String>) -> Int? {
        keys.firstIndex(where: wanted.contains)
    }

    private static func qualtricsLegacy(_ rows: [[String]], _ keys: [String]) -> ExportLayout? {
        guard keys.first == "v1", keys.count > 1, keys[1] == "v2" else { return nil }
        let names = rows.count > 1 ? rows[1].map(ToolVocabulary.key) : []
        // V1…V10 are ResponseID, ResponseSet, Name, ExternalDataReference, EmailAddress,
        // IPAddress, Status, StartDate, EndDate, Finished; the second row names them.
        func column(_ name: String, legacy: Int) -> Int? {
            names.firstIndex(of: name) ?? (keys.count > legacy ? legacy : nil)
        }
        var layout = ExportLayout(profile: .qualtricsLegacy, headerRows: min(2, rows.count))
        layout.fields[.responseID] = column("responseid", legacy: 0)
        layout.fields[.submittedAt] = column("enddate", legacy: 8)
        layout.finished = column("finished", legacy: 9)
        layout.bookkeeping = [column("startdate", legacy: 7)].compactMap { $0 }
        return layout
    }

    /// Qualtrics' metadata tags, which are English whatever the labels' language.
    private static let qualtricsTags: Set<String> = [
        "startdate", "enddate", "status", "ipaddress", "progress", "durationinseconds", "finished", "recordeddate",
        "responseset", "distributionchannel", "userlanguage", "externalreference", "externaldatareference",
    ]

    private static func qualtrics(_ rows: [[String]], _ keys: [String]) -> ExportLayout? {
        let importRow = rows.indices.first { $0 > 0 && isImportIDRow(rows[$0]) }
        // Qualtrics writes the tag exactly so; `response_id` is our own canonical column.
        let idColumn = rows[0].firstIndex { $0 == "ResponseId" || $0 == "ResponseID" }
        let headerRows: Int
        if let importRow {
            headerRows = importRow + 1
        } else {
            // Without an import-id row, the header ends before the first row whose response id
            // is Qualtrics' `R_…`; without such a row, nothing says this is Qualtrics.
            let tags = keys.filter(qualtricsTags.contains).count
            let questionTags = rows[0].filter { $0.wholeMatch(of: /Q[0-9]+(_[0-9A-Za-z-]+)*/) != nil }.count
            guard let idColumn, tags >= 2 || questionTags >= 1,
                let firstResponse = rows.indices.dropFirst().first(where: { row in
                    idColumn < rows[row].count && rows[row][idColumn].hasPrefix("R_")
                })
            else { return nil }
            headerRows = firstResponse
        }
        var layout = ExportLayout(profile: .qualtrics, headerRows: headerRows)
        layout.fields[.responseID] = idColumn ?? keys.firstIndex(of: "responseid")
        let recorded = keys.firstIndex(of: "recordeddate")
        let end = keys.firstIndex(of: "enddate")
        // `EndDate` is when the respondent finished; `RecordedDate` when Qualtrics closed the
        // response, hours later for an unfinished one.
        layout.fields[.submittedAt] = end ?? recorded
        layout.fields[.language] = keys.firstIndex(of: "userlanguage")
        layout.finished = keys.firstIndex(of: "finished")
        layout.bookkeeping = [keys.firstIndex(of: "startdate"), end == nil ? nil : recorded].compactMap { $0 }
        return layout
    }

    private static func surveyMonkey(_ rows: [[String]], _ keys: [String]) -> ExportLayout? {
        let named =
            keys.contains { ToolVocabulary.monkeyRespondent.map(ToolVocabulary.key).contains($0) }
            && keys.contains { ToolVocabulary.monkeyCollector.map(ToolVocabulary.key).contains($0) }
        // Two id columns, then start and end; the second header row is empty under them and
        // names answers (`Response`, matrix rows) under the questions.
        let second = rows.count > 1 ? rows[1] : []
        let emptyUnderMetadata =
            second.count > 4 && second.prefix(4).allSatisfy(\.isEmpty)
            && second.dropFirst(4).contains { !$0.isEmpty }
        let structural = keys.count > 4 && keys[0].contains("id") && keys[1].contains("id") && emptyUnderMetadata
        guard (named && (emptyUnderMetadata || second.isEmpty)) || structural else { return nil }
        var layout = ExportLayout(profile: .surveyMonkey, headerRows: min(2, rows.count))
        layout.fields[.responseID] = 0
        layout.fields[.submittedAt] = index(keys, ToolVocabulary.monkeyEndKeys) ?? (keys.count > 3 ? 3 : nil)
        layout.bookkeeping = keys.count > 2 && layout.fields[.submittedAt] != 2 ? [2] : []
        return layout
    }

    private static func limeSurvey(_ keys: [String]) -> ExportLayout? {
        // `id`, then `token` in a survey with participants, then submit date, last page, start language.
        guard keys.count > 3, keys[0].contains("id") else { return nil }
        let page = [2, 3].first { page in
            page + 1 < keys.count && ToolVocabulary.pageWords.contains(where: keys[page].contains)
                && ToolVocabulary.languageWords.contains(where: keys[page + 1].contains)
        }
        // Without the start language, the names themselves: `submitdate` and `lastpage`, or their texts.
        let named = index(keys, ToolVocabulary.limeSubmittedKeys).flatMap { submitted in
            keys.contains { key in ToolVocabulary.pageWords.contains(where: key.contains) } ? submitted : nil
        }
        guard let submitted = page.map({ $0 - 1 }) ?? named else { return nil }
        var layout = ExportLayout(profile: .limeSurvey, headerRows: 1)
        layout.fields[.responseID] = 0
        layout.fields[.submittedAt] = submitted
        layout.fields[.language] = page.map { $0 + 1 } ?? index(keys, ToolVocabulary.limeLanguageKeys)
        layout.lastAction = index(keys, ToolVocabulary.limeLastActionKeys)
        layout.bookkeeping = [index(keys, ToolVocabulary.limeStartedKeys)].compactMap { $0 }
        return layout
    }

    private static func microsoftForms(_ keys: [String]) -> ExportLayout? {
        guard keys.count > 2, keys[0] == "id" || keys[0] == "identifiant" else { return nil }
        let named =
            ToolVocabulary.formsStartKeys.contains(keys[1]) && ToolVocabulary.formsCompletionKeys.contains(keys[2])
        let timed =
            ToolVocabulary.timeWords.contains(where: keys[1].contains)
            && ToolVocabulary.timeWords.contains(where: keys[2].contains)
        guard named || timed else { return nil }
        var layout = ExportLayout(profile: .microsoftForms, headerRows: 1)
        layout.fields[.responseID] = 0
        layout.fields[.submittedAt] = 2
        // `Email`, `E-mail`, `Adresse de messagerie`, `Correo electrónico`, then the name.
        if keys.count > 4, ["mail", "messagerie", "correo", "posta"].contains(where: keys[3].contains) {
            layout.fields[.respondentEmail] = 3
            layout.fields[.respondentName] = 4
        }
        layout.bookkeeping = [1, index(keys, ToolVocabulary.formsLastModifiedKeys)].compactMap { $0 }
        return layout
    }

    private static func googleForms(_ keys: [String]) -> ExportLayout? {
        guard ToolVocabulary.googleTimestampKeys.contains(keys[0]) else { return nil }
        var layout = ExportLayout(profile: .googleForms, headerRows: 1)
        layout.fields[.submittedAt] = 0
        return layout
    }
}
