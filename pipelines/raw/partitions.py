"""One Dagster partition per document, keyed by doc_id; the sensor adds and deletes them."""

import dagster as dg

PARTITIONS_NAME = "documents"
DOCUMENT_PARTITIONS = dg.DynamicPartitionsDefinition(name=PARTITIONS_NAME)


def covering_range(order: list[str], wanted: list[str]) -> tuple[str, str] | None:
    """The shortest run of partitions (in the instance's order) that holds every wanted key."""
    at = [order.index(k) for k in wanted if k in order]
    if not at:
        return None
    return order[min(at)], order[max(at)]


def range_tags(first: str, last: str) -> dict[str, str]:
    return {
        "dagster/asset_partition_range_start": first,
        "dagster/asset_partition_range_end": last,
    }
