"""File ▸ Import Claims from Spreadsheet… and File ▸ Export ▸ Spreadsheet…"""
