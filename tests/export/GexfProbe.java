import java.io.File;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
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
 * issues, the timeline bounds, every column of the nodes named on the command line, and the
 * time intervals of the nodes and edges named there (an id that is no node is an edge's).
 *
 * Usage: java -Djava.awt.headless=true -cp gephi-toolkit-all.jar GexfProbe.java FILE [NODE_OR_EDGE_ID...]
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

    List<String> nodes = new ArrayList<>();
    List<String> intervals = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      Node node = graph.getNode(args[i]);
      Edge edge = node == null ? graph.getEdge(args[i]) : null;
      Element element = node != null ? node : edge;
      intervals.add(quote(args[i]) + ":" + (element == null ? "null" : intervalsJson(element.getIntervals())));
      if (edge != null) continue;
      if (node == null) { nodes.add(quote(args[i]) + ":null"); continue; }
      List<String> fields = new ArrayList<>();
      fields.add("\"label\":" + quote(node.getLabel()));
      for (Column column : model.getNodeTable()) {
        Object value = node.getAttribute(column);
        if (value != null) fields.add(quote(column.getId()) + ":" + quote(String.valueOf(value)));
      }
      nodes.add(quote(args[i]) + ":{" + String.join(",", fields) + "}");
    }
    out.append(",\"nodeAttributes\":{").append(String.join(",", nodes)).append("}");
    out.append(",\"intervals\":{").append(String.join(",", intervals)).append("}}");
    System.out.println(out);
  }

  /** An element's intervals as [first day, last day] pairs, in Gephi's order. */
  private static String intervalsJson(Interval[] intervals) {
    List<String> out = new ArrayList<>();
    for (Interval interval : intervals) out.add("[" + quote(day(interval.getLow())) + "," + quote(day(interval.getHigh())) + "]");
    return "[" + String.join(",", out) + "]";
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
