package dateline.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Table schemas written as Spark DDL ("event_id STRING NOT NULL, date DATE, ..."), joined in column order. */
final class Schemas {
    private Schemas() {
    }

    /** The columns of every part, in order; each part is a DDL column list. */
    static StructType of(String... ddlParts) {
        List<StructField> fields = new ArrayList<>();
        for (String ddl : ddlParts) {
            fields.addAll(Arrays.asList(StructType.fromDDL(ddl).fields()));
        }
        return new StructType(fields.toArray(new StructField[0]));
    }
}
