"""The Discord layer: slash commands over the shared handlers, and the bot's lifetime."""
