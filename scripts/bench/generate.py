#!/usr/bin/env python3
"""Writes a canonical evaluation export of N responses for the benchmark (scripts/bench.py).

    generate.py N OUT [--seed S] [--first K] [--shuffled]

Deterministic: the same N and seed give the same bytes (one random.Random(seed), consumed in row
order; nothing depends on hash() or the clock). --first K writes the header and only the first K
of the N rows, byte for byte the start of the full file: the "cumulative export" whose earlier
part was imported before. Streams in chunks, so memory stays flat whatever N.

The workload is the benchmark issue's:
- UTF-8, CRLF, RFC 4180 quoting only where needed (comma, quote, CR or LF in a field);
- about 180 bytes per row (1,000,000 rows: about 180 MB);
- about 12% of responses with at least one score of 6 or lower, every other score 7-10;
  about 1% of score cells empty and 0.2% `n.v.t.`;
- half the comments empty, the others with commas and quotes, about 2% of responses with a
  newline (CRLF) inside the comment;
- accented respondent names, client names with commas, 8 trainings, 40 trainers, 60 clients;
- ids B-0000001...; submission times spread evenly over 2026-01-01..2026-11-20 in row order,
  so the file is in date order and a quarter holds about a quarter of the rows.
"""
import argparse
import datetime
import random
import sys
import unicodedata

HEADER = ("response_id,submitted_at,training,training_date,trainer,client,respondent_name,respondent_email,"
          "score_training,score_day,score_facilities,score_trainer,comment\r\n")

FIRST_DAY = datetime.date(2026, 1, 1)
LAST_DAY = datetime.date(2026, 11, 20)
DAYS = (LAST_DAY - FIRST_DAY).days + 1
# Evaluations arrive between 08:00 and 22:00.
DAY_START, DAY_SECONDS = 8 * 3600, 14 * 3600

TRAININGS = ["Projectmatig werken", "Excel voor gevorderden", "Leidinggeven in de praktijk", "Agile werken met Scrum",
             "Effectief communiceren", "Timemanagement", "Omgaan met agressie", "Klantgericht adviseren"]
FIRST_NAMES = ["José", "Renée", "Chloë", "Jürgen", "Loïs", "Zoë", "André", "Noël", "Anaïs", "Björn", "Hélène",
               "Eliëtte", "Daniël", "Raphaël", "Michiel", "Sanne", "Pieter", "Femke", "Joris", "Anouk", "Bram",
               "Lotte", "Thijs", "Inge", "Kees", "Marieke", "Sven", "Eline", "Wouter", "Fleur", "Gijs", "Noor",
               "Ruud", "Ilse", "Jeroen", "Mirjam", "Stijn", "Esmée", "Maarten", "Ayşe", "Mehmet", "Fatima",
               "Youssef", "Priya", "Céline", "Geneviève", "Søren", "Agnès", "Frédérique", "Hüseyin"]
LAST_NAMES = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
              "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
              "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
              "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "Müller", "Köse", "Öztürk",
              "Gülcan", "Brünink", "Hoëlle", "Ruïz", "Noël", "Thé", "Lefèvre", "Çelik", "Schröder", "Bruïne",
              "Verhoëven", "Moreau-Dubois", "Kuipers", "Veenstra", "Koster", "Prins", "Huisman"]
CLIENTS = ["Zorggroep Het Baken", "Gemeente Zuidwolde", "Hogeschool Rijnland", "Bouwbedrijf Van Dijk, Zn.",
           "Waterschap Drentse Aa", "Stichting Jeugdzorg Oost", "Transportbedrijf Kuiper, B.V.", "Ziekenhuis De Gelderse Vallei",
           "Provincie Overijssel", "Woningcorporatie Thuis, Wonen en Zorg", "ROC Midden Nederland", "Bakkerij Bosman",
           "Advocatenkantoor Meijer, De Wit & Partners", "Gemeente Súdwest-Fryslân", "Café-Restaurant De Brug",
           "Politie Eenheid Noord", "Rabobank Zuid", "Hotel Het Hoogeland", "Tandartspraktijk Smile, Zwolle",
           "Zuivelcoöperatie De Eendracht", "Installatiebedrijf Jansen", "Basisschool De Regenboog",
           "Thuiszorg Rivierenland", "Accountants Bakker, Bos en Co", "Gemeente Súdwest-Fryslân, afdeling Zorg",
           "Kinderopvang Het Kwetternest", "Belastingdienst Apeldoorn", "Vervoerbedrijf Qbuzz",
           "Museum Het Valkhof", "Logistiek Centrum Venlo, Hal 3", "Apotheek De Ooievaar", "Energie Noord",
           "Brandweer Twente", "Sportcentrum De Meent", "Uitgeverij Prometheus", "Notariskantoor Van Zon",
           "Reclassering Nederland", "GGD Hollands Midden", "Vitens, regio Friesland", "Detailhandel Albert & Zonen",
           "Software Studio Noord", "Dierenkliniek Het Hoefijzer", "Bibliotheek Groningen", "Heijmans Infra",
           "Zorgcentrum Sint-Joseph", "Gemeente 's-Hertogenbosch", "Rijkswaterstaat, dienst Oost",
           "Veiligheidsregio Utrecht", "Kringloop De Cirkel", "Schoonmaakbedrijf Glans, Breda", "Univé",
           "Hogeschool Inholland", "Stadsschouwburg Haarlem", "Loonbedrijf Veldkamp", "Tuincentrum Groenrijk",
           "Makelaardij De Sleutel", "Ambulancezorg Limburg-Noord", "Drukkerij Eén & Ander", "ProRail",
           "Garage Hendriks, Oss"]
