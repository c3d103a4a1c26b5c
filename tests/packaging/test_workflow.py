"""The CI workflow (.github/workflows/build.yml) passes the GitHub workflow schema and builds,
smoke-tests and uploads on the three runners, signing only when the secrets are there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


def test_workflow_passes_the_github_workflow_schema() -> None:
    checker = Path(sys.executable).parent / "check-jsonschema"
    done = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_each_runner_builds_smoke_tests_and_uploads() -> None:
    import yaml

    jobs = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    runners = {job["runs-on"]: job for job in jobs.values()}
    assert {"ubuntu-latest", "windows-latest", "macos-latest"} <= set(runners)
    for name, script in (
        ("linux", "packaging/build_linux.sh"),
        ("windows", "packaging/build_windows.ps1"),
        ("macos", "packaging/build_macos.sh"),
    ):
        steps = jobs[name]["steps"]
        runs = " ".join(step.get("run", "") for step in steps)
        assert script in runs, name
        assert any(step.get("uses", "").startswith("actions/upload-artifact") for step in steps)
        script_text = (ROOT / script).read_text(encoding="utf-8")
        assert "--self-test" in script_text
        assert '"pl", "en"' in script_text or "for lang in pl en" in script_text


def test_signing_runs_only_with_secrets_and_says_when_skipped() -> None:
    import yaml

    jobs = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    for name in ("windows", "macos"):
        steps = jobs[name]["steps"]
        guarded = [s for s in steps if s.get("if") == "env.HAS_CERTIFICATE == 'true'"]
        skipped = [s for s in steps if s.get("if") == "env.HAS_CERTIFICATE != 'true'"]
        assert guarded and skipped, name
        assert all("skipped" in s["run"] for s in skipped)
    macos = (ROOT / "packaging" / "build_macos.sh").read_text(encoding="utf-8")
    assert (
        "--options runtime" in macos and "notarytool submit" in macos and "stapler staple" in macos
    )
    windows = (ROOT / "packaging" / "build_windows.ps1").read_text(encoding="utf-8")
    assert "signtool sign" in windows and "not signed" in windows
