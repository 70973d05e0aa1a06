// A tree-sitter tree, node by node in pre-order, without recursion: generated files are long and
// nest deeply. Shared by the fuzz oracles and the tests' Swift syntax check.

/** Calls `visit` on every node of `tree`, parents before children. */
export function visitTree(tree, visit) {
  const cursor = tree.walk();
  for (;;) {
    visit(cursor.currentNode());
    if (cursor.gotoFirstChild() || cursor.gotoNextSibling()) continue;
    let climbed = false;
    while (cursor.gotoParent()) {
      if (cursor.gotoNextSibling()) {
        climbed = true;
        break;
      }
    }
    if (!climbed) return;
  }
}
