"""The services the API calls: chat, Plus advice, their shared answer protocol, golden sets."""
