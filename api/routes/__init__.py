"""One module per group of endpoints: chat, advice, conversations, profile, guides, site, docs."""
