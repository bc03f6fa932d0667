"""Tests against real OpenAI-compatible servers (transformers serve, llama-cpp-python)."""
