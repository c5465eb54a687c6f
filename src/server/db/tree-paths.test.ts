import { describe, expect, it } from 'vitest';
import { childPath, depthOf, rootIdOf, wouldCreateCycle } from './tree-paths.js';

describe('materialized tree paths', () => {
  it('builds paths from the root down', () => {
    const root = childPath(null, 'a');
    const child = childPath(root, 'b');
    expect(root).toBe('/a/');
    expect(child).toBe('/a/b/');
    expect(rootIdOf(child)).toBe('a');
    expect(depthOf(root)).toBe(0);
    expect(depthOf(child)).toBe(1);
  });

  it('detects a move under the node itself or its descendants', () => {
    expect(wouldCreateCycle('b', '/a/b/c/')).toBe(true);
    expect(wouldCreateCycle('b', '/a/b/')).toBe(true);
    expect(wouldCreateCycle('b', '/a/')).toBe(false);
    expect(wouldCreateCycle('b', null)).toBe(false);
  });
});
