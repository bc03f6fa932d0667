"""Spec evolution: spec_diff, changelog and the spec-update workflow, on the published snapshots."""
