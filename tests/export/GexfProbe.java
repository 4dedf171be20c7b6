import java.io.File;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.gephi.graph.api.Column;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Opens a GEXF file in the real Gephi engine (the Gephi Toolkit, headless) the way Gephi's
 * File > Open does, and prints what Gephi made of it as JSON: counts, the import report's
 * issues, the timeline bounds, and every column of the nodes named on the command line.
 *
 * Usage: java -Djava.awt.headless=true -cp gephi-toolkit-all.jar GexfProbe.java FILE [NODE_ID...]
 */
public class GexfProbe {
  public static void main(String[] args) throws Exception {
    ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
    projects.newProject();
    Workspace workspace = projects.getCurrentWorkspace();
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    Container container = importer.importFile(new File(args[0]));
    if (container == null) throw new IllegalStateException("Gephi could not read " + args[0]);
    importer.process(container, new DefaultProcessor(), workspace);

    GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    Graph graph = model.getGraph();
    StringBuilder out = new StringBuilder("{");
    out.append("\"nodes\":").append(graph.getNodeCount());
    out.append(",\"edges\":").append(graph.getEdgeCount());
    out.append(",\"timeFormat\":").append(quote(String.valueOf(model.getTimeFormat())));
    Interval bounds = model.getTimeBounds();
    out.append(",\"timeBounds\":").append(bounds == null ? "null"
        : "[" + quote(day(bounds.getLow())) + "," + quote(day(bounds.getHigh())) + "]");

    List<String> issues = new ArrayList<>();
    for (Issue issue : container.getReport().getIssuesList(Integer.MAX_VALUE)) {
      issues.add("{\"level\":" + quote(issue.getLevel().name()) + ",\"message\":" + quote(issue.getMessage()) + "}");
    }
    out.append(",\"issues\":[").append(String.join(",", issues)).append("]");

    out.append(",\"nodeAttributes\":{");
    for (int i = 1; i < args.length; i++) {
      Node node = graph.getNode(args[i]);
      if (i > 1) out.append(",");
      out.append(quote(args[i])).append(":");
      if (node == null) { out.append("null"); continue; }
      List<String> fields = new ArrayList<>();
      fields.add("\"label\":" + quote(node.getLabel()));
      for (Column column : model.getNodeTable()) {
        Object value = node.getAttribute(column);
        if (value != null) fields.add(quote(column.getId()) + ":" + quote(String.valueOf(value)));
      }
      out.append("{").append(String.join(",", fields)).append("}");
    }
    out.append("}}");
    System.out.println(out);
  }

  /** Gephi keeps time as epoch milliseconds; infinite bounds mean the graph has no time. */
  private static String day(double millis) {
    if (Double.isInfinite(millis)) return String.valueOf(millis);
    return Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String quote(String s) {
    if (s == null) return "null";
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
