/** The reaction network's shapes: nodes, edges and the laid-out box, in pixels. */
import type { ActorGroup, Tone } from '../../story/types.ts';
import type { ColumnHead, LayoutMode } from './packedLayout.ts';

export type { ColumnHead, LayoutMode, PackedReactionsLayout } from './packedLayout.ts';

/** An actor who reacted, what was reacted to, or a topic the reaction is about. */
export type NodeKind = 'actor' | 'target' | 'topic';
/** Which side of its mark a node's label sits on. */
export type LabelSide = 'left' | 'right' | 'above' | 'below';

/** A position in layout pixels. */
export interface Point {
  x: number;
  y: number;
}
/** A box in layout pixels, corner to corner. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A node as drawn: where it is, what it shows and how its label sits. */
export interface ReactionsNode extends Point {
  /** The data id of the actor, event or topic (`bloomberg`, `summit`, `trade-agriculture`): ids are unique across the story. */
  id: string;
  kind: NodeKind;
  /** Direct label (the data's shortName). */
  label: string;
  /** Full name, for the detail card and accessible name. */
  name: string;
  /** Actor group, for colour; none for events and topics. */
  group?: ActorGroup;
  /** A person speaking for a body: drawn smaller. */
  person: boolean;
  /** One of the three contested issues (topics only). */
  contested: boolean;
  r: number;
  labelSide: LabelSide;
  labelWidth: number;
  /** Bold labels (the targets) are wider per character. */
  bold: boolean;
}

/** A line between two nodes: a reaction to its target or topic, or a person to the body they speak for. */
export interface ReactionsEdge {
  /**
   * A reaction's edge to its target carries the reaction id; its edges to topics are
   * `reaction-id>topic-id`; membership edges `member:person-id`.
   */
  id: string;
  kind: 'reaction' | 'member';
  /** Node ids. */
  source: string;
  target: string;
  /** Reaction id and tone, for reaction edges. */
  reaction?: string;
  tone?: Tone;
  /** Sideways offset of the curve's control point; parallel edges bend apart. */
  bend: number;
}

/** The whole network laid out for one width. */
export interface ReactionsLayout {
  width: number;
  height: number;
  /** Nodes stay below this line; the column heads sit above it. */
  top: number;
  mode: LayoutMode;
  heads: ColumnHead[];
  nodes: ReactionsNode[];
  edges: ReactionsEdge[];
}
