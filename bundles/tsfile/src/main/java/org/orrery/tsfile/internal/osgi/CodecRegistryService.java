package org.orrery.tsfile.internal.osgi;

import java.util.Collection;
import java.util.Optional;
import org.orrery.codec.api.CodecRegistry;
import org.orrery.codec.api.Compressor;
import org.orrery.codec.api.Encoding;
import org.orrery.codec.api.SimpleCodecRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CodecRegistry} service of a running server: it tracks every {@link Encoding} and
 * {@link Compressor} service the codec bundles register, as they come and go. The references are
 * optional, multiple, dynamic and greedy, so the registry is available from the start (even with
 * no codec bundle installed), never restarts when codecs change, and a file that needs a codec
 * whose bundle is gone fails with {@code codec bundle missing: <NAME>} while every other codec
 * keeps working. Readers resolve their codecs when they open a file's pages, so a bundle that
 * returns is picked up by the next read without any restart.
 */
@Component(service = CodecRegistry.class, immediate = true)
public final class CodecRegistryService implements CodecRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(CodecRegistryService.class);

    private final SimpleCodecRegistry registry = new SimpleCodecRegistry();

    @Reference(service = Encoding.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeEncoding")
    void addEncoding(Encoding encoding) {
        try {
            registry.addEncoding(encoding);
            LOG.debug("encoding {} (id {}) available", encoding.name(), encoding.id());
        } catch (IllegalArgumentException e) {
            // A plugin that claims a format id under another name (or a taken plugin name) would
            // change what existing files mean: refuse that one service, keep the others.
            LOG.error("encoding service {} refused: {}", encoding.getClass().getName(), e.getMessage());
        }
    }

    void removeEncoding(Encoding encoding) {
        registry.removeEncoding(encoding);
        LOG.debug("encoding {} (id {}) removed", encoding.name(), encoding.id());
    }

    @Reference(service = Compressor.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeCompressor")
    void addCompressor(Compressor compressor) {
        try {
            registry.addCompressor(compressor);
            LOG.debug("compressor {} (id {}) available", compressor.name(), compressor.id());
        } catch (IllegalArgumentException e) {
            LOG.error("compressor service {} refused: {}", compressor.getClass().getName(), e.getMessage());
        }
    }

    void removeCompressor(Compressor compressor) {
        registry.removeCompressor(compressor);
        LOG.debug("compressor {} (id {}) removed", compressor.name(), compressor.id());
    }

    @Override
    public Encoding encoding(int id) {
        return registry.encoding(id);
    }

    @Override
    public Encoding encoding(String name) {
        return registry.encoding(name);
    }

    @Override
    public Compressor compressor(int id) {
        return registry.compressor(id);
    }

    @Override
    public Compressor compressor(String name) {
        return registry.compressor(name);
    }

    @Override
    public Optional<Encoding> findEncoding(int id) {
        return registry.findEncoding(id);
    }

    @Override
    public Optional<Compressor> findCompressor(int id) {
        return registry.findCompressor(id);
    }

    @Override
    public Collection<Encoding> encodings() {
        return registry.encodings();
    }

    @Override
    public Collection<Compressor> compressors() {
        return registry.compressors();
    }
}
