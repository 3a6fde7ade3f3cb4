"""The FastAPI app, its routes, settings, CLI and the widget assets."""
