/**
 * Graph helpers shared by persisted checklists (ids) and templates (keys): both are "a node is blocked
 * by these other nodes". Kept generic so the template schema and the checklist schema refuse cycles the
 * same way.
 */
export interface DependencyNode {
  id: string;
  blockedBy: readonly string[];
}

/**
 * The first dependency cycle found, as the ids along it: ['a', 'b'] means a is blocked by b and b is
 * blocked by a. Null when there is none. Edges to unknown ids are ignored (they are reported separately),
 * so a dangling reference never hides or invents a cycle. Deterministic: walks nodes in the given order.
 */
export function findDependencyCycle(nodes: readonly DependencyNode[]): string[] | null {
  const edges = new Map<string, readonly string[]>();
  for (const node of nodes) edges.set(node.id, node.blockedBy);

  // Iterative depth-first search with colours, so a long chain of items cannot overflow the stack.
  const state = new Map<string, 'active' | 'finished'>();
  for (const start of nodes) {
    if (state.has(start.id)) continue;
    const path: string[] = [];
    const stack: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
    state.set(start.id, 'active');
    path.push(start.id);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const targets = edges.get(frame.id) ?? [];
      if (frame.next >= targets.length) {
        state.set(frame.id, 'finished');
        stack.pop();
        path.pop();
        continue;
      }
      const target = targets[frame.next]!;
      frame.next += 1;
      if (!edges.has(target)) continue;
      const seen = state.get(target);
      if (seen === 'active') return path.slice(path.indexOf(target));
      if (seen === 'finished') continue;
      state.set(target, 'active');
      path.push(target);
      stack.push({ id: target, next: 0 });
    }
  }
  return null;
}

/** Every node that `id` waits for, directly or through others (not including `id` unless in a cycle). */
export function transitiveBlockers(nodes: readonly DependencyNode[], id: string): Set<string> {
  const edges = new Map<string, readonly string[]>();
  for (const node of nodes) edges.set(node.id, node.blockedBy);
  const found = new Set<string>();
  const queue = [...(edges.get(id) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (found.has(next) || !edges.has(next)) continue;
    found.add(next);
    queue.push(...(edges.get(next) ?? []));
  }
  return found;
}
