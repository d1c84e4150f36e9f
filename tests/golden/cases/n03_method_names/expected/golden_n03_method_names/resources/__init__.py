"""The resource groups of the API; reach them through the client's attributes."""
