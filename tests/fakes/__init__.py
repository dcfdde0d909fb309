"""Test doubles: a scripted OpenAI-compatible server (``fake_openai``), stdlib only."""
