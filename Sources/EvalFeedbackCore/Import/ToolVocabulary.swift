import Foundation

/// The column names survey tools write in their interface languages, for the few columns
/// whose place in the export says what the tool is and when a response was submitted.
///
/// The tools translate their own columns into the language of the account or the form's
/// owner: Google Forms' first column is `Timestamp`, `Tijdstempel`, `Zeitstempel`,
/// `Horodateur`, `Marca temporal`... Question texts are the form's own and need no list.
/// Names are compared by `key`: case, accents, spaces and punctuation do not matter, and
/// letters of every script count (a Russian or Japanese name is not reduced to nothing).
/// Sources: the tools' help pages and exports in public repositories (fixtures/real).
enum ToolVocabulary {
    /// Lowercase, without accents, letters and digits of any script only.
    static func key(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter(CharacterSet.alphanumerics.contains)))
            .replacingOccurrences(of: "ı", with: "i")
    }

    /// A set of keys from names as the tools write them.
    private static func keys(_ names: [String]) -> Set<String> { Set(names.map(key)) }

    /// Google Forms' first column, in the languages of its interface.
    static let googleTimestamp = [
        "Timestamp", "Tijdstempel", "Zeitstempel", "Horodateur", "Marca temporal", "Marca de tiempo",
        "Informazioni cronologiche", "Carimbo de data/hora", "Sygnatura czasowa", "Tidstämpel", "Tidsstempel",
        "Tidsmerke", "Aikaleima", "Zaman damgası", "Časová značka", "Marca de temps", "Időbélyeg", "Marcaj de timp",
        "Stempel waktu", "Dấu thời gian", "Χρονική σήμανση", "Отметка времени", "Позначка часу", "タイムスタンプ",
        "时间戳", "時間戳記", "타임스탬프", "חותמת זמן", "الطابع الزمني",
    ]
    static let googleTimestampKeys = keys(googleTimestamp)

    /// Microsoft Forms' second column: when the respondent opened the form.
    static let formsStart = [
        "Start time", "Begintijd", "Starttijd", "Startzeit", "Heure de début", "Hora de inicio", "Ora di inizio",
        "Hora de início", "Czas rozpoczęcia", "Starttid", "Starttidspunkt", "Aloitusaika", "Başlangıç saati",
        "Время начала",
    ]
    static let formsStartKeys = keys(formsStart)

    /// Microsoft Forms' third column: when the response was submitted.
    static let formsCompletion = [
        "Completion time", "Tijd van voltooien", "Tijdstip van voltooien", "Voltooiingstijd", "Eindtijd",
        "Fertigstellungszeit", "Abschlusszeit", "Heure de fin", "Heure d'achèvement", "Heure de l'achèvement",
        "Hora de finalización", "Ora di completamento", "Hora de conclusão", "Czas ukończenia", "Slutförandetid",
        "Tidspunkt for fuldførelse", "Valmistumisaika", "Tamamlanma saati", "Время завершения",
    ]
    static let formsCompletionKeys = keys(formsCompletion)

    /// Microsoft Forms' `Last modified time` (newer exports): when a response was last edited.
    static let formsLastModified = [
        "Last modified time", "Tijd van laatste wijziging", "Tijdstip van laatste wijziging",
        "Zeitpunkt der letzten Änderung", "Letzte Änderungszeit", "Heure de la dernière modification",
        "Hora de la última modificación", "Ora dell'ultima modifica", "Hora da última modificação",
    ]
    static let formsLastModifiedKeys = keys(formsLastModified)

    /// Words of a column that holds a time, for a Forms export in a language not listed above.
    static let timeWords = [
        "time", "tijd", "zeit", "heure", "hora", "ora", "czas", "tid", "aika", "saat", "время", "時刻", "时间",
    ].map(key)

    /// LimeSurvey's `submitdate`: code, and full-text headings in its interface languages.
    static let limeSubmitted = [
        "submitdate", "Date submitted", "Datum verstuurd", "Datum abgeschickt", "Date de soumission",
        "Fecha de envío", "Data di invio", "Data de submissão", "Data de envio",
    ]
    static let limeSubmittedKeys = keys(limeSubmitted)

    /// LimeSurvey's `datestamp`: the time of the last action, an unfinished response's date.
    static let limeLastAction = [
        "datestamp", "Date last action", "Datum laatste actie", "Datum letzte Aktivität",
        "Datum der letzten Aktivität", "Date de la dernière action", "Fecha de la última acción",
        "Data ultima azione", "Data da última ação",
    ]
    static let limeLastActionKeys = keys(limeLastAction)

    /// LimeSurvey's `startdate`.
    static let limeStarted = [
        "startdate", "Date started", "Startdatum", "Date de début", "Fecha de inicio", "Data di inizio",
        "Data de início",
    ]
    static let limeStartedKeys = keys(limeStarted)

    /// LimeSurvey's `startlanguage`, for an export whose columns are not in the usual order
    /// (in the usual order its place names it, in any language).
    static let limeLanguage = ["startlanguage", "Start language", "Begin taal", "Starttaal", "Startsprache"]
    static let limeLanguageKeys = keys(limeLanguage)

    /// Words of LimeSurvey's third and fourth columns (`lastpage`, `startlanguage`) in any language.
    static let pageWords = ["page", "pagina", "seite", "página", "strona", "sida", "sivu", "sayfa"].map(key)
    static let languageWords = ["language", "taal", "sprache", "langue", "idioma", "lingua", "język", "språk"].map(key)

    /// SurveyMonkey's first columns.
    static let monkeyRespondent = [
        "Respondent ID", "ID van respondent", "Respondent-ID", "Befragten-ID", "ID du répondant",
        "ID del encuestado", "ID do respondente", "ID rispondente",
    ]
    static let monkeyCollector = [
        "Collector ID", "Verzamelaar-ID", "Collector-ID", "ID du collecteur", "ID del recopilador",
        "ID do coletor", "ID raccoglitore",
    ]
    static let monkeyEnd = [
        "End Date", "Einddatum", "Enddatum", "Date de fin", "Fecha de finalización", "Data de término", "Data di fine",
    ]
    static let monkeyEndKeys = keys(monkeyEnd)

    /// The canonical column and the names that stand for it in any export (`EvaluationField.names`).
    static let canonicalSubmitted = ["submitted_at", "Submitted", "Ingevuld op", "Ingediend op", "Datum ingevuld"]

    /// The names an import looked for when no column gave the submission time, for the note that says so.
    static func submissionNames(for profile: ExportProfile) -> [String] {
        switch profile {
        case .googleForms: ["the first column: " + googleTimestamp.prefix(6).joined(separator: ", ") + ", ..."]
        case .microsoftForms: formsCompletion.prefix(8).map { $0 }
        case .surveyMonkey: monkeyEnd
        case .qualtrics, .qualtricsLegacy: ["RecordedDate", "EndDate"]
        case .limeSurvey: limeSubmitted
        case .canonical: canonicalSubmitted + ["Timestamp", "Completion time", "Date submitted", "End Date"]
        }
    }
}