TRAINER_NAMES = [f"{first} {last}" for first, last in zip(
    ["Anja", "Bert", "Carla", "Dirk", "Els", "Frank", "Greetje", "Hans", "Ingrid", "Jan", "Karin", "Luuk",
     "Marjan", "Niels", "Olga", "Paul", "Quinten", "Rianne", "Sjoerd", "Tineke", "Ulrich", "Vera", "Willem",
     "Xandra", "Yvonne", "Zeger", "Annelies", "Bas", "Corine", "Dennis", "Erik", "Fenna", "Gert", "Hanneke",
     "Ivo", "Jolanda", "Koen", "Linda", "Mark", "Nicole"],
    ["Aalbers", "Bosch", "Claassen", "Doornbos", "Evers", "Feenstra", "Gerritsen", "Hoekstra", "IJzerman",
     "Jongsma", "Kramer", "Lammers", "Molenaar", "Nijland", "Oosterhuis", "Postma", "Quist", "Ramaker",
     "Schouten", "Terpstra", "Uitdehaag", "Verbeek", "Wolters", "Zwart", "Arends", "Boersma", "Coenen",
     "Driessen", "Elzinga", "Faber", "Goossens", "Hofman", "Ilbrink", "Jonker", "Kamphuis", "Lubbers",
     "Mertens", "Nauta", "Oudshoorn", "Pronk"])]

# Comments: an opening and a detail, combined; many hold commas, some quotes (doubled when written).
OPENINGS = ["Goed georganiseerd", "Prima dag", "Heel leerzaam", "Te veel theorie", "Zaal was te warm",
            "Trainer was \"top\"", "Nuttig, maar lang", "Niet wat ik verwachtte", "Leuke groep, fijne sfeer",
            "Koffie was koud", "Veel geleerd", "Te snel", "Duidelijke uitleg", "De \"praktijkcase\" was sterk",
            "Parkeren was lastig", "Lunch was prima, maar laat", "Goede voorbeelden", "Saai, eerlijk gezegd"]
DETAILS = ["", ", dank jullie wel", ", maar de pauzes waren kort", ". Graag een vervolg", ", de beamer deed het niet",
           ". Aanrader voor collega's", ", al was het tempo hoog", ". Meer oefeningen, minder slides",
           ", zeker de \"rollenspellen\"", ". Wifi werkte niet, jammer", ", en de hand-outs waren handig",
           ". Volgende keer graag later beginnen, i.v.m. files"]
# A second line after a newline inside the comment (what a respondent who hits Enter writes).
SECOND_LINES = ["Groet, Marieke", "PS: de lunch was \"heerlijk\"", "Vriendelijke groet", "Zie ook mijn mail, verstuurd op 3 juni",
                "Nog één ding: de handleiding ontbrak"]

# Scores 7-10 in realistic proportions, and the low ones (mostly 5 and 6).
HIGH_SCORES = ["7"] * 5 + ["8"] * 10 + ["9"] * 7 + ["10"] * 3
LOW_SCORES = ["1", "2", "3", "4", "4", "5", "5", "5", "5", "6", "6", "6", "6", "6", "6", "6"]

LOW_SHARE = 0.12         # responses with at least one low score
EMPTY_SHARE = 0.01       # score cells left empty
NOT_APPLICABLE_SHARE = 0.002  # score cells `n.v.t.`
COMMENT_SHARE = 0.5      # responses with a comment
MULTILINE_SHARE = 0.02   # responses whose comment spans two lines


