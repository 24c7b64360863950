// The two workflows of the README ("Use it as a GitHub Action"), which `ops-steward init` writes. The README
// shows exactly these texts: test/init/init.test.ts compares them, so the two cannot drift apart.

export interface WorkflowFile {
  path: string;
  text: string;
}

export const PULL_REQUEST_WORKFLOW: WorkflowFile = {
  path: '.github/workflows/ops-steward.yml',
  text: `# .github/workflows/ops-steward.yml
name: ops-steward
on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  check:
    runs-on: ubuntu-latest
    permissions:
      contents: read # the checkout, and the config and flag registry at the PR's base commit
      pull-requests: write # the sticky PR comment (read-only on fork PRs: the comment is skipped, nothing fails)
      security-events: write # only for the SARIF upload below
    steps:
      - uses: actions/checkout@v5
      - id: steward
        uses: ops-steward/ops-steward@v0
        with:
          fail-on: error # error | warning | never
      - name: Upload findings to code scanning
        # Runs even when the check failed; skipped on fork PRs, whose token cannot write security events.
        if: always() && steps.steward.outputs.sarif && !github.event.pull_request.head.repo.fork
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: \${{ steps.steward.outputs.sarif }}
          category: ops-steward
`,
};

export const FLAG_SWEEP_WORKFLOW: WorkflowFile = {
  path: '.github/workflows/ops-steward-flags.yml',
  text: `# .github/workflows/ops-steward-flags.yml
name: ops-steward flags
on:
  schedule:
    - cron: '17 6 * * 1-5' # weekday mornings: expiring flags surface before they expire
  workflow_dispatch:
    inputs:
      dry-run:
        description: Only list what would change
        type: boolean
        default: false

# One sweep at a time per repository; a queued one waits instead of racing the running one.
concurrency:
  group: ops-steward-flags-sync
  cancel-in-progress: false

permissions:
  contents: read

jobs:
  sweep:
    runs-on: ubuntu-latest
    permissions:
      contents: read # the checkout
      issues: write # create, update, label, assign, comment on and close the flag issues
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # full history: the closing comment names the commit that removed the flag
      - id: sweep
        uses: ops-steward/ops-steward@v0
        with:
          command: flags-sync
          dry-run: \${{ inputs.dry-run || false }}
      - run: echo "created \${{ steps.sweep.outputs.created }}, updated \${{ steps.sweep.outputs.updated }}, closed \${{ steps.sweep.outputs.closed }}"
`,
};

export const WORKFLOWS: readonly WorkflowFile[] = [PULL_REQUEST_WORKFLOW, FLAG_SWEEP_WORKFLOW];
