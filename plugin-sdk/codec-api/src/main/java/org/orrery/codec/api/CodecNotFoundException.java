package org.orrery.codec.api;

/**
 * A {@link CodecRegistry} lookup found no codec. The message is exactly one of
 * <ul>
 *   <li>{@code codec bundle missing: <NAME>} — the id or name is one the format (or a registered
 *       plugin range) knows, but no service provides it right now;</li>
 *   <li>{@code unknown encoding id: <N>} / {@code unknown compression id: <N>} — nobody knows the id;</li>
 *   <li>{@code unknown encoding: <name>} / {@code unknown compression: <name>} — nobody knows the name.</li>
 * </ul>
 */
public class CodecNotFoundException extends CodecException {
    private static final long serialVersionUID = 1L;

    public CodecNotFoundException(String message) {
        super(message);
    }
}
