"""Plus advice: the plan computed from a profile, and the advice service."""
