"""Which career(s) a message is about: career names and the router."""
