import Foundation

/// Recognises a survey question by its text, in Dutch or English, when the header is not one
/// of our column names: "Hoe beoordeelt u de trainer?" is the trainer's score, "Naam van de
/// trainer" is the trainer's name, "How would you rate the following? - The facilities" is
/// the facilities' score.
///
/// A matrix question names the dimension in its sub-question (after ` - `, or in `[...]`),
/// which is read first, so that "Rate the parts of the training [The trainer]" is the trainer.
enum QuestionText {
    /// The fields `text` asks for: usually one; two for a question that rates two dimensions
    /// at once ("de trainer en de zaal"), whose low score then counts for both (R4).
    static func fields(for text: String) -> [EvaluationField] {
        let whole = words(text)
        guard whole.count > 2 else { return [] }
        let sub = subQuestion(text).map(words) ?? ""
        if contains(whole, explainWords) { return [.comment] }
        if contains(whole, ratingWords) || (!sub.isEmpty && contains(sub, dimensionWords)) {
            let fromSub = scoreFields(sub)
            return fromSub.isEmpty ? scoreFields(whole) : fromSub
        }
        return contextField(whole).map { [$0] } ?? []
    }

    /// Lowercase words without accents, padded with spaces so that ` dag ` matches a whole word.
    static func words(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let spaced = folded.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : " " }
        return " " + String(spaced).split(separator: " ").joined(separator: " ") + " "
    }

    /// The part after the last ` - ` or inside the last `[...]`: a matrix question's row.
    private static func subQuestion(_ text: String) -> String? {
        if let open = text.lastIndex(of: "["), let close = text.lastIndex(of: "]"), open < close {
            return String(text[text.index(after: open)..<close])
        }
        if let dash = text.range(of: " - ", options: .backwards) { return String(text[dash.upperBound...]) }
        return nil
    }

    private static func contains(_ words: String, _ needles: [String]) -> Bool {
        needles.contains { words.contains($0) }
    }

    private static let ratingWords = [
        "beoordeel", "beoordeling", "cijfer", " rate ", " rating", " score", "tevreden", "satisf", "waardeer",
        " hoe vond", " how was", " how would you", " evaluate", " evalueer", " oordeel", " wat vond", " hoe beviel",
        " beviel", " what did you think", " how did you like", " how do you rate", " your opinion", " mening over",
    ]
    /// A question asking to explain a rating is a comment, not a score.
    private static let explainWords = [
        " toelicht", " licht toe", " waarom ", " why ", " explain", " uitleg", " toelichting", " opmerking",
        " comment", " suggesti", " verbeterpunt", " wat kan beter", " what could",
    ]
    private static let trainerWords = [
        " trainer", " trainster", " docent", " instructor", " teacher", " facilitator", " begeleider", " presenter",
        " coach ", " begeleiding", " vakkennis", " didactisch", " didactiek", " spreker", " speaker",
    ]
    private static let facilitiesWords = [
        "faciliteit", "facilities", "facility", "locatie", "location", "venue", "accommodatie", "zaal", "ruimte",
        "catering", "lunch", "voorzieningen", "lokaal", " room", "koffie", "bereikbaarheid", "parkeren",
    ]
    private static let dayWords = [
        " trainingsdag", " training day ", " trainingday ", " de dag ", " the day ", " lesdag", " dag ", " day ",
        " cursusdag", " organisatie van de dag", " dagprogramma",
    ]
    private static let trainingWords = [
        " training ", " trainingen ", " cursus ", " course ", " opleiding ", " workshop ", " inhoud ", " content ",
        " programma ", " programme ", " program ",
    ]
    private static var dimensionWords: [String] { trainerWords + facilitiesWords + dayWords + trainingWords }

    /// The dimensions a rating question names: the trainer, the facilities and the day by
    /// their words; the training only when none of those is named ("training day" is the day).
    private static func scoreFields(_ words: String) -> [EvaluationField] {
        guard !words.isEmpty else { return [] }
        var fields: [EvaluationField] = []
        if contains(words, trainerWords) { fields.append(.scoreTrainer) }
        if contains(words, facilitiesWords) { fields.append(.scoreFacilities) }
        if contains(words, dayWords) { fields.append(.scoreDay) }
        if fields.isEmpty, contains(words, trainingWords) { fields.append(.scoreTraining) }
        return fields
    }

    private static func contextField(_ words: String) -> EvaluationField? {
        let asksWhich = contains(
            words, [" naam ", " name ", " welke ", " which ", " wie ", " who ", " titel ", " title "])
        if contains(words, [" e mail", " email", " mail adres", " mailadres", " e mailadres "]) {
            return .respondentEmail
        }
        if contains(words, trainerWords) && asksWhich { return .trainer }
        if contains(words, [" datum ", " date ", " wanneer ", " when ", " trainingsdatum ", " cursusdatum "])
            && (contains(words, trainingWords) || contains(words, [" trainingsdatum ", " cursusdatum "]))
        {
            return .trainingDate
        }
        if contains(words, trainingWords) && asksWhich { return .training }
        if contains(
            words,
            [
                " organisatie", " organisation", " organization", " bedrijf", " company ", " werkgever", " employer",
                " klant ", " client ", " opdrachtgever",
            ])
        {
            return .client
        }
        if contains(words, [" uw naam ", " your name ", " naam ", " name ", " full name ", " volledige naam "]) {
            return .respondentName
        }
        if contains(
            words,
            [
                " opmerking", " comment", " toelichting", " feedback", " suggesti", " verbeter", " beter ",
                " anything else", " remark", " tips ", " waarom ", " why ", " anders ", " overige",
            ])
        {
            return .comment
        }
        return nil
    }
}
