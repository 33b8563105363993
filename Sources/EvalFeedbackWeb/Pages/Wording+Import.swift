import EvalFeedbackCore

/// What an import did and found, in the reader's language: its summary line, its remarks on
/// the file, its field warnings (R4) and why records were rejected (R5). The library hands
/// them over as values (`ImportNote`, `FieldIssue`, `RejectReason`); names of files, columns
/// and values are the file's own and shown as they are. Where the CLI's English names none of
/// its options, an English reader gets those very words (`description`): each is spelled once.
extension Wording {
    /// What an import did, as its summary line says it (R3-R6).
    func imported(_ outcome: ImportOutcome) -> String {
        switch outcome {
        case .imported(let summary):
            var parts = [
                say("\(summary.records) regels", "\(summary.records) records"),
                say("\(summary.accepted) geïmporteerd", "\(summary.accepted) imported"),
                say("\(summary.rejected) afgekeurd", "\(summary.rejected) rejected"),
                say("\(summary.flagged) met een lage score", "\(summary.flagged) flagged"),
                say("\(summary.casesOpened) zaken geopend", "\(summary.casesOpened) cases opened"),
                say("\(summary.alreadyKnown) al bekend", "\(summary.alreadyKnown) already known"),
            ]
            if summary.changed > 0 {
                parts.append(say("\(summary.changed) sindsdien gewijzigd", "\(summary.changed) changed since"))
            }
            if summary.incomplete > 0 {
                parts.append(say("\(summary.incomplete) onvoltooid", "\(summary.incomplete) unfinished"))
            }
            if summary.warningCount > 0 {
                parts.append(say("\(summary.warningCount) waarschuwingen", "\(summary.warningCount) warnings"))
            }
            var line = "\(summary.file): " + parts.joined(separator: ", ")
            if summary.registeredOnImportDay, summary.casesOpened > 0 {
                line += say(
                    "; geen inzendtijd: zaken geregistreerd op de dag van de import",
                    "; no submission time: cases registered on the import day")
            }
            return line
        case .alreadyImported(let file, let day, let id):
            return say(
                "\(file): al geïmporteerd op \(day) (import #\(id)); er is niets gewijzigd",
                "\(file): already imported on \(day) (import #\(id)); nothing changed")
        case .checked(let summary):
            return say(
                "\(summary.file): proefimport, niets opgeslagen: \(summary.records) regels, \(summary.rejected) afgekeurd",
                "\(summary.file): dry run, nothing written: \(summary.records) records, \(summary.rejected) rejected")
        }
    }

    /// The warnings counted but not listed.
    func moreWarnings(_ count: Int) -> String {
        say(
            "nog \(count) waarschuwingen, bewaard bij hun antwoorden",
            "\(count) more warnings, stored with their responses")
    }

    /// The records of an import not listed.
    func moreRejects(_ count: Int) -> String {
        say("nog \(count) afgekeurde regels", "\(count) more rejected records")
    }

    /// Which import a list of rejects is of: its file, number and day.
    func importHeading(_ rejects: ImportRejects) -> String {
        say(
            "\(rejects.file) (import #\(rejects.importID) op \(rejects.importedOn)): \(rejects.total) afgekeurd",
            "\(rejects.file) (import #\(rejects.importID) on \(rejects.importedOn)): \(rejects.total) rejected")
    }

    /// A remark on a file, after the file (and line) it is about.
    func remark(_ note: ImportNote) -> String {
        "\(note.place): " + remark(note.kind)
    }

