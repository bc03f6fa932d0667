"""Compare two versions of the Hub's OpenAPI document, for the changelog and breaking-change checks.

``schema`` flattens a JSON Schema into dotted field paths, ``compare`` diffs two flattened
schemas and classes each change, ``markdown`` renders a diff as a CHANGELOG section.
``diff`` ties them together per operation (``scripts/spec_diff.py`` and ``hfhub spec diff`` call it).
"""
