"""The workspace's small lists, managed: tags (rename, merge, delete) and rating scales."""
