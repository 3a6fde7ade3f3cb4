"""The chat service: a message in, a cited answer out, recorded; golden-set runs."""
