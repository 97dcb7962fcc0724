"""Bringing sources in: importing files, and the sentences suggested for checking."""