def quoted(field):
    """RFC 4180: quote only when the field needs it, doubling the quotes inside."""
    if any(c in field for c in ',"\r\n'):
        return '"' + field.replace('"', '""') + '"'
    return field


def ascii_email_part(name):
    """'van den Berg' -> 'vandenberg', 'Jürgen' -> 'jurgen': what a mail system would have."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in folded.lower() if c.isalnum())


def rows(count, seed):
    """Yields the count rows of the file, each a str ending in CRLF."""
    rnd = random.Random(seed)
    random_number = rnd.random
    # Everything that can be prepared once is: the per-row work is table look-ups and one f-string.
    dates = [(FIRST_DAY + datetime.timedelta(days=d)).isoformat() for d in range(DAYS)]
    clock = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(86400)]
    trainings = [quoted(t) for t in TRAININGS]
    trainers = [quoted(t) for t in TRAINER_NAMES]
    clients = [quoted(c) for c in CLIENTS]
    firsts = [(f, ascii_email_part(f)) for f in FIRST_NAMES]
    lasts = [(l, ascii_email_part(l)) for l in LAST_NAMES]
    comments = [quoted(o + d) for o in OPENINGS for d in DETAILS]
    multiline = [quoted(o + d + "\r\n" + s) for o in OPENINGS for d in DETAILS for s in SECOND_LINES]
    high, low = HIGH_SCORES, LOW_SCORES
    empty_below = EMPTY_SHARE
    not_applicable_below = EMPTY_SHARE + NOT_APPLICABLE_SHARE
    multiline_below = MULTILINE_SHARE
    comment_below = COMMENT_SHARE

    for i in range(count):
        # Row i's moment: evenly over the period, in file order (integer arithmetic: no drift).
        position = i * DAYS * DAY_SECONDS // count
        day, second = divmod(position, DAY_SECONDS)
        submitted = f"{dates[day]}T{clock[DAY_START + second]}"
        # The training was on the day of the evaluation or up to three days before it.
        training_day = dates[max(0, day - int(random_number() * 4))]

        scores = []
        for _ in range(4):
            r = random_number()
            if r < empty_below:
                scores.append("")
            elif r < not_applicable_below:
                scores.append("n.v.t.")
            else:
                scores.append(high[int(random_number() * 25)])
        if random_number() < LOW_SHARE:
            # Mostly one low score, sometimes two; only a cell that holds a score turns low.
            for _ in range(1 if random_number() < 0.8 else 2):
                cell = int(random_number() * 4)
                if scores[cell] not in ("", "n.v.t."):
                    scores[cell] = low[int(random_number() * 16)]

        r = random_number()
        if r < multiline_below:
            comment = multiline[int(random_number() * len(multiline))]
        elif r < comment_below:
            comment = comments[int(random_number() * len(comments))]
        else:
            comment = ""

        first, first_mail = firsts[int(random_number() * 50)]
        last, last_mail = lasts[int(random_number() * 50)]
        yield (f"B-{i + 1:07d},{submitted},{trainings[int(random_number() * 8)]},{training_day},"
               f"{trainers[int(random_number() * 40)]},{clients[int(random_number() * 60)]},{first} {last},"
               f"{first_mail}.{last_mail}{int(random_number() * 1000)}@example.org,"
               f"{scores[0]},{scores[1]},{scores[2]},{scores[3]},{comment}\r\n")


def write(path, count, seed=42, first=None, shuffled=False):
    """Writes the export (only its first `first` rows when given) to path; `shuffled` writes
    the same rows in a random order (the same order for the same N and seed), as an export that
    mixes trainings and collectors is: not in date order. Shuffling holds the rows in memory."""
    limit = count if first is None else min(first, count)
    ordered = (row for written, row in enumerate(rows(count, seed), start=1) if written <= limit)
    if shuffled:
        every = list(ordered)
        random.Random(seed + 1).shuffle(every)
        ordered = iter(every)
    chunk = []
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        for row in ordered:
            chunk.append(row)
            if len(chunk) == 10_000:
                out.write("".join(chunk))
                chunk.clear()
        out.write("".join(chunk))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, metavar="N", help="responses in the full export")
    parser.add_argument("out", metavar="OUT", help="the file to write")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--first", type=int, metavar="K", help="write only the first K of the N rows")
    parser.add_argument("--shuffled", action="store_true", help="the same rows in a random order")
    options = parser.parse_args()
    if options.count < 1 or (options.first is not None and options.first < 0):
        parser.error("N must be at least 1 and K at least 0")
    write(options.out, options.count, options.seed, options.first, options.shuffled)


if __name__ == "__main__":
    sys.exit(main())
