extension NewCase {
    /// The case a flagged evaluation response opens (R3).
    ///
    /// It is registered on the day the client submitted the evaluation, because that is when
    /// the client told the academy; a response without a readable submission time (or one
    /// dated after `today`) is registered `today`, the day the academy read it (the import
    /// decides, and computes the deadlines once per day).
    init(
        flagged response: EvaluationResponse, lowScores: [LowScore], registeredOn registered: LocalDate,
        deadlines: Deadlines
    ) {
        source = .evaluation
        client = response.client
        contactName = response.respondentName
        contactEmail = response.respondentEmail
        training = response.training
        trainer = response.trainer
        self.lowScores = lowScores
        summary = response.comment
        registeredOn = registered
        self.deadlines = deadlines
    }
}
