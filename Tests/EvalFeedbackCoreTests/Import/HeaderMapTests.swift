import Testing

@testable import EvalFeedbackCore

@Suite("Header names")
struct HeaderMapTests {
    @Test("The canonical header maps every column")
    func canonical() throws {
        let header = EvaluationField.allCases.map(\.rawValue)
        let map = try HeaderMap(header: header, file: "x.csv", line: 1)
        for (index, field) in EvaluationField.allCases.enumerated() {
            #expect(map.columns[field] == index)
        }
        #expect(map.unknown.isEmpty)
    }

    @Test("Dutch names, case, spaces and accents are forgiven; Training and Trainer become scores when names are taken")
    func dutch() throws {
        let header = [
            "Cursus", "Datum", "DOCENT", "Klant", "Naam", "E-mail", "Training", "Dag", "Faciliteiten",
            "Trainer", "Opmerking", "Bron",
        ]
        let map = try HeaderMap(header: header, file: "x.csv", line: 1)
        #expect(map.columns[.training] == 0)
        #expect(map.columns[.trainingDate] == 1)
        #expect(map.columns[.trainer] == 2)
        #expect(map.columns[.client] == 3)
        #expect(map.columns[.respondentName] == 4)
        #expect(map.columns[.respondentEmail] == 5)
        #expect(map.columns[.scoreTraining] == 6)
        #expect(map.columns[.scoreDay] == 7)
        #expect(map.columns[.scoreFacilities] == 8)
        #expect(map.columns[.scoreTrainer] == 9)
        #expect(map.columns[.comment] == 10)
        #expect(map.unknown == ["Bron"])
    }

    @Test("When Training and Trainer occur twice, the first is the name and the later one the score")
    func repeatedNames() throws {
        let header = ["Nr", "Training", "Trainer", "Klant", "Training", "Dag", "Faciliteiten", "Trainer"]
        let map = try HeaderMap(header: header, file: "x.csv", line: 1)
        #expect(map.columns[.training] == 1)
        #expect(map.columns[.trainer] == 2)
        #expect(map.columns[.scoreTraining] == 4)
        #expect(map.columns[.scoreTrainer] == 7)
    }

    @Test("Bare Training and Trainer are names where the other score columns are marked as scores")
    func markedStyle() throws {
        let header = ["Training", "Trainer", "Cijfer training", "Cijfer dag", "Cijfer faciliteiten", "Cijfer trainer"]
        let map = try HeaderMap(header: header, file: "x.csv", line: 1)
        #expect(map.columns[.training] == 0)
        #expect(map.columns[.trainer] == 1)
        #expect(map.columns[.scoreTraining] == 2)
        #expect(map.columns[.scoreTrainer] == 5)
    }

    @Test("Header normalisation drops case, accents and punctuation")
    func normalise() {
        #expect(HeaderMap.normalise("Score – Faciliteiten") == "scorefaciliteiten")
        #expect(HeaderMap.normalise(" Opmérking ") == "opmerking")
        #expect(HeaderMap.normalise("score_trainer") == "scoretrainer")
    }

    @Test("A missing score column stops the file with a message that lists what was expected and found")
    func missing() {
        #expect(throws: ImportError.self) {
            try HeaderMap(header: ["naam", "cursus", "dag"], file: "nov.csv", line: 1)
        }
        do {
            _ = try HeaderMap(header: ["naam", "cursus", "dag"], file: "nov.csv", line: 1)
        } catch {
            #expect(
                error.description
                    == "nov.csv:1: no column for score_training, score_facilities, score_trainer (found: naam, cursus, dag). "
                    + "This is not an export of a known survey tool, and these are not the canonical columns "
                    + "(response_id, submitted_at, training, training_date, trainer, client, respondent_name, "
                    + "respondent_email, score_training, score_day, score_facilities, score_trainer, comment, language) "
                    + "or survey questions about them. Run 'evalfeedback inspect nov.csv' to see what was recognised, "
                    + "then name the columns in a mapping file (--mapping; see docs/survey-tools.md) and import again.")
        }
    }

    @Test(
        "Survey questions are read by their text, in Dutch and English",
        arguments: [
            ("Hoe beoordeelt u de trainer?", EvaluationField.scoreTrainer),
            ("How would you rate the training day?", .scoreDay),
            ("Hoe beoordeelt u de faciliteiten (zaal, catering)?", .scoreFacilities),
            ("How would you rate the training overall?", .scoreTraining),
            ("Welk cijfer geeft u de cursus?", .scoreTraining),
            ("Hoe beoordeelt u de onderdelen van de training? [De docent]", .scoreTrainer),
            ("How would you rate the following? - The facilities", .scoreFacilities),
            ("Naam van de trainer", .trainer),
            ("Which training did you attend?", .training),
            ("Datum van de training", .trainingDate),
            ("Uw organisatie", .client),
            ("Your name", .respondentName),
            ("Uw e-mailadres", .respondentEmail),
            ("Heeft u nog opmerkingen?", .comment),
            ("Any other comments?", .comment),
        ])
    func questions(text: String, field: EvaluationField) {
        #expect(QuestionText.fields(for: text).first == field)
    }

    @Test(
        "Columns no survey asks about stay unused",
        arguments: ["Begintijd", "IP Address", "Duration (in seconds)", "Bron"])
    func unrelated(text: String) {
        #expect(QuestionText.fields(for: text).first == nil)
    }
}
