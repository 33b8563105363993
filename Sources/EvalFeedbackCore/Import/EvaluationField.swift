/// The columns of our canonical export, and the names exports really give them.
public enum EvaluationField: String, Sendable, CaseIterable, Codable {
    case responseID = "response_id"
    case submittedAt = "submitted_at"
    case training
    case trainingDate = "training_date"
    case trainer
    case client
    case respondentName = "respondent_name"
    case respondentEmail = "respondent_email"
    case scoreTraining = "score_training"
    case scoreDay = "score_day"
    case scoreFacilities = "score_facilities"
    case scoreTrainer = "score_trainer"
    case comment
    /// The respondent's language (LimeSurvey's `startlanguage`, Qualtrics' `UserLanguage`):
    /// the language the case's letters are written in (issue 24). Not part of a response's
    /// fingerprint (R6), so that responses stored before it was read keep their keys.
    case language

    /// The score columns: without them a file is no evaluation export (R1). Those of the first
    /// release by name: a dimension added later is read where an export has it, and an older
    /// export without it is still an export.
    public static let required: [EvaluationField] = [.scoreTraining, .scoreDay, .scoreFacilities, .scoreTrainer]

    /// The fields a response's fingerprint is made of (R6), in their fixed order: those of the
    /// first release, named one by one, so that a field added later (the language, a new
    /// dimension's score) leaves the key of every response stored before as it was.
    static let fingerprinted: [EvaluationField] = [
        .responseID, .submittedAt, .training, .trainingDate, .trainer, .client, .respondentName, .respondentEmail,
        .scoreTraining, .scoreDay, .scoreFacilities, .scoreTrainer, .comment,
    ]

    /// The dimension a score column scores.
    public var dimension: Dimension? {
        switch self {
        case .scoreTraining: .training
        case .scoreDay: .day
        case .scoreFacilities: .facilities
        case .scoreTrainer: .trainer
        case .responseID, .submittedAt, .training, .trainingDate, .trainer, .client, .respondentName,
            .respondentEmail, .comment, .language:
            nil
        }
    }

    /// The score column of `dimension`.
    init(scoreOf dimension: Dimension) {
        switch dimension {
        case .training: self = .scoreTraining
        case .day: self = .scoreDay
        case .facilities: self = .scoreFacilities
        case .trainer: self = .scoreTrainer
        }
    }

    /// Header names that mean this field, normalised by `HeaderMap.normalise` (lowercase,
    /// no accents, letters and digits only). `training` and `trainer` name both a column of
    /// names and a score column; `HeaderMap` settles which from the other columns.
    var names: Set<String> {
        switch self {
        case .responseID:
            [
                "responseid", "id", "respondentid", "antwoordid", "responsid", "responsnummer", "responsenummer",
                "reactieid", "nummer", "nr", "volgnummer",
            ]
        case .submittedAt:
            [
                "submittedat", "submitted", "submissiondate", "timestamp", "tijdstempel", "ingevuldop", "ingediendop",
                "ingediend", "datumingevuld", "completiontime", "tijdstipvanvoltooien", "submitdate", "enddate",
                "einddatum", "ingevuld", "verzonden", "verzondenop", "datumverstuurd", "datesubmitted", "verstuurdop",
                "recordeddate", "zeitstempel", "horodateur", "marcatemporale", "marcadetemporal",
            ]
        case .training:
            [
                "training", "trainingname", "trainingnaam", "naamtraining", "cursus", "cursusnaam", "naamcursus",
                "opleiding", "opleidingsnaam", "course", "coursename", "programma",
            ]
        case .trainingDate:
            [
                "trainingdate", "trainingdatum", "trainingsdatum", "datumtraining", "cursusdatum", "datumcursus",
                "coursedate", "datum", "date", "lesdatum",
            ]
        case .trainer:
            [
                "trainer", "trainername", "trainernaam", "naamtrainer", "docent", "docentnaam", "naamdocent",
                "teacher", "instructor", "facilitator",
            ]
        case .client:
            [
                "client", "clientname", "klant", "klantnaam", "naamklant", "organisatie", "organisation",
                "organization", "bedrijf", "bedrijfsnaam", "company", "opdrachtgever", "werkgever", "employer",
            ]
        case .respondentName:
            [
                "respondentname", "respondent", "naam", "name", "deelnemer", "deelnemernaam", "naamdeelnemer",
                "participant", "participantname", "fullname", "volledigenaam", "naamrespondent",
            ]
        case .respondentEmail:
            [
                "respondentemail", "email", "emailadres", "emailaddress", "mail", "deelnemeremail", "emaildeelnemer",
                "participantemail", "emailrespondent",
            ]
        case .scoreTraining:
            [
                "scoretraining", "trainingscore", "cijfertraining", "trainingcijfer", "beoordelingtraining",
                "ratingtraining", "trainingrating", "training", "scorecursus", "cijfercursus",
            ]
        case .scoreDay:
            [
                "scoreday", "scoredag", "dayscore", "dag", "day", "trainingsdag", "trainingdag", "trainingday",
                "cijferdag", "dagcijfer", "beoordelingdag", "ratingday", "scoretrainingsdag", "scoretrainingday",
                "cijfertrainingsdag",
            ]
        case .scoreFacilities:
            [
                "scorefacilities", "scorefaciliteiten", "facilities", "faciliteiten", "cijferfaciliteiten",
                "beoordelingfaciliteiten", "facilitiesscore", "ratingfacilities", "locatie", "scorelocatie",
                "accommodatie", "voorzieningen",
            ]
        case .scoreTrainer:
            [
                "scoretrainer", "trainerscore", "cijfertrainer", "trainercijfer", "beoordelingtrainer", "ratingtrainer",
                "trainer", "scoredocent", "cijferdocent", "beoordelingdocent",
            ]
        case .comment:
            [
                "comment", "comments", "opmerking", "opmerkingen", "toelichting", "feedback", "remarks", "remark",
                "commentaar", "suggesties", "overigeopmerkingen", "anythingelse",
            ]
        case .language:
            [
                "language", "taal", "startlanguage", "userlanguage", "begintaal", "starttaal", "voorkeurstaal",
                "respondentlanguage", "sprache", "startsprache", "benutzersprache", "langue", "languededepart",
                "idioma", "lingua",
            ]
        }
    }
}
