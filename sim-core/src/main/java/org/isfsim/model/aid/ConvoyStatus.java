package org.isfsim.model.aid;

/** Where an aid convoy stands: on the road, delivered at its distribution point, or looted on the way. */
public enum ConvoyStatus {
    EN_ROUTE,
    DELIVERED,
    LOOTED
}
