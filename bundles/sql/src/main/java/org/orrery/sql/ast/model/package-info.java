/** AINode statements: model registration, fine-tuning, loading and inference. */
@Version("1.0.0")
package org.orrery.sql.ast.model;

import org.osgi.annotation.versioning.Version;
