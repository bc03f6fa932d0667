"""The Prism mock of the pinned spec (tests/tooling) for the contract tests of the generated client."""

from tooling.conftest import hub_spec, prism_client, prism_server, served_spec, served_spec_file  # noqa: F401 - fixtures
