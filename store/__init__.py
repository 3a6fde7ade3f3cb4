"""Durable storage (SQL): conversations, feedback, profiles, privacy."""
