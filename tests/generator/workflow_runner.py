"""Run a GitHub Actions job here, step by step, as its runner would.

``run:`` steps go to ``bash -e`` (the runner's default shell) in the workspace with the
workflow's and the job's ``env``; ``if:`` conditions are read from the outputs earlier steps
wrote to ``$GITHUB_OUTPUT``; directories written to ``$GITHUB_PATH`` go before ``PATH`` for
the steps after. ``uses:`` steps are GitHub's own: the caller gives a stand-in for each action.
Anything else a workflow may say (other conditions, expressions in a script, ``shell:``,
``working-directory:``) fails the test rather than being guessed at.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

_STEP_KEYS = {"name", "id", "if", "run", "uses", "with", "env"}
# The one kind of condition the spec-update workflow uses: a step output compared with a string.
_CONDITION = re.compile(r"steps\.([\w-]+)\.outputs\.([\w-]+) == '([^']*)'")


@dataclass
class Step:
    name: str
    definition: dict[str, Any]
    ran: bool = False
    output: str = ""  # stdout and stderr of a script; what a stand-in did
    outputs: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


StandIn = Callable[[Step, "Runner"], str]


@dataclass
class Runner:
    workspace: Path
    temp: Path  # RUNNER_TEMP, and where the step files go
    env: dict[str, str]  # the machine's environment: PATH, HOME...
    stand_ins: dict[str, StandIn]  # action without its @version -> what happens instead
    overrides: dict[str, str] = field(default_factory=dict)  # over the workflow's env (a local URL for a real one)
    commands: dict[str, str] = field(default_factory=dict)  # a whole line of a script -> the line run instead
    timeout: float = 300
    path: list[str] = field(default_factory=list, init=False)  # from $GITHUB_PATH, first in PATH

    def add_path(self, directory: Path) -> None:
        self.path.insert(0, str(directory))

    def run_job(self, workflow: Path) -> list[Step]:
        __tracebackhide__ = True  # a failing step reports itself: its name and output
        document = yaml.safe_load(workflow.read_text(encoding="utf-8"))
        (job,) = document["jobs"].values()
        env = {**self.env, **document.get("env", {}), **job.get("env", {}), **self.overrides,
               "RUNNER_TEMP": str(self.temp), "GITHUB_WORKSPACE": str(self.workspace)}
        scripts = "\n".join(step.get("run", "") for step in job["steps"])
        for command in self.commands:
            found = len(_line(command).findall(scripts))
            assert found == 1, f"{command!r} is on {found} lines of the job's scripts: the stand-in needs one"
        outputs: dict[str, dict[str, str]] = {}
        steps: list[Step] = []
        for definition in job["steps"]:
            unknown = set(definition) - _STEP_KEYS
            if unknown:
                pytest.fail(f"the test cannot run a step with {sorted(unknown)}: {definition}")
            step = Step(definition.get("name") or definition.get("uses") or definition["run"].strip(), definition)
            steps.append(step)
            if "if" in definition and not _holds(definition["if"], outputs):
                continue
            step.ran = True
            started = time.perf_counter()
            if "uses" in definition:
                action = definition["uses"].split("@")[0]
                if action not in self.stand_ins:
                    pytest.fail(f"step {step.name!r}: no stand-in for {definition['uses']}")
                step.output = self.stand_ins[action](step, self)
            else:
                self._run_script(step, {**env, **definition.get("env", {})}, len(steps))
            step.seconds = time.perf_counter() - started
            if "id" in definition:
                outputs[definition["id"]] = step.outputs
        return steps

    def _run_script(self, step: Step, env: dict[str, str], number: int) -> None:
        __tracebackhide__ = True
        script = step.definition["run"]
        if "${{" in script:
            pytest.fail(f"step {step.name!r}: the test does not evaluate expressions inside scripts")
        for command, instead in self.commands.items():
            script = _line(command).sub(lambda m, instead=instead: m[1] + instead, script)
        files = {name: self.temp / f"step{number}-{name.lower()}" for name in ("GITHUB_OUTPUT", "GITHUB_PATH")}
        for file in files.values():
            file.write_text("")
        script_file = self.temp / f"step{number}.sh"
        script_file.write_text(script)
        env = {**env, **{name: str(file) for name, file in files.items()},
               "PATH": os.pathsep.join([*self.path, env["PATH"]])}
        try:
            done = subprocess.run(["bash", "-e", str(script_file)], cwd=self.workspace, env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=self.timeout)
        except subprocess.TimeoutExpired as exc:
            output = exc.output.decode(errors="replace") if isinstance(exc.output, bytes) else exc.output or ""
            pytest.fail(f"step {step.name!r} ran over {self.timeout} s:\n{output}")
        step.output = done.stdout
        if done.returncode != 0:
            pytest.fail(f"step {step.name!r} failed (exit {done.returncode}):\n{done.stdout}")
        step.outputs = _outputs(files["GITHUB_OUTPUT"].read_text(), step.name)
        for line in files["GITHUB_PATH"].read_text().splitlines():
            if line.strip():
                self.add_path(Path(line.strip()))


def _line(command: str) -> re.Pattern[str]:
    return re.compile(rf"(?m)^(\s*){re.escape(command)}\s*$")


def _holds(condition: str, outputs: dict[str, dict[str, str]]) -> bool:
    __tracebackhide__ = True
    expression = condition.strip().removeprefix("${{").removesuffix("}}").strip()
    match = _CONDITION.fullmatch(expression)
    if match is None:
        pytest.fail(f"the test cannot evaluate the condition {condition!r}")
    step_id, name, value = match.groups()
    return outputs.get(step_id, {}).get(name, "") == value


def _outputs(text: str, step: str) -> dict[str, str]:
    __tracebackhide__ = True
    outputs: dict[str, str] = {}
    for line in text.splitlines():
        name, equals, value = line.partition("=")
        if not equals:
            pytest.fail(f"step {step!r} wrote {line!r} to $GITHUB_OUTPUT: only name=value is read here")
        outputs[name] = value
    return outputs
