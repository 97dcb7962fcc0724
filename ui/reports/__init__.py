"""Reports: the list of a workspace's reports, the report editor and the Word export."""
