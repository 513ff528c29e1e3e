/**
 * Where the six directions of "hele vejen rundt" sit around the leader, clockwise from the top,
 * and how their labels break into lines. The keyboard order follows the same clockwise order,
 * so arrow keys move the way the eye does.
 */
import type { FigureDirectionId } from '../../content/types';

export const FIGURE_VIEWBOX = { width: 640, height: 440 } as const;
export const FIGURE_CENTRE = { x: 320, y: 220, r: 78 } as const;
const RADIUS_X = 225;
const RADIUS_Y = 165;

/** Clockwise from twelve o'clock. */
export const FIGURE_ORDER: readonly FigureDirectionId[] = ['upToOwnLeader', 'partOfManagement', 'across', 'outToCitizens', 'intoTeam', 'inwardSelf'];

export interface PlacedDirection {
  id: FigureDirectionId;
  x: number;
  y: number;
}

export function placeDirections(): PlacedDirection[] {
  return FIGURE_ORDER.map((id, i) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / FIGURE_ORDER.length;
    return { id, x: Math.round(FIGURE_CENTRE.x + RADIUS_X * Math.cos(angle)), y: Math.round(FIGURE_CENTRE.y + RADIUS_Y * Math.sin(angle)) };
  });
}

/** Greedy word wrap for SVG text, which does not wrap by itself. */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The next direction for an arrow key (wrapping round), or null for keys we do not handle. */
export function nextDirection(current: FigureDirectionId, key: string): FigureDirectionId | null {
  const index = FIGURE_ORDER.indexOf(current);
  const count = FIGURE_ORDER.length;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return FIGURE_ORDER[(index + 1) % count] ?? null;
    case 'ArrowLeft':
    case 'ArrowUp':
      return FIGURE_ORDER[(index - 1 + count) % count] ?? null;
    case 'Home':
      return FIGURE_ORDER[0] ?? null;
    case 'End':
      return FIGURE_ORDER[count - 1] ?? null;
    default:
      return null;
  }
}
