/**
 * Export formats that need no database: the GDELT 2.0 Event (61 columns) and Mentions (16 columns) layouts,
 * tab-separated writing with escaping, the GDELT geography column groups ({@link dateline.export.GdeltGeo}),
 * where an event's actors are ({@link dateline.export.ActorGeos}, by {@link dateline.geo.ActorLocator}'s rules),
 * PLOVER context labels ({@link dateline.export.PloverContexts}) and the PLOVER JSON Lines record. The store fills
 * them from its tables; a coded article fills them directly, with the same rules.
 */
package dateline.export;
