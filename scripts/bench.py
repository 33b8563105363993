#!/usr/bin/env python3
"""Times evalfeedback over N generated responses (make bench N=...): the import, the quality
report and the follow-up list, each as a whole process with the release build; the report and
the list are the median of five runs. Inputs and databases go to a temporary folder.

The generator is deterministic (same N, same bytes): a canonical export with about 12% of
responses scoring 6 or lower, spread over the four quarters of 2026.
"""
import os, random, resource, statistics, subprocess, sys, tempfile, time

BIN = os.path.join(os.path.dirname(__file__), "..", ".build", "release", "evalfeedback")

def generate(path, count, seed=42):
    rnd = random.Random(seed)
    trainings = ["Projectmatig werken", "Excel voor gevorderden", "Leidinggeven in de praktijk", "Agile werken",
                 "Effectief communiceren", "Timemanagement"]
    clients = ["Zorggroep Het Baken", "Gemeente Zuidwolde", "Hogeschool Rijnland", '"Bouwbedrijf Van Dijk, Zn."']
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("response_id,submitted_at,training,training_date,trainer,client,respondent_name,respondent_email,"
                  "score_training,score_day,score_facilities,score_trainer,comment\r\n")
        for i in range(count):
            month = 1 + i * 11 // count
            day = 1 + i % 28
            scores = [str(rnd.randint(7, 10)) for _ in range(4)]
            if rnd.random() < 0.12:
                scores[rnd.randrange(4)] = str(rnd.randint(1, 6))
            comment = rnd.choice(["", "", '"Goed, maar ""te"" snel"', "Prima dag"])
            out.write(f"B-{i},2026-{month:02d}-{day:02d}T10:{i % 60:02d}:00,{trainings[i % 6]},2026-{month:02d}-{day:02d},"
                      f"Trainer {i % 40},{clients[i % 4]},Deelnemer {i},d{i}@example.org,{','.join(scores)},{comment}\r\n")

def timed(args):
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start

def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as folder:
        export = os.path.join(folder, "bench.csv")
        database = os.path.join(folder, "bench.sqlite")
        generate(export, count)
        size = os.path.getsize(export) / 1024 / 1024
        common = ["--database", database, "--as-of", "2026-12-31"]
        imported = timed([BIN, "import", *common, export])
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        report = statistics.median(timed([BIN, "report", "--quarter", "2026-Q4", *common]) for _ in range(5))
        html = statistics.median(timed([BIN, "report", "--quarter", "2026-Q4", "--format", "html", *common]) for _ in range(5))
        followups = statistics.median(timed([BIN, "followups", *common]) for _ in range(5))
        print(f"bench: {count:,} responses ({size:.0f} MB)")
        print(f"  import                      {imported:7.2f} s  {count / imported:10,.0f} rows/s  peak {peak:.0f} MiB")
        print(f"  report --quarter (text)     {report:7.2f} s  (median of 5; target under 1 s)")
        print(f"  report --quarter (html)     {html:7.2f} s  (median of 5)")
        print(f"  followups (all open cases)  {followups:7.2f} s  (median of 5)")

main()
