"""Career moves: from where a visitor stands to a goal career, every item cited."""
