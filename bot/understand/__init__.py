"""What a message is: in scope or not, its intent, its everyday wording."""
