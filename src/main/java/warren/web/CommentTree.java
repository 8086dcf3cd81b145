package warren.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import warren.store.comment.CommentView;

/** Rebuilds threads from the flat, parent-grouped lists the comment listing returns. */
public final class CommentTree {
  /**
   * A comment and the replies loaded below it. {@code hiddenReplies} counts the descendants that
   * were not loaded (too deep, or past the list's limit): the page links to them instead.
   */
  public record Node(CommentView view, List<Node> children) {
    public long hiddenReplies() {
      return Math.max(0, view.comment().childCount() - loadedDescendants());
    }

    private long loadedDescendants() {
      long n = children.size();
      for (Node c : children) n += c.loadedDescendants();
      return n;
    }
  }

  private CommentTree() {}

  /**
   * The threads of {@code flat}: comments whose parent is {@code rootParent} (0 for the post
   * itself) become roots, in list order; replies follow their parents in list order.
   */
  public static List<Node> build(List<CommentView> flat, int rootParent) {
    Map<Integer, Node> byId = new HashMap<>();
    List<Node> roots = new ArrayList<>();
    for (CommentView v : flat) byId.put(v.comment().id(), new Node(v, new ArrayList<>()));
    for (CommentView v : flat) {
      Node node = byId.get(v.comment().id());
      int parent = parentId(v.comment().path());
      Node p = byId.get(parent);
      if (p != null) {
        p.children().add(node);
      } else if (parent == rootParent) {
        roots.add(node);
      }
    }
    return roots;
  }

  /** Every comment of these threads, parents before their replies. */
  public static List<warren.store.comment.Comment> comments(List<Node> roots) {
    List<warren.store.comment.Comment> all = new ArrayList<>();
    for (Node n : roots) {
      all.add(n.view().comment());
      all.addAll(comments(n.children()));
    }
    return all;
  }

  /** The parent's id from an ltree path {@code 0.<ancestors>.<id>}; 0 for a comment on the post. */
  public static int parentId(String path) {
    String[] parts = path.split("\\.");
    return parts.length < 2 ? 0 : Integer.parseInt(parts[parts.length - 2]);
  }

  /** The depth below the post: 1 for a comment on the post. */
  public static int depth(String path) {
    return path.split("\\.").length - 1;
  }
}
