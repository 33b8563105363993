import Foundation

extension QuarterlyReport {
    /// The report's sections, in reading order, in `w`'s words.
    func sections(_ w: ReportWords) -> [ReportSection] {
        [
            headlineSection(w), distributionSection(w), trendSection(w),
            groupSection(w.say("Per training", "Per training"), trainings, w),
            groupSection(w.say("Per trainer", "Per trainer"), trainers, w), handlingSection(w), recurringSection(w),
            notesSection(w),
        ]
    }

    static func number(_ value: Double?, decimals: Int = 2) -> String {
        value.map { String(format: "%.\(decimals)f", $0) } ?? "-"
    }

    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f%%", $0 * 100) } ?? "-"
    }

    static func percent(_ share: Share) -> String { percent(share.share) }

    /// `▲ +1.20` / `▼ -0.30` / `= 0`: the change, for people.
    static func change(_ delta: Double?, percent isPercent: Bool = false, decimals: Int = 2) -> String {
        guard let delta else { return "-" }
        let shown = isPercent ? String(format: "%+.1f pt", delta * 100) : String(format: "%+.\(decimals)f", delta)
        if abs(delta) < 0.000_001 { return "= 0" }
        return (delta > 0 ? "▲ " : "▼ ") + shown
    }

    private func comparedRow(_ label: String, _ figure: Compared, percent isPercent: Bool = false, decimals: Int = 2)
        -> [String]
    {
        let show = { (value: Double?) in isPercent ? Self.percent(value) : Self.number(value, decimals: decimals) }
        return [
            label, show(figure.value), show(figure.previous),
            Self.change(figure.changeFromPrevious, percent: isPercent, decimals: decimals), show(figure.yearEarlier),
            Self.change(figure.changeFromYearEarlier, percent: isPercent, decimals: decimals),
        ]
    }

    private func headlineSection(_ w: ReportWords) -> ReportSection {
        var section = ReportSection(title: w.say("Samenvatting", "Summary"))
        let low = LowScore.format(lowScoreThreshold)
        section.lines = [
            w.say(
                "Periode \(period.label) (\(period.from) tot en met \(period.to)), vergeleken met "
                    + "\(previousPeriod.label) en \(yearEarlierPeriod.label); gemaakt op \(madeOn). Een score van "
                    + "\(low) of lager telt als laag. Dit rapport bevat geen persoonsgegevens: geen namen, "
                    + "e-mailadressen of opmerkingen.",
                "Period \(period.label) (\(period.from) to \(period.to)), compared with \(previousPeriod.label) and "
                    + "\(yearEarlierPeriod.label); made on \(madeOn). A score of \(low) "
                    + "or lower counts as low. This report holds no personal data: no names, email addresses or comments.")
        ]
        let change = w.say("verschil", "change")
        var table = ReportSection.Table(
            headers: [w.say("cijfer", "figure"), period.label, previousPeriod.label, change, yearEarlierPeriod.label, change],
            rows: [])
        table.rows.append(comparedRow(w.say("antwoorden", "responses"), headline.responses, decimals: 0))
        table.rows.append(
            comparedRow(w.say("antwoorden met een lage score", "responses with a low score"), headline.flags, decimals: 0))
        for figures in headline.dimensions {
            let name = w.dimension(figures.dimension)
            table.rows.append(comparedRow(w.say("gemiddelde score, \(name)", "average score, \(name)"), figures.mean))
            table.rows.append(
                comparedRow(
                    w.say("aandeel lage scores, \(name)", "share of low scores, \(name)"), figures.lowShare, percent: true))
        }
        table.rows.append(comparedRow(w.say("zaken geopend", "cases opened"), headline.casesOpened, decimals: 0))
        table.rows.append(comparedRow(w.say("zaken afgesloten", "cases closed"), headline.casesClosed, decimals: 0))
        table.rows.append(
            comparedRow(w.say("zaken open aan het eind", "cases open at the end"), headline.casesOpenAtEnd, decimals: 0))
        section.tables = [table]
        return section
    }

    private func distributionSection(_ w: ReportWords) -> ReportSection {
        var section = ReportSection(title: w.say("Hoe vaak elke score gegeven werd", "How many gave each score"), chart: .distribution)
        var table = ReportSection.Table(headers: [w.say("onderdeel", "dimension")] + (1...10).map(String.init), rows: [])
        table.rows = distribution.map { [w.dimension($0.dimension)] + $0.counts.map(String.init) }
        section.tables = [table]
        return section
    }

    private func trendSection(_ w: ReportWords) -> ReportSection {
        var section = ReportSection(
            title: w.say("Gemiddelde score per maand, over twaalf maanden", "Average score per month, over twelve months"),
            chart: .trend)
        var table = ReportSection.Table(
            headers: [w.say("maand", "month"), w.say("antwoorden", "responses")] + Dimension.allCases.map(w.dimension),
            rows: [])
        table.rows = trend.map { [$0.month, String($0.responses)] + $0.means.map { Self.number($0) } }
        section.tables = [table]
        return section
    }

    private func groupSection(_ title: String, _ groups: [GroupFigures], _ w: ReportWords) -> ReportSection {
        var section = ReportSection(title: title)
        section.lines = [
            w.say(
                "Minder dan vijf antwoorden worden samengenomen als overig, zodat niemand te herkennen is.",
                "Fewer than five responses are grouped as other, so that no respondent can be recognised.")
        ]
        var table = ReportSection.Table(
            headers: [w.say("naam", "name"), w.say("antwoorden", "responses")]
                + Dimension.allCases.map { w.say("gemiddeld \(w.dimension($0))", "average \($0.label)") }
                + [w.say("aandeel met een lage score", "share with a low score")],
            rows: [])
        table.rows = groups.map {
            [w.group($0.name), String($0.responses)] + $0.means.map { Self.number($0) } + [Self.percent($0.low)]
        }
        section.tables = [table]
        return section
    }

    private func handlingSection(_ w: ReportWords) -> ReportSection {
        var section = ReportSection(title: w.say("Klachtafhandeling", "Complaint handling"), chart: .deadlines)
        let median = handling.medianWorkingDaysToContact.map {
            w.say(
                "; gemiddeld (mediaan) na \(Self.number($0, decimals: 1)) werkdagen",
                "; on average (median) after \(Self.number($0, decimals: 1)) working days")
        }
        let contacted = handling.contactedInTime, resolved = handling.resolvedInTime, told = handling.delayToldInTime
        let listed =
            handling.lateCount > handling.late.count
            ? w.say(
                " (de eerste \(handling.late.count) staan hieronder; het registeruittreksel noemt ze allemaal). ",
                " (the first \(handling.late.count) are listed; "
                    + (w.onPage ? "the register extract lists all). " : "'evalfeedback register' lists all). "))
            : ". "
        let endDay = min(period.to, madeOn)
        section.lines = [
            w.say(
                "Klant binnen twee werkdagen gesproken: \(contacted.count) van \(contacted.of) zaken "
                    + "(\(Self.percent(contacted)))\(median ?? "").",
                "Client contacted within two working days: \(contacted.count) of "
                    + "\(contacted.of) cases due (\(Self.percent(contacted)))\(median ?? "")."),
            w.say(
                "Binnen vier weken afgehandeld, of op een latere datum die de klant op tijd hoorde: "
                    + "\(resolved.count) van \(resolved.of) zaken (\(Self.percent(resolved))).",
                "Resolved within four weeks, or by a later date the client was told of in time: "
                    + "\(resolved.count) of \(resolved.of) cases due (\(Self.percent(resolved)))."),
            w.say(
                "Klant over de vertraging ingelicht voor de vier weken om waren: \(told.count) van \(told.of) "
                    + "zaken die langer duurden (\(Self.percent(told))).",
                "Client told of the delay before the four weeks ended: \(told.count) of "
                    + "\(told.of) cases that took longer (\(Self.percent(told)))."),
            w.say(
                "Te laat afgehandeld of na de termijn nog open: \(handling.lateCount)\(listed)"
                    + "Nog open met een verstreken termijn (contact of afhandeling) op \(endDay): "
                    + "\(handling.overdueAtEnd). Klanten tevreden over de afhandeling van hun klacht: "
                    + "\(satisfied.count) van \(satisfied.of) die antwoordden (\(Self.percent(satisfied))).",
                "Resolved late or still open after the deadline: \(handling.lateCount)\(listed)"
                    + "Still open with a deadline passed (contact or resolution) on \(endDay): "
                    + "\(handling.overdueAtEnd). Clients satisfied "
                    + "with how their complaint was handled: \(satisfied.count) of \(satisfied.of) who answered "
                    + "(\(Self.percent(satisfied)))."),
        ]
        let counts = { (title: String, values: [Count]) in
            ReportSection.Table(
                headers: [title, w.say("zaken", "cases")],
                rows: values.map { [w.countLabel($0.label), String($0.count)] })
        }
        section.tables = [
            counts(w.say("bron", "source"), handling.bySource), counts(w.say("lage score op", "low dimension"), handling.byDimension),
            counts(w.say("uitkomst", "outcome"), handling.outcomes),
            ReportSection.Table(
                headers: [w.say("te late zaak", "late case"), w.say("termijn", "deadline"), w.say("afgehandeld", "resolved")],
                rows: handling.late.map {
                    [String($0.caseID), $0.due.description, $0.closedOn?.description ?? w.say("nog open", "still open")]
                }),
            ReportSection.Table(
                headers: [
                    w.say("verlengde zaak", "extended case"), w.say("klant laatst ingelicht", "client last told"),
                    w.say("antwoord beloofd", "answer promised"), w.say("klant op tijd ingelicht", "client told in time"),
                    w.say("reden", "reason"),
                ],
                rows: handling.extensions.map {
                    [
                        String($0.caseID), $0.toldOn.description, $0.expected.description,
                        $0.missedDeadline.map { w.say("nee: niet ingelicht voor \($0)", "no: not told by \($0)") }
                            ?? w.yes(true), $0.reason,
                    ]
                }),
            ReportSection.Table(
                headers: [
                    w.say("zaak in beroep", "appealed case"), w.say("beroep", "appealed"), w.say("uitspraak", "ruling"),
                    w.say("uitspraak op", "ruled"),
                ],
                rows: handling.appeals.map {
                    [
                        String($0.caseID), $0.appealedOn.description,
                        $0.ruling.map { Ruling(rawValue: $0).map(w.ruling) ?? $0 } ?? w.say("afwachten", "awaited"),
                        $0.ruledOn?.description ?? "-",
                    ]
                }),
        ].filter { !$0.rows.isEmpty }
        return section
    }

    /// The footnote: which rule of the complaints procedure each figure follows, said once.
    private func notesSection(_ w: ReportWords) -> ReportSection {
        var section = ReportSection(title: w.say("Toelichting", "Notes"))
        section.lines = [
            w.say(
                "De cijfers volgen de klachtenprocedure van de academie (regels R1-R17): een lage score, R2; contact "
                    + "binnen twee werkdagen, R9; afhandeling binnen vier weken, R10; de klant op tijd inlichten over "
                    + "een vertraging, R11 (een te laat gemelde verlenging is een overtreding, en de zaak telt als te "
                    + "laat, wat er daarna ook beloofd werd); beroep, R12; persoonsgegevens, R16.",
            "The figures follow the academy's complaints procedure (rules R1-R17): a low score, R2; contact within "
                + "two working days, R9; resolution within four weeks, R10; telling the client in time of a delay, "
                + "R11 (an extension told late is a breach, and the case counts as late whatever was promised after); "
                + "appeals, R12; personal data, R16.")
        ]
        return section
    }

    private func recurringSection(_ w: ReportWords) -> ReportSection {
        var section = ReportSection(title: w.say("Terugkerende problemen", "Recurring problems"))
        section.lines = [
            recurring.isEmpty
                ? w.say(
                    "Geen zaak is in deze periode met een oorzaak afgesloten.",
                    "No case was closed with a cause in this period.")
                : w.say(
                    "Oorzaken vastgelegd bij het afsluiten van zaken; gemarkeerd als dezelfde oorzaak in twee of meer "
                        + "kwartalen terugkwam.",
                    "Causes recorded when closing cases; marked when the same cause came back in two or more quarters.")
        ]
        if !recurring.isEmpty {
            section.tables = [
                ReportSection.Table(
                    headers: [
                        w.say("oorzaak", "cause"), "training", "trainer", w.say("zaken", "cases"),
                        w.say("kwartalen", "quarters"), w.say("terugkerend", "recurring"),
                    ],
                    rows: recurring.map {
                        [
                            $0.cause, w.group($0.training), w.group($0.trainer), String($0.cases),
                            $0.quarters.joined(separator: " "),
                            $0.recurring ? w.yes(true) : "",
                        ]
                    })
            ]
        }
        return section
    }
}
