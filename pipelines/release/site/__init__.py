"""The publication folder's static site: pages and charts from one release and the contracts."""
