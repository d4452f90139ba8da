"""Pre-send hooks: the sendmail wrapper, its held queue, and the git send-email hook installer."""
