/** `kubespec --help` and `kubespec COMMAND --help`. */
export const HELP = {
  main: `kubespec — behaviour specs for Kubernetes, run on a simulated cluster

Usage: kubespec COMMAND [options]

Commands:
  run [paths...]        run feature files with kubespec's steps
  sim MANIFEST...       apply manifests to a simulated cluster, let time pass, print what happened
  grade SUITE           grade student submissions against an assignment
  steps                 list every step phrasing, in English and zh-CN
  bench NAME            run a benchmark (scale, probes, cronjob, features, ...); see "kubespec bench --help"

Run "kubespec COMMAND --help" for a command's options.
Exit codes: 0 all passed, 1 a scenario or test failed, 2 a usage error (bad option, missing path, broken feature).
`,
  run: `Usage: kubespec run [paths...] [options]

Runs feature files (default: ./features) with kubespec's step library preloaded; works from any folder.
Every cucumber-js option passes through, for example:
  -t, --tags EXPR            only scenarios matching the tag expression (default: "not @wip")
  --name REGEXP              only scenarios whose name matches
  --parallel N               run in N worker processes
  -f, --format TYPE[:PATH]   a Cucumber formatter (default: progress, and html:reports/cucumber.html)
  --world-parameters JSON    e.g. '{"strictErrors":true}'
kubespec's own options:
  --seed N                   seed for the simulated clusters' random choices (default 1)
  --shard I/N                run the I-th of N stable shards (by a hash of each scenario's file and name)
  --max-virtual-time D       fail a scenario that simulates more than D of virtual time (e.g. 24h)
  -c, --config FILE          read profiles from this Cucumber configuration file
  -p, --profile NAME         use a profile (from --config, or ./cucumber.js)
  -h, --help                 this help

Example: kubespec run features/pods --tags "@smoke and not @slow" --parallel 2
`,
  sim: `Usage: kubespec sim MANIFEST... [options]

Applies manifests (files or folders of .yaml/.yml/.json) to a fresh simulated cluster, lets virtual time
pass, then prints the objects as "kubectl get all,pv,pvc -A" would and the timeline of what happened.
  --for D              virtual time to simulate after applying (default 5m; e.g. 90s, 10m, 2h)
  --nodes N            nodes in the cluster (default 1)
  --seed N             seed for the cluster's random choices (default 1)
  --timeline-limit N   print at most the last N timeline entries (default 200)
  -h, --help           this help

Example: kubespec sim deployment.yaml service.yaml --for 10m --nodes 3
`,
  grade: `Usage: kubespec grade SUITE --submission DIR [--submission DIR ...] [options]

Grades each submission folder against the assignment SUITE (a folder of .feature files). Steps such as
'When I apply the file "deployment.yaml"' read the submission's files. Each scenario is a test worth its
@points:N tag (default 1); @hidden tests count but their details are withheld from the student summary.
Writes results.json (Gradescope), junit.xml, summary.md and summary.html for every submission.
  --submission DIR       a submission folder (repeatable)
  --submissions-in DIR   grade every folder inside DIR
  --out DIR              where reports go: DIR itself for one submission, DIR/<name>/ for several
                         (default reports/grade/<name>/)
  --max-virtual-time D   virtual time one scenario may simulate before it fails (default 24h)
  --seed N               seed for the simulated clusters (default 1)
  -q, --quiet            print only the final line
  -h, --help             this help

Example: kubespec grade examples/course/rbac/assignment --submissions-in examples/course/rbac/submissions
Exit code 0 when every submission earned full marks, 1 otherwise, 2 when the assignment or options are wrong.
`,
  steps: `Usage: kubespec steps [options]

Lists every step phrasing kubespec understands, English with its zh-CN twin, grouped by area.
  --lang en|zh-CN|both   which phrasings to print (default both)
  --markdown             print the Markdown of docs/steps.md instead
  -h, --help             this help
`,
} as const;