    /// What an import remarks about a file. The CLI's advice names its options; a page's
    /// reader asks the administrator, who keeps the mapping files, or the lead, who assigns.
    func remark(_ kind: ImportNote.Kind) -> String {
        switch kind {
        case .readAs(let profile, let detected):
            let how = detected ? say("herkend", "detected") : say("zo ingesteld", "as told")
            return say("gelezen als export van \(tool(profile)) (\(how))", "read as a \(tool(profile)) export (\(how))")
        case .columnsNotUsed(let columns):
            return say("kolommen niet gebruikt: ", "columns not used: ") + shortList(columns)
        case .severalColumns(let fields):
            let names = fields.map(\.rawValue).joined(separator: ", ")
            return say(
                "meerdere kolommen voor \(names); ze worden alle gelezen, de laagste score telt",
                "several columns for \(names); all are read, the lowest score counts")
        case .noSubmissionTime(let names, let today):
            let looked = names.joined(separator: ", ")
            return say(
                "geen kolom geeft de inzendtijd (gezocht naar: \(looked)); de zaken worden geregistreerd op de dag van "
                    + "de import, \(today). Heet de kolom anders, laat de beheerder hem dan benoemen in een "
                    + "mapping-bestand",
                "no column gives the submission time (looked for: \(looked)); its cases are registered on the import "
                    + "day, \(today). If the column has another name, ask the administrator to name it in a mapping file"
            )
        case .noResponseID:
            return say(
                "geen kolom response_id; antwoorden worden herkend aan hun inhoud (R6)", kind.description)
        case .noClient:
            return say(
                "geen kolom client; de zaken hebben geen accountmanager (R15): de teamleider wijst ze toe",
                "no client column; its cases have no account manager (R15): the lead assigns them")
        case .trailingDelimiter:
            return say(
                "elke regel eindigt op een scheidingsteken dat de kopregel niet heeft; het lege laatste veld wordt "
                    + "genegeerd", kind.description)
        case .ambiguousDates(let monthFirst, let profile):
            let order = monthFirst ? say("maand eerst (VS)", "month-first (US)") : say("dag eerst", "day-first")
            return say(
                "datums als 03/04/2026 worden gelezen als \(order), zoals \(tool(profile)) ze schrijft; klopt dat niet, "
                    + "laat de beheerder dan 'dates' instellen in een mapping-bestand",
                "dates like 03/04/2026 are read \(order) as \(tool(profile)) writes them; if that is wrong, ask the "
                    + "administrator to set 'dates' in a mapping file")
        case .headerRepeated:
            return say("de kopregel staat hier nog een keer; overgeslagen", kind.description)
        case .idsPerForm(let profile):
            return say(
                "\(tool(profile)) nummert de antwoorden per formulier, en de bestandsnaam noemt het formulier niet; "
                    + "antwoorden worden onderscheiden op nummer en inzendtijd. Laat de beheerder het formulier "
                    + "opgeven ('form' in een mapping-bestand), zodat een bewerkt antwoord als hetzelfde herkend wordt",
                "\(tool(profile)) counts response ids per form, and the file name does not name the form; responses "
                    + "are told apart by id and submission time. Ask the administrator to give the form ('form' in a "
                    + "mapping file) so that an edited response is recognised as the same one")
        case .noColumnFor(let missing):
            let names = missing.map(\.rawValue).joined(separator: ", ")
            return missing.count == EvaluationField.required.count
                ? say("geen beoordelingsvraag gevonden (geen kolom voor \(names))", kind.description)
                : say("geen kolom voor \(names)", kind.description)
        }
    }

    /// A field warning (R4): where, which field, and what is wrong.
    func warning(_ warning: FieldWarning) -> String {
        "\(text("warning")): \(warning.file):\(warning.line): \(warning.field): \(issue(warning.issue))"
    }

    /// What is wrong with a field, and what was done about it (R4).
    func issue(_ issue: FieldIssue) -> String {
        switch issue {
        case .nulBytesRemoved:
            return say("bevat NUL-bytes, die zijn verwijderd", issue.description)
        case .notUTF8:
            return say("is geen geldige UTF-8; gelezen als Windows-1252, controleer de tekst", issue.description)
        case .otherColumnNotAScore(let text):
            return say("een andere kolom ervoor bevat ‘\(text)’, geen score; genegeerd (R4)", issue.description)
        case .notADate(let text):
            return say(
                "‘\(text)’ is geen datum (verwacht bijvoorbeeld 2026-11-23, 2026-11-23T14:05:09, 23-11-2026 of "
                    + "23-11-2026 14:05); leeg gelaten", issue.description)
        case .notAScore(let text):
            return say(
                "‘\(text)’ is geen score van 1 tot 10; genegeerd, de andere scores van het antwoord tellen mee (R4)",
                issue.description)
        case .submittedAfterImportDay(let submitted, let today):
            return say(
                "ingezonden op \(submitted), na de dag van de import (\(today)); de zaak is geregistreerd op "
                    + "\(today). Controleer de datums in de export",
                "submitted on \(submitted), after the import day (\(today)); its case is registered on \(today). "
                    + "Check the export's dates")
        case .cutOff(let limit, let kept):
            return say(
                "de regel is langer dan \(limit) MiB; dit veld is afgekapt na \(kept) KiB", issue.description)
        case .strayQuotes(let problem):
            return say(
                "\(lineProblem(problem)); gelezen met de aanhalingstekens als tekst, controleer het", issue.description)
        case .strayQuotesInUnreadColumn(let problem, let column):
            return say(
                "\(lineProblem(problem)) in kolom \(column), die niet gelezen wordt; controleer de regel",
                issue.description)
        }
    }

    /// Why a record was rejected (R5): from its values, or, for a reject an older register
    /// stored with its words only, those words.
    func rejection(_ record: RejectedRecord) -> String {
        record.problem.map(rejection) ?? record.reason
    }

    /// Why a record was rejected (R5).
    func rejection(_ reason: RejectReason) -> String {
        switch reason {
        case .unreadable(let problem):
            return lineProblem(problem)
        case .fieldCount(let found, let expected, let quotes):
            return say(
                "\(quotes.map { "\(lineProblem($0)), en de regel " } ?? "")heeft \(found) velden waar de kopregel er "
                    + "\(expected) heeft; een scheidingsteken in een waarde zonder aanhalingstekens, of een ontbrekend "
                    + "scheidingsteken, verschuift de kolommen, dus de scores zijn niet veilig te lezen",
                reason.description)
        }
    }

