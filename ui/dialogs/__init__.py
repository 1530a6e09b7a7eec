"""Small dialogs the launcher and the shell share."""
