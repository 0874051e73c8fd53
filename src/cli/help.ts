/** The text of `kql-rule-test --help`. */
export const HELP_TEXT = `kql-rule-test: unit tests for Microsoft Sentinel KQL analytic rules

Usage:
  kql-rule-test [run] [--rules PATH] [--cases PATH] [--schemas DIR] [options]
  kql-rule-test query [--table NAME=FILE]... [--schemas DIR] (QUERY | --file FILE)
  kql-rule-test coverage [--format text|json] [--schemas DIR] PATH...
  kql-rule-test diff --base GIT_REF [--format text|json] [options]
  kql-rule-test merge [--format FORMAT] [--output FILE] FILE...
  kql-rule-test --help | --version

Commands:
  run      Test every rule under --rules with its golden cases under --cases
           and print a report (the default command).
  query    Evaluate one KQL query over tables read from files and print the
           result as JSON.
  coverage For each rule or .kql file under the paths, tell whether it parses,
           whether the engine supports every operator and function it
           uses, and whether it evaluates on empty and generated tables;
           then the totals and the features that would unlock most rules.
  diff     Evaluate each rule that a change affects (its file, its cases or
           a schema it reads changed) as it is at --base and as it is in the
           working tree, on the same golden cases, and print the alerts the
           change adds, removes and changes.
  merge    Combine the JSON run reports of the shards of one --shard split
           into one report.

Options of run:
  --rules PATH       Folder of rule files, searched recursively, or one rule
                     file (default: rules).
  --cases PATH       Folder of golden test cases, searched recursively, or
                     one case file (default: test-cases).
  --schemas DIR      Folder of table schemas, read over the schemas shipped
                     with the tool (default: schemas, when present, else
                     the shipped schemas only).
  --fuzz-runs N      Generated inputs per property when fuzzing each rule
                     (default: 100). 0 turns fuzzing and mutation testing
                     off.
  --seed N           Seed of every property, 0 to 2147483647, to replay an
                     earlier run (default: drawn at random and reported).
  --write-counterexamples DIR
                     Write each shrunk counterexample, and each suggested
                     case that kills a surviving mutant, to DIR as a golden
                     case file.
  --shard K/N        Test only shard K of N: the rule files are sorted by
                     path and dealt out in turn, so every job of a split
                     gets the same rules.
  --format FORMAT    Report format: text, json, junit or sarif (SARIF 2.1.0
                     for code scanning: invalid files, warnings such as
                     deprecated KQL, and surviving mutants; no test results)
                     (default: text).
  --output FILE      Write the report to FILE instead of standard output.

Options of diff:
  --base GIT_REF     The branch, tag or commit to compare with (required).
                     The commit must be in the clone.
  --rules, --cases PATH, --schemas DIR
                     As for run, in both versions.
  --format FORMAT    text or json (default: text).
  --output FILE      Write the diff to FILE instead of standard output.

Options of merge:
  --format FORMAT    As for run (default: text).
  --output FILE      Write the merged report to FILE.

Options of coverage:
  --format FORMAT    text or json (default: text).
  --schemas DIR      Folder of table schemas (default: schemas).
  --output FILE      Write the report to FILE instead of standard output.

Options of query:
  --table NAME=FILE  Load table NAME from FILE: a JSON array or a YAML list of
                     objects, NDJSON (one object per line) or CSV with a
                     header row, chosen by the file extension. Repeatable.
  --schemas DIR      Folder of table schemas (default: schemas, when present,
                     else the schemas shipped with the tool).
  --file FILE        Read the query from FILE instead of the argument.

Common options:
  --debug            Print stack traces of internal errors.
  -h, --help         Print this help.
  -V, --version      Print the version.

Exit status: 0 when every case and property passed (a surviving mutant is
only a warning), 1 when a case or property failed or an xfail case passed,
2 when an error (invalid input, unsupported KQL, a bad command line)
kept anything from being tested. merge exits as run would for the merged
report. query and diff exit 0 on success and 2 on invalid input; diff also
exits 2 when an error kept a rule or case from being compared.
`;
