package org.orrery.codec.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * A thread-safe {@link CodecRegistry} that codecs are added to and removed from explicitly: by an
 * OSGi component binding the {@link Encoding}/{@link Compressor} services dynamically, or once
 * through {@link #fromServiceLoader(ClassLoader)} outside OSGi.
 *
 * <p>Rules checked on {@code add}: an id in the format range must carry the format's name for it
 * (so a plugin cannot silently redefine what an existing file means); a plugin id must lie in
 * {@link CodecIds#PLUGIN_MIN}..{@link CodecIds#PLUGIN_MAX} and its name must not be a format
 * name or another plugin id's name. Several services may provide the same id (e.g. a faster
 * alternative implementation); the first one added is used until it is removed.
 */
public final class SimpleCodecRegistry implements CodecRegistry {
    private final Table<Encoding> encodings =
            new Table<>("encoding", EncodingIds::formatName, Encoding::id, Encoding::name);
    private final Table<Compressor> compressors =
            new Table<>("compression", CompressionIds::formatName, Compressor::id, Compressor::name);

    /**
     * A registry holding every {@link Encoding} and {@link Compressor} listed in
     * {@code META-INF/services} visible to {@code loader}. A provider that cannot be created (for
     * example because its native library does not load) is skipped, so only that codec is missing.
     */
    public static SimpleCodecRegistry fromServiceLoader(ClassLoader loader) {
        SimpleCodecRegistry registry = new SimpleCodecRegistry();
        for (Encoding e : loadAll(Encoding.class, loader)) {
            registry.addEncoding(e);
        }
        for (Compressor c : loadAll(Compressor.class, loader)) {
            registry.addCompressor(c);
        }
        return registry;
    }

    private static <T> List<T> loadAll(Class<T> type, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        Iterator<T> it = ServiceLoader.load(type, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return found;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError skipped) {
                // One broken provider (missing native library, class not loadable) must not hide
                // the others; lookups of its id report "codec bundle missing".
            }
        }
    }

    public void addEncoding(Encoding encoding) {
        encodings.add(encoding);
    }

    public void removeEncoding(Encoding encoding) {
        encodings.remove(encoding);
    }

    public void addCompressor(Compressor compressor) {
        compressors.add(compressor);
    }

    public void removeCompressor(Compressor compressor) {
        compressors.remove(compressor);
    }

    @Override
    public Encoding encoding(int id) {
        return encodings.byId(id);
    }

    @Override
    public Encoding encoding(String name) {
        return encodings.byName(name);
    }

    @Override
    public Compressor compressor(int id) {
        return compressors.byId(id);
    }

    @Override
    public Compressor compressor(String name) {
        return compressors.byName(name);
    }

    @Override
    public Optional<Encoding> findEncoding(int id) {
        return Optional.ofNullable(encodings.active(id));
    }

    @Override
    public Optional<Compressor> findCompressor(int id) {
        return Optional.ofNullable(compressors.active(id));
    }

    @Override
    public Collection<Encoding> encodings() {
        return encodings.snapshot();
    }

    @Override
    public Collection<Compressor> compressors() {
        return compressors.snapshot();
    }

    /** Providers per id, plus the names of plugin ids ever seen, for "codec bundle missing". */
    private static final class Table<T> {
        private final String what;
        private final IntFunction<String> formatName;
        private final ToIntFunction<T> idOf;
        private final Function<T, String> nameOf;
        /** Index = id (0..127); each list in registration order; guarded by this. */
        @SuppressWarnings("unchecked")
        private final List<T>[] providers = new List[CodecIds.PLUGIN_MAX + 1];
        /** Name last registered for each plugin id; kept after removal. Guarded by this. */
        private final String[] pluginNames = new String[CodecIds.PLUGIN_MAX + 1];

        Table(String what, IntFunction<String> formatName,
              ToIntFunction<T> idOf, Function<T, String> nameOf) {
            this.what = what;
            this.formatName = formatName;
            this.idOf = idOf;
            this.nameOf = nameOf;
        }

        synchronized void add(T codec) {
            int id = idOf.applyAsInt(codec);
            String name = nameOf.apply(codec);
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException(what + " id " + id + " has no name: " + codec.getClass().getName());
            }
            String upper = name.toUpperCase(Locale.ROOT);
            if (id >= CodecIds.FORMAT_MIN && id <= CodecIds.FORMAT_MAX) {
                String expected = formatName.apply(id);
                if (expected == null || !expected.equals(upper)) {
                    throw new IllegalArgumentException(what + " " + name + " claims format id " + id
                            + (expected == null ? ", which the format does not define" : ", which is " + expected));
                }
            } else if (CodecIds.isPluginId(id)) {
                if (formatIdOf(upper) >= 0) {
                    throw new IllegalArgumentException("plugin " + what + " id " + id + " uses the format name " + name);
                }
                for (int other = CodecIds.PLUGIN_MIN; other <= CodecIds.PLUGIN_MAX; other++) {
                    if (other != id && upper.equals(pluginNames[other]) && providers[other] != null
                            && !providers[other].isEmpty()) {
                        throw new IllegalArgumentException("plugin " + what + " name " + name
                                + " is already used by id " + other);
                    }
                }
                pluginNames[id] = upper;
            } else {
                throw new IllegalArgumentException(what + " " + name + " has id " + id + " outside the format range "
                        + CodecIds.FORMAT_MIN + ".." + CodecIds.FORMAT_MAX + " and the plugin range "
                        + CodecIds.PLUGIN_MIN + ".." + CodecIds.PLUGIN_MAX);
            }
            if (providers[id] == null) {
                providers[id] = new ArrayList<>(1);
            }
            providers[id].add(codec);
        }

        synchronized void remove(T codec) {
            int id = idOf.applyAsInt(codec);
            if (id >= 0 && id < providers.length && providers[id] != null) {
                providers[id].removeIf(p -> p == codec);
            }
        }

        synchronized T active(int id) {
            if (id < 0 || id >= providers.length || providers[id] == null || providers[id].isEmpty()) {
                return null;
            }
            return providers[id].get(0);
        }

        T byId(int id) {
            T codec = active(id);
            if (codec != null) {
                return codec;
            }
            String known = knownName(id);
            if (known != null) {
                throw new CodecNotFoundException("codec bundle missing: " + known);
            }
            throw new CodecNotFoundException("unknown " + what + " id: " + id);
        }

        T byName(String name) {
            String upper = name == null ? "" : name.toUpperCase(Locale.ROOT);
            int id;
            synchronized (this) {
                id = formatIdOf(upper);
                for (int p = CodecIds.PLUGIN_MIN; id < 0 && p <= CodecIds.PLUGIN_MAX; p++) {
                    if (upper.equals(pluginNames[p])) {
                        id = p;
                    }
                }
            }
            if (id < 0) {
                throw new CodecNotFoundException("unknown " + what + ": " + name);
            }
            return byId(id);
        }

        synchronized List<T> snapshot() {
            List<T> out = new ArrayList<>();
            for (List<T> list : providers) {
                if (list != null && !list.isEmpty()) {
                    out.add(list.get(0));
                }
            }
            return out;
        }

        private synchronized String knownName(int id) {
            if (id >= CodecIds.FORMAT_MIN && id <= CodecIds.FORMAT_MAX) {
                return formatName.apply(id);
            }
            return CodecIds.isPluginId(id) ? pluginNames[id] : null;
        }

        private int formatIdOf(String upper) {
            for (int id = CodecIds.FORMAT_MIN; id <= CodecIds.FORMAT_MAX; id++) {
                if (upper.equals(formatName.apply(id))) {
                    return id;
                }
            }
            return -1;
        }
    }
}
