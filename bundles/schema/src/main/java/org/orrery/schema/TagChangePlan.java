package org.orrery.schema;

import java.util.HashMap;
import java.util.Map;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.common.path.PartialPath;
import org.orrery.engine.schema.TagChange;

/**
 * The alias, tags and attributes of a series after one {@code ALTER TIMESERIES}, computed before
 * anything changes so that a rejected statement changes nothing. Rules as in IoTDB: RENAME and SET
 * need the key to exist, ADD refuses a key that exists, DROP ignores missing keys, UPSERT sets
 * whatever it is given. A key is a tag or an attribute, never both.
 */
final class TagChangePlan {
  final String alias;
  final Map<String, String> tags;
  final Map<String, String> attributes;

  private TagChangePlan(String alias, Map<String, String> tags, Map<String, String> attributes) {
    this.alias = alias;
    this.tags = tags;
    this.attributes = attributes;
  }

  static TagChangePlan of(
      PartialPath series,
      String alias,
      Map<String, String> currentTags,
      Map<String, String> currentAttributes,
      TagChange change,
      Map<String, String> upsertAttributes,
      String upsertAlias) {
    Map<String, String> tags = new HashMap<>(currentTags);
    Map<String, String> attributes = new HashMap<>(currentAttributes);
    TagChange.Action action = change == null ? TagChange.Action.UPSERT : change.action();
    Map<String, String> entries = change == null ? Map.of() : change.entries();
    switch (action) {
      case RENAME:
        for (Map.Entry<String, String> rename : entries.entrySet()) {
          String from = rename.getKey();
          String to = rename.getValue();
          Map<String, String> holder = holderOf(series, from, tags, attributes);
          if (tags.containsKey(to) || attributes.containsKey(to)) {
            throw illegal("timeseries " + series + " already has a tag or attribute named " + to);
          }
          holder.put(to, holder.remove(from));
        }
        break;
      case SET:
        for (Map.Entry<String, String> set : entries.entrySet()) {
          holderOf(series, set.getKey(), tags, attributes).put(set.getKey(), set.getValue());
        }
        break;
      case DROP:
        for (String key : entries.keySet()) {
          tags.remove(key);
          attributes.remove(key);
        }
        break;
      case ADD_TAGS:
        addNew(series, entries, tags, attributes, tags);
        break;
      case ADD_ATTRIBUTES:
        addNew(series, entries, tags, attributes, attributes);
        break;
      default:
        upsert(series, entries, tags, attributes);
        upsert(series, upsertAttributes == null ? Map.of() : upsertAttributes, attributes, tags);
        if (upsertAlias != null) {
          alias = upsertAlias;
        }
    }
    return new TagChangePlan(alias, tags, attributes);
  }

  private static Map<String, String> holderOf(
      PartialPath series, String key, Map<String, String> tags, Map<String, String> attributes) {
    if (tags.containsKey(key)) {
      return tags;
    }
    if (attributes.containsKey(key)) {
      return attributes;
    }
    throw illegal("timeseries " + series + " has no tag or attribute named " + key);
  }

  private static void addNew(
      PartialPath series,
      Map<String, String> entries,
      Map<String, String> tags,
      Map<String, String> attributes,
      Map<String, String> into) {
    for (Map.Entry<String, String> add : entries.entrySet()) {
      if (tags.containsKey(add.getKey()) || attributes.containsKey(add.getKey())) {
        throw illegal(
            "timeseries " + series + " already has a tag or attribute named " + add.getKey());
      }
      into.put(add.getKey(), add.getValue());
    }
  }

  private static void upsert(
      PartialPath series,
      Map<String, String> entries,
      Map<String, String> into,
      Map<String, String> other) {
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      if (other.containsKey(entry.getKey())) {
        throw illegal(
            "'" + entry.getKey() + "' on " + series + " cannot be both a tag and an attribute");
      }
      into.put(entry.getKey(), entry.getValue());
    }
  }

  private static OrreryException illegal(String message) {
    return new OrreryException(ErrorCode.ILLEGAL_ARGUMENT, message);
  }
}
