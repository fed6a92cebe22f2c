"""Turning plans and reports into text, Markdown, JSON, CSV and HTML for people and programs."""