    /// What the CSV reading could not take in a line as written.
    func lineProblem(_ problem: LineProblem) -> String {
        switch problem {
        case .misplacedQuote: say("een aanhalingsteken op de verkeerde plaats", problem.description)
        case .unclosedQuote: say("een veld tussen aanhalingstekens wordt nooit gesloten", problem.description)
        case .overlongLine(let limit, let kept):
            say(
                "een regel langer dan \(limit) MiB, wat geen evaluatie heeft; alleen de eerste \(kept) KiB zijn bewaard",
                problem.description)
        }
    }

    /// Why an Excel workbook cannot be read; a reason of the zip or XML reader as it came.
    func workbookProblem(_ problem: WorkbookProblem) -> String {
        switch problem {
        case .compoundDocument:
            say(
                "het is een versleutelde (met een wachtwoord beveiligde) werkmap of een oude .xls-werkmap, die Excel als "
                    + "samengesteld document bewaart, niet als .xlsx. Verwijder het wachtwoord, of sla hem op als .xlsx",
                problem.text)
        case .openDocument:
            say(
                "het is een OpenDocument-rekenblad (.ods), geen .xlsx-werkmap. Sla het op als .xlsx of als CSV",
                problem.text)
        case .notAnArchive(let reason): say("het is geen .xlsx-werkmap (\(reason))", problem.text)
        case .missingPart(let part):
            say(
                "de werkmap heeft geen \(part); hij is beschadigd of niet door een rekenbladprogramma gemaakt",
                problem.text)
        case .tooLarge(let part, let limit):
            say(
                "\(part) pakt uit tot meer dan \(limit / 1024 / 1024) MiB, of tot veel meer dan het ingepakt is (een "
                    + "zipbom); het is niet gelezen",
                problem.text)
        case .damaged(let part, let damage): say("\(part) is beschadigd (\(self.damage(damage)))", problem.text)
        case .badXML(let part, let fault): say("\(part) is geen leesbare XML (\(xmlFault(fault)))", problem.text)
        case .beyondSheet(let part, let reference):
            say(
                "\(part) heeft een cel \(reference) voorbij de 1.048.576 rijen en 16.384 kolommen van Excel",
                problem.text)
        }
    }

    /// How a part of a workbook's archive is damaged; what the zip reader said, as it came.
    func damage(_ damage: WorkbookProblem.Damage) -> String {
        switch damage {
        case .localHeaderMissing: say("de lokale kop ontbreekt", damage.text)
        case .runsPastEnd: say("de ingepakte bytes lopen door tot voorbij het einde van het bestand", damage.text)
        case .endsElsewhere: say("de ingepakte gegevens eindigen niet waar ze zouden moeten", damage.text)
        case .fileEndsInside: say("het bestand houdt er middenin op", damage.text)
        case .checksumMismatch: say("de controlesom klopt niet met de inhoud", damage.text)
        case .directoryUnreadable: say("de inhoudsopgave van het archief is niet te lezen", damage.text)
        case .other(let reason): reason
        }
    }

    /// Why a part of a workbook is not readable XML.
    func xmlFault(_ fault: WorkbookProblem.XMLFault) -> String {
        switch fault {
        case .parserError(let code, let line):
            say("XML-fout\(code.map { " \($0)" } ?? "") op regel \(line)", fault.text)
        case .unfinished: say("het houdt halverwege op", fault.text)
        }
    }

    /// How a file's first rows differ from the header rows of the tool it was to be read as.
    func headerMismatch(_ mismatch: HeaderMismatch) -> String {
        switch mismatch {
        case .noQualtricsIDs:
            say(
                "het heeft geen kolom ResponseId van Qualtrics en ook geen rij met {\"ImportId\":...}-cellen",
                mismatch.text)
        case .noV1: say("de eerste rij begint niet met V1, zoals die van de oude export", mismatch.text)
        case .noSubQuestionRow:
            say(
                "de tweede rij is niet de rij met deelvragen van SurveyMonkey (de eerste cel is ingevuld)",
                mismatch.text)
        }
    }

    /// A survey tool's name.
    func tool(_ profile: ExportProfile) -> String {
        switch profile {
        case .canonical: say("het standaardformaat (één kopregel)", profile.displayName)
        case .qualtricsLegacy: say("Qualtrics (oude export)", profile.displayName)
        case .googleForms, .microsoftForms, .surveyMonkey, .qualtrics, .limeSurvey: profile.displayName
        }
    }

    /// The first twenty names, and how many more.
    private func shortList(_ names: [String]) -> String {
        let more = names.count - 20
        return names.prefix(20).joined(separator: ", ")
            + (more > 0 ? say(" en nog \(more)", " and \(more) more") : "")
    }
}
